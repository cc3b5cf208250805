// Live configuration: the settings that can change while nodes run, stored as numbered
// versions in live_config_versions and applied on every node through the `config:changed`
// topic. The document's sections are declared by their owners (src/live-settings.ts): this
// domain's log level, /api/v1 rate limit and cluster thresholds (controlSections below), the
// outbound allow list (app.ts) and the other domains' quotas and thresholds. The rest of the
// configuration comes from the environment; changing it answers `restart_required`.
// Applying is all or nothing: a section that fails undoes the sections before it (and the
// version that caused it is deleted), as Caddy rolls back a config load that fails.
import type { Logger } from "pino";
import { z } from "zod";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import { ValidationError } from "../../errors.js";
import type { NodeRuntime } from "../../graphql/context.js";
import type { LiveSection } from "../../live-settings.js";
import type { PubSub } from "../../pubsub.js";
import { redactUrl } from "../../startup.js";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const rateLimitsSchema = z
  .object({ api_v1: z.object({ limit: z.number().int().min(1).max(1_000_000), window_seconds: z.number().int().min(1).max(86_400) }).strict() })
  .strict();
const thresholdsSchema = z
  .object({
    node_suspect_after_ms: z.number().int().min(100).max(3_600_000),
    node_dead_after_ms: z.number().int().min(200).max(86_400_000),
  })
  .strict()
  .refine((t) => t.node_suspect_after_ms < t.node_dead_after_ms, { message: "must be smaller than node_dead_after_ms", path: ["node_suspect_after_ms"] });

/** The control plane's own sections. Rate limits and thresholds are read per use (liveSettings). */
export function controlSections(deps: { config: Config; log: Logger }): LiveSection[] {
  const c = deps.config;
  const unchanged = () => () => undefined;
  return [
    {
      name: "logging",
      schema: z.object({ level: z.enum(LEVELS) }).strict(),
      initial: { level: c.logLevel },
      apply(value: { level: string }) {
        const before = deps.log.level;
        deps.log.level = value.level;
        return () => (deps.log.level = before);
      },
    },
    { name: "rate_limits", schema: rateLimitsSchema, initial: { api_v1: { limit: c.control.apiRateLimit.max, window_seconds: c.control.apiRateLimit.windowSeconds } }, apply: unchanged },
    { name: "thresholds", schema: thresholdsSchema, initial: { node_suspect_after_ms: c.control.suspectAfterMs, node_dead_after_ms: c.control.deadAfterMs }, apply: unchanged },
  ];
}

export type LiveSettings = Record<string, unknown> & {
  rate_limits: z.infer<typeof rateLimitsSchema>;
  thresholds: z.infer<typeof thresholdsSchema>;
};

/** Settings an update may name but that only a restart changes (they come from the environment). */
const RESTART_ONLY = new Set(["server", "database", "redis", "jwt", "cluster", "ssl"]);

export interface ConfigDeps {
  prisma: Db;
  pubsub: PubSub;
  log: Logger;
  config: Config;
  node: NodeRuntime;
}

interface NodeConfig {
  version: number;
  settings: LiveSettings;
}

const applied = new WeakMap<NodeRuntime, NodeConfig>();

/** The whole document's schema: every declared section, nothing else. */
const schemaOf = (node: NodeRuntime) => z.object(Object.fromEntries(node.liveSections().map((s) => [s.name, s.schema]))).strict();

/** Version 0: what the environment gave each section. */
export const defaults = (node: NodeRuntime): LiveSettings => Object.fromEntries(node.liveSections().map((s) => [s.name, s.initial])) as LiveSettings;

/** The live settings this node runs with now (what the rate limiter, logger and thresholds read). */
export function live(deps: { node: NodeRuntime }): NodeConfig {
  return applied.get(deps.node) ?? { version: 0, settings: defaults(deps.node) };
}

/** The readers' view: rate limits and thresholds in the units they use. */
export function liveSettings(deps: { node: NodeRuntime }) {
  const s = live(deps).settings;
  return {
    rateLimits: { apiV1: { max: s.rate_limits.api_v1.limit, windowSeconds: s.rate_limits.api_v1.window_seconds } },
    thresholds: { suspectAfterMs: s.thresholds.node_suspect_after_ms, deadAfterMs: s.thresholds.node_dead_after_ms },
  };
}

/**
 * Applies `next` on this node, section by section (those whose value changed); a section
 * that throws undoes the earlier ones and rethrows, leaving the node on what it ran before.
 */
export function apply(deps: ConfigDeps, next: NodeConfig): void {
  const before = live(deps);
  const undo: (() => void)[] = [];
  try {
    for (const section of deps.node.liveSections()) {
      const value = next.settings[section.name];
      if (JSON.stringify(value) !== JSON.stringify(before.settings[section.name])) undo.push(section.apply(value));
    }
    applied.set(deps.node, next);
  } catch (err) {
    for (const u of undo.reverse()) u();
    throw err;
  }
}

