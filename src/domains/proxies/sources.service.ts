// Source rules: create/update/delete with ownership, parser choice (named or detected from a
// sample), and scraping one source: fetch (guarded, capped), parse, upsert, record, publish.
// Plain functions over Prisma; nothing here knows about GraphQL or HTTP.
import type { Logger } from "pino";
import { z } from "zod";
import type { Config } from "../../config.js";
import type { Db } from "../../db.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../../errors.js";
import { ownsOrAdmin } from "../../ownership.js";
import type { Prisma, ProxyProtocol, Source } from "../../generated/prisma/client.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { PubSub } from "../../pubsub.js";
import { DEFAULT_CRON, nextRun, validateCron } from "./cron.js";
import { PARSERS, detectParser, requireParser } from "./parsers/registry.js";
import type { ParserOptions } from "./parsers/types.js";
import { dedupe, upsertProxies } from "./proxy-upsert.js";
import { fetchSourceText, SourceFetchError } from "./source-fetch.js";
import { redactSourceUrl } from "./source-url.js";
import { notify } from "../notifications/notify.service.js";

export interface SourceDeps {
  prisma: Db;
  outbound: OutboundGuard;
  pubsub: PubSub;
  config: Config;
  log?: Logger;
  /** Aborts in-flight fetches (the scheduler's shutdown). */
  signal?: AbortSignal;
}

export interface SourceActor {
  userId: string;
  role: "USER" | "ADMIN";
}

/** Sources are shared, but only their creator or an admin may change or delete one. */
export function canManageSource(actor: SourceActor, source: Pick<Source, "createdById">): boolean {
  return ownsOrAdmin(actor, source.createdById);
}

/** Rules of a source's fields, for GraphQL and legacy input alike (the URL's host is checked on use). */
export const sourceRules = {
  url: z.string().min(1).max(2048),
  parserName: z.string().max(64),
  cronSchedule: z.string().max(200),
};

/** Auto-detection reads at most this much of a source. */
export const SAMPLE_BYTES = 64 * 1024;

const OPTION_KEYS = new Set(PARSERS.flatMap((p) => p.optionKeys));

export function validateUrl(deps: Pick<SourceDeps, "outbound">, raw: string): string {
  const bad = (message: string) => new ValidationError(`Invalid source URL: ${message}`, [{ field: "url", message }]);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw bad("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw bad("only http and https URLs");
  if (url.href.length > 2048) throw bad("longer than 2048 characters");
  // Literal addresses can be judged now; names are checked by the guard at fetch time.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (/^[\d.]+$|:/.test(host) && !deps.outbound.isAddressAllowed(host)) throw bad("address not allowed");
  return url.href;
}

export function validateOptions(raw: unknown): ParserOptions {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new ValidationError("options must be a JSON object", [{ field: "options", message: "expected an object" }]);
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!OPTION_KEYS.has(k)) {
      throw new ValidationError(`Unknown option "${k}"; known: ${[...OPTION_KEYS].join(", ")}`, [{ field: `options.${k}`, message: "unknown option" }]);
    }
    if (typeof v !== "string" || v.length === 0 || v.length > 200) {
      throw new ValidationError(`Option "${k}" must be a non-empty string`, [{ field: `options.${k}`, message: "expected a string" }]);
    }
  }
  return raw as ParserOptions;
}

export interface CreateSourceInput {
  url: string;
  parserName?: string | null;
  cronSchedule?: string | null;
  defaultProtocol?: ProxyProtocol | null;
  options?: unknown;
  isActive?: boolean | null;
}

export async function createSource(deps: SourceDeps, actor: SourceActor, input: CreateSourceInput): Promise<Source> {
  const url = validateUrl(deps, input.url);
  const cronSchedule = validateCron(input.cronSchedule ?? DEFAULT_CRON);
  const options = validateOptions(input.options);
  const parserName = input.parserName ? requireParser(input.parserName).name : await detect(deps, url, options);
  return deps.prisma.source.create({
    data: {
      url,
      parserName,
      cronSchedule,
      options: options as Prisma.InputJsonObject,
      defaultProtocol: input.defaultProtocol ?? "HTTP",
      isActive: input.isActive ?? true,
      createdById: actor.userId,
      // A new source is scraped at the next tick, so the pool fills without waiting a period.
      nextScrapeAt: new Date(),
    },
  });
}

async function detect(deps: SourceDeps, url: string, options: ParserOptions): Promise<string> {
  let sample: string;
  try {
    sample = await fetchSourceText(deps.outbound, url, { maxBytes: SAMPLE_BYTES, timeoutMs: deps.config.scrape.timeoutMs, truncate: true });
  } catch (err) {
    throw new ValidationError(`Could not fetch a sample to detect the parser: ${(err as Error).message}`, [
      { field: "parserName", message: "give a parser name, or make the source reachable" },
    ]);
  }
  const parser = detectParser(sample, options);
  if (!parser) {
    throw new ValidationError(`No registered parser recognises this source (tried ${PARSERS.map((p) => p.name).join(", ")})`, [
      { field: "parserName", message: "no parser supports this source; give one" },
    ]);
  }
  return parser.name;
}