/**
 * Latest stored version onto this node (start-up, `reload`, `config:changed`). A version
 * stored before a section existed takes that section's start-up value.
 */
export async function loadLatest(deps: ConfigDeps): Promise<NodeConfig> {
  const row = await deps.prisma.liveConfigVersion.findFirst({ orderBy: { version: "desc" } });
  const base = defaults(deps.node);
  // Sections no longer declared (a setting since removed) are left out, not refused.
  const stored = row ? Object.fromEntries(Object.entries(row.settings as Json).filter(([k]) => k in base)) : {};
  const next = row
    ? { version: row.version, settings: schemaOf(deps.node).parse(merge(base, stored)) as LiveSettings }
    : { version: 0, settings: base };
  if (next.version !== live(deps).version || !row) apply(deps, next);
  return next;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function merge(base: Json, patch: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = isObject(v) && isObject(base[k]) ? merge(base[k] as Json, v) : v;
  return out;
}

function diff(a: unknown, b: unknown, path: string, out: { path: string; from: unknown; to: unknown }[]) {
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) diff(a[k], b[k], path ? `${path}.${k}` : k, out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, from: a, to: b });
}

export interface UpdateResult {
  version: number;
  restartRequired: boolean;
  changes: { path: string; from: unknown; to: unknown }[];
  /** Top-level sections that only a restart changes; they were not applied. */
  restartOnly: string[];
}

/**
 * Merges `patch` into the live settings, validates the whole, stores it as a new version,
 * applies it here (rolled back and the version deleted if that fails) and tells every node.
 */
export async function updateConfig(deps: ConfigDeps, patch: unknown, userId: string | null): Promise<UpdateResult> {
  if (!isObject(patch)) throw new ValidationError("Request validation failed", [{ field: "body", message: "must be a JSON object" }]);
  const restartOnly = Object.keys(patch).filter((k) => RESTART_ONLY.has(k));
  const livePatch = Object.fromEntries(Object.entries(patch).filter(([k]) => !RESTART_ONLY.has(k)));
  const current = await loadLatest(deps);
  const parsed = schemaOf(deps.node).safeParse(merge(current.settings as Json, livePatch));
  if (!parsed.success) {
    throw new ValidationError(
      "Request validation failed",
      parsed.error.issues.map((i) => ({ field: i.path.join(".") || (i as { keys?: string[] }).keys?.join(",") || "body", message: unknownKeys(i) ?? i.message })),
    );
  }
  const changes: UpdateResult["changes"] = [];
  diff(current.settings, parsed.data, "", changes);
  if (changes.length === 0) return { version: current.version, restartRequired: restartOnly.length > 0, changes, restartOnly };
  const row = await deps.prisma.liveConfigVersion.create({
    data: { settings: parsed.data, changes: changes as never, changedBy: userId },
  });
  try {
    apply(deps, { version: row.version, settings: parsed.data as LiveSettings });
  } catch (err) {
    await deps.prisma.liveConfigVersion.delete({ where: { version: row.version } });
    throw err;
  }
  await deps.pubsub.publish("config:changed", { version: row.version });
  deps.log.info({ version: row.version, changes }, "live configuration updated");
  return { version: row.version, restartRequired: restartOnly.length > 0, changes, restartOnly };
}

function unknownKeys(issue: z.ZodIssue): string | undefined {
  return issue.code === "unrecognized_keys" ? `unknown setting(s): ${(issue as { keys: string[] }).keys.join(", ")}` : undefined;
}

export async function history(prisma: Db, limit: number) {
  return prisma.liveConfigVersion.findMany({ orderBy: { version: "desc" }, take: limit });
}

/** The running configuration with every secret out: passwords, keys, the JWT secret, URL credentials. */
export function redacted(deps: { config: Config; node: NodeRuntime }) {
  const c = deps.config;
  const l = live(deps);
  return {
    version: l.version,
    server: { host: c.host, http_port: c.port, workers: 1, node_env: c.env, version: c.version },
    database: c.databaseUrl ? { kind: "postgres", url: redactUrl(c.databaseUrl), pool_size: c.databasePoolSize } : { kind: "pglite", data_dir: c.dataDir },
    redis: c.redisUrl ? { url: redactUrl(c.redisUrl), key_prefix: c.redisKeyPrefix } : null,
    auth: { jwt_secret: c.jwtSecret ? "[redacted]" : "(generated, stored in the database)", jwt_ttl_seconds: c.jwtTtlSeconds, admin_password: c.adminPassword ? "[redacted]" : null },
    judge_url: c.judgeUrl ? redactUrl(c.judgeUrl) : null,
    cluster: { name: c.control.clusterName, heartbeat_ms: c.control.heartbeatMs, job_lease_ttl_ms: c.jobs.leaseTtlMs },
    ...l.settings,
  };
}