async function loadManaged(deps: SourceDeps, actor: SourceActor, id: string): Promise<Source> {
  const source = await deps.prisma.source.findUnique({ where: { id } });
  if (!source) throw new NotFoundError("Source", id);
  if (!canManageSource(actor, source)) throw new ForbiddenError("Only the creator of a source or an admin may change it");
  return source;
}

export type UpdateSourceInput = Partial<Omit<CreateSourceInput, "url">> & { url?: string | null };

export async function updateSource(deps: SourceDeps, actor: SourceActor, id: string, input: UpdateSourceInput): Promise<Source> {
  const source = await loadManaged(deps, actor, id);
  const data: Prisma.SourceUpdateInput = {};
  if (input.url != null) data.url = validateUrl(deps, input.url);
  if (input.parserName != null) data.parserName = requireParser(input.parserName).name;
  if (input.options !== undefined) data.options = validateOptions(input.options) as Prisma.InputJsonObject;
  if (input.defaultProtocol != null) data.defaultProtocol = input.defaultProtocol;
  if (input.isActive != null) data.isActive = input.isActive;
  if (input.cronSchedule != null) {
    data.cronSchedule = validateCron(input.cronSchedule);
    // A new schedule takes effect from now, not after the old schedule's next run.
    if (data.cronSchedule !== source.cronSchedule) data.nextScrapeAt = nextRun(data.cronSchedule, new Date()) ?? source.nextScrapeAt;
  }
  return deps.prisma.source.update({ where: { id }, data });
}

/** Deletes the source and its links and runs; the proxies stay (other sources may list them). */
export async function deleteSource(deps: SourceDeps, actor: SourceActor, id: string): Promise<{ id: string }> {
  await loadManaged(deps, actor, id);
  await deps.prisma.source.delete({ where: { id } });
  return { id };
}

export interface ScrapeResult {
  sourceId: string;
  runId: string;
  proxiesDiscovered: number;
  proxiesNew: number;
  proxiesUpdated: number;
  durationMs: number;
  /** Set when the scrape failed (fetch, size, timeout, parse); the failure is recorded, not thrown. */
  error: string | null;
}

/** Scrape now, whatever the schedule says (any authenticated user may trigger it). */
export async function scrapeSource(deps: SourceDeps, id: string): Promise<ScrapeResult> {
  const source = await deps.prisma.source.findUnique({ where: { id } });
  if (!source) throw new NotFoundError("Source", id);
  return runScrape(deps, source);
}

export async function runScrape(deps: SourceDeps, source: Source): Promise<ScrapeResult> {
  const started = Date.now();
  const run = await deps.prisma.scrapeRun.create({ data: { sourceId: source.id } });
  let counts = { discovered: 0, created: 0, updated: 0 };
  let error: string | null = null;
  try {
    const parser = requireParser(source.parserName);
    const body = await fetchSourceText(deps.outbound, source.url, { ...deps.config.scrape, signal: deps.signal });
    let entries;
    try {
      entries = dedupe(parser.parse(body, { defaultProtocol: source.defaultProtocol, options: (source.options ?? {}) as ParserOptions }));
    } catch (err) {
      throw new SourceFetchError(`could not parse source as ${parser.name}: ${(err as Error).message}`);
    }
    if (entries.length === 0) throw new SourceFetchError(`no proxies found in source (parser ${parser.name})`);
    const written = await upsertProxies(deps.prisma, source.id, entries);
    counts = { discovered: entries.length, ...written };
  } catch (err) {
    if (!(err instanceof SourceFetchError || err instanceof ValidationError)) deps.log?.error({ err, sourceId: source.id }, "scrape failed unexpectedly");
    error = (err as Error).message.slice(0, 1000);
  }
  const durationMs = Date.now() - started;
  const finishedAt = new Date();
  await deps.prisma.$transaction([
    deps.prisma.scrapeRun.update({
      where: { id: run.id },
      data: { finishedAt, durationMs, error, ...counts },
    }),
    // The source may have been deleted meanwhile: updateMany does not fail on a missing row.
    deps.prisma.source.updateMany({
      where: { id: source.id },
      data: error ? { lastError: error, lastErrorAt: finishedAt } : { lastScrapedAt: finishedAt },
    }),
  ]).catch((err) => deps.log?.warn({ err, sourceId: source.id }, "could not record scrape run"));
  // Not awaited: webhook retries must not hold up the scrape; notify never rejects.
  // Webhook receivers are outside the trust boundary: the URL's credentials stay here, also
  // where the error text quotes it.
  if (error) {
    const url = redactSourceUrl(source.url);
    void notify(deps, "source.scrape_failed", { sourceId: source.id, url, runId: run.id, error: error.replaceAll(source.url, url) });
  }
  const result: ScrapeResult = {
    sourceId: source.id,
    runId: run.id,
    proxiesDiscovered: counts.discovered,
    proxiesNew: counts.created,
    proxiesUpdated: counts.updated,
    durationMs,
    error,
  };
  await publish(deps, result);
  return result;
}

async function publish(deps: SourceDeps, result: ScrapeResult): Promise<void> {
  try {
    if (result.proxiesNew > 0) await deps.pubsub.publish("proxies:discovered", { sourceId: result.sourceId, count: result.proxiesNew });
    await deps.pubsub.publish("scrape:completed", result);
  } catch (err) {
    deps.log?.warn({ err, sourceId: result.sourceId }, "could not publish scrape events");
  }
}
