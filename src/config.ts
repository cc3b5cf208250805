// Environment -> typed, validated configuration. Every variable the server reads is
// declared here; a bad value stops start-up with one clear line per variable.
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { parseAllowList } from "./http/outbound.js";

const int = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);
const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));
const list = z
  .string()
  .optional()
  .transform((s) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean));

/** Thresholds of the `proxy.pool_low` and `credits.low` notifier events. */
/** Probes per user per UTC day and month, by tier (seed 003's example headers show Free's). */
export const PROBE_QUOTA_DEFAULTS = { FREE: { day: 100, month: 1_000 }, STANDARD: { day: 1_000, month: 20_000 }, ENTERPRISE: { day: 10_000, month: 200_000 } };

export const NOTIFY_DEFAULTS = { poolLowThreshold: 10, creditsLowThreshold: 10 };

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: int(8000, 0, 65535),
  DATA_DIR: z.string().default("data"),
  DATABASE_URL: optionalString.refine((u) => !u || /^postgres(ql)?:\/\//.test(u), {
    message: "must be a postgres:// or postgresql:// URL",
  }),
  DATABASE_POOL_SIZE: int(10, 1, 500),
  DATABASE_STATEMENT_TIMEOUT_MS: int(30_000, 0),
  DATABASE_CONNECT_RETRIES: int(10, 0, 1000),
  REDIS_URL: optionalString.refine((u) => !u || /^rediss?:\/\//.test(u), {
    message: "must be a redis:// or rediss:// URL",
  }),
  REDIS_KEY_PREFIX: z.string().default("switchyard:"),
  JWT_SECRET: optionalString.refine((s) => !s || s.length >= 32, {
    message: "must be at least 32 characters",
  }),
  JWT_TTL_SECONDS: int(86_400, 60),
  ADMIN_EMAIL: optionalString,
  ADMIN_PASSWORD: optionalString.refine((s) => !s || s.length >= 8, {
    message: "must be at least 8 characters",
  }),
  SIGNUP_CREDITS: int(0, 0),
  TRUST_PROXY: list,
  OUTBOUND_ALLOW: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      try {
        return parseAllowList(raw);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 0),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: int(5, 1),
  LOGIN_MAX_FAILURES_PER_ADDRESS: int(20, 1),
  LOGIN_FAILURE_WINDOW_SECONDS: int(900, 1),
  MAX_QUERY_DEPTH: int(12, 2),
  MAX_QUERY_ALIASES: int(30, 1),
  MAX_QUERY_COST: int(5_000, 10),
  // Unset means "on, except in production".
  GRAPHIQL_ENABLED: z.enum(["true", "false"]).optional(),
  // Web origins allowed to call /graphql from a browser with credentials; none by default.
  CORS_ORIGINS: list.pipe(
    z.array(
      z
        .string()
        .refine((o) => URL.canParse(o) && /^https?:$/.test(new URL(o).protocol) && new URL(o).href === `${new URL(o).origin}/`, {
          message: 'each entry must be an origin such as https://app.example.com (scheme, host and port only, no path or "*")',
        })
        .transform((o) => new URL(o).origin),
    ),
  ),
  AUTH_CACHE_SECONDS: int(5, 0, 300),
  // Source scraping (proxy pool): the scheduler loop and the caps on one fetch.
  SCHEDULER_ENABLED: z.enum(["true", "false"]).default("true"),
  SCHEDULER_TICK_MS: int(15_000, 50),
  SCRAPE_MAX_BYTES: int(10 * 1024 * 1024, 1024),
  SCRAPE_TIMEOUT_MS: int(30_000, 50),
  // Proxy validation: the judge that echoes what a proxy forwards, and the re-check loop.
  JUDGE_URL: optionalString.refine((u) => !u || /^https?:\/\//.test(u), { message: "must be an http:// or https:// URL" }),
  PUBLIC_IP: optionalString.refine((s) => !s || isIP(s) !== 0, { message: "must be an IP address" }),
  VALIDATOR_ENABLED: z.enum(["true", "false"]).default("true"),
  VALIDATOR_CONCURRENCY: int(50, 1, 10_000),
  VALIDATOR_TIMEOUT_MS: int(10_000, 50),
  VALIDATOR_POLL_MS: int(2_000, 50),
  // leaseExpiring / leaseEnded announcer loop.
  LEASE_EVENTS_ENABLED: z.enum(["true", "false"]).default("true"),
  LEASE_EVENTS_TICK_MS: int(5_000, 50),
  // Pool history (the console's chart, `poolHistory`): a sample of the counts by status.
  POOL_SAMPLES_ENABLED: z.enum(["true", "false"]).default("true"),
  POOL_SAMPLE_INTERVAL_MS: int(60_000, 100),
  POOL_SAMPLE_RETENTION_HOURS: int(168, 1, 24 * 366),
  // Cluster-singleton jobs: how long a holder's lease row lives without renewal.
  JOB_LEASE_TTL_MS: int(6_000, 300, 60_000),
  POOL_LOW_THRESHOLD: int(NOTIFY_DEFAULTS.poolLowThreshold, 0),
  CREDITS_LOW_THRESHOLD: int(NOTIFY_DEFAULTS.creditsLowThreshold, 0),
  // The notification delivery job (woken by new deliveries; the poll picks up retries).
  NOTIFY_DELIVERY_ENABLED: z.enum(["true", "false"]).default("true"),
  NOTIFY_DELIVERY_POLL_MS: int(5_000, 50),
  // Resource limits of the HTTP front (slow or oversized requests, subscription floods).
  MAX_BODY_BYTES: int(1024 * 1024, 1024),
  HTTP_HEADERS_TIMEOUT_MS: int(10_000, 100),
  HTTP_REQUEST_TIMEOUT_MS: int(60_000, 100),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(100, 1),
  WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: int(500, 1),
  WS_MAX_UNREAD_BYTES: int(16 * 1024 * 1024, 64 * 1024),
  // Edge: reverse proxying to vhost backends and their active health checks.
  EDGE_PROXY_TIMEOUT_MS: int(60_000, 100),
  HEALTH_CHECKS_ENABLED: z.enum(["true", "false"]).default("true"),
  HEALTH_CHECK_TICK_MS: int(1_000, 50),
  HEALTH_CHECK_TIMEOUT_MS: int(5_000, 50),
  /** Failed checks in a row before a backend leaves rotation. */
  HEALTH_UNHEALTHY_AFTER: int(2, 1, 100),
  // Control plane (issue 12): cluster membership timing and seed 001's /api/v1 rate limit.
  CLUSTER_NAME: z.string().trim().min(1).max(100).default("switchyard"),
  CLUSTER_HEARTBEAT_MS: int(2_000, 50, 60_000),
  CLUSTER_SUSPECT_AFTER_MS: int(6_000, 100),
  CLUSTER_DEAD_AFTER_MS: int(15_000, 200),
  API_V1_RATE_LIMIT: int(1_000, 1),
  API_V1_RATE_WINDOW_SECONDS: int(60, 1, 86_400),
  // Off: the `shutdown` mutation and POST /api/v1/shutdown are refused (403).
  SHUTDOWN_API_ENABLED: z.enum(["true", "false"]).default("true"),
  // Automation sessions: the abandon and prune jobs, registration rate, export links, event batching.
  SESSIONS_JOBS_ENABLED: z.enum(["true", "false"]).default("true"),
  SESSIONS_JOBS_TICK_MS: int(60_000, 50),
  SESSION_TIMEOUT_SECONDS: int(3_600, 1),
  SESSION_RETENTION_DAYS: int(30, 1),
  SESSIONS_REGISTER_PER_MINUTE: int(600, 1),
  SESSIONS_EXPORT_LINK_SECONDS: int(300, 10, 86_400),
  SESSION_EVENTS_GATHER_MS: int(3, 0, 100),
  // Network probes: per-tier daily and monthly quotas, whois root, timeouts and caps.
  PROBE_QUOTA_FREE_DAY: int(PROBE_QUOTA_DEFAULTS.FREE.day, 0),
  PROBE_QUOTA_FREE_MONTH: int(PROBE_QUOTA_DEFAULTS.FREE.month, 0),
  PROBE_QUOTA_STANDARD_DAY: int(PROBE_QUOTA_DEFAULTS.STANDARD.day, 0),
  PROBE_QUOTA_STANDARD_MONTH: int(PROBE_QUOTA_DEFAULTS.STANDARD.month, 0),
  PROBE_QUOTA_ENTERPRISE_DAY: int(PROBE_QUOTA_DEFAULTS.ENTERPRISE.day, 0),
  PROBE_QUOTA_ENTERPRISE_MONTH: int(PROBE_QUOTA_DEFAULTS.ENTERPRISE.month, 0),
  WHOIS_SERVER: z.string().default("whois.iana.org:43"),
  PROBE_DNS_SERVER: optionalString,
  PROBE_TIMEOUT_MS: int(30_000, 100, 300_000),
  PROBE_OUTPUT_MAX_BYTES: int(64 * 1024, 1024),
  REQUEST_COUNTER_FLUSH_MS: int(5_000, 50),
  // LLM gateway (src/domains/gateway): upstreams, prices, timeouts, reservation sweep.
  OPENAI_BASE_URL: z.string().url().default("https://api.openai.com/v1"),
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: z.string().url().default("https://api.anthropic.com"),
  ANTHROPIC_API_KEY: optionalString,
  GATEWAY_PRICES: optionalString.transform((s, ctx) => jsonObject(s, ctx)),
  GATEWAY_DEFAULT_PRICE: optionalString.transform((s, ctx) => jsonObject(s, ctx)),
  GATEWAY_FIRST_BYTE_TIMEOUT_MS: int(60_000, 10),
  GATEWAY_REQUEST_TIMEOUT_MS: int(600_000, 100),
  GATEWAY_RESERVATION_SWEEP_MS: int(30_000, 50),
  GATEWAY_DURABLE_COMMIT: z.enum(["true", "false"]).default("false"),
  GATEWAY_CACHE_MAX_MB: int(64, 1, 65_536),
});

function jsonObject(s: string | undefined, ctx: z.RefinementCtx): Record<string, any> | undefined {
  if (!s) return undefined;
  try {
    const v = JSON.parse(s);
    if (v && typeof v === "object" && !Array.isArray(v)) return v;
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: "custom", message: "must be a JSON object" });
  return z.NEVER;
}

export type Config = {
  env: "development" | "production" | "test";
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  databasePoolSize: number;
  statementTimeoutMs: number;
  connectRetries: number;
  redisUrl?: string;
  redisKeyPrefix: string;
  jwtSecret?: string;
  jwtTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  signupCredits: number;
  trustProxy: string[];
  outboundAllow: string[];
  logLevel: string;
  shutdownTimeoutMs: number;
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowSeconds: number };
  limits: { maxDepth: number; maxAliases: number; maxCost: number };
  graphiqlEnabled: boolean;
  corsOrigins: string[];
  authCacheSeconds: number;
  scrape: { schedulerEnabled: boolean; tickMs: number; maxBytes: number; timeoutMs: number };
  judgeUrl?: string;
  publicIp?: string;
  validator: { enabled: boolean; concurrency: number; timeoutMs: number; pollMs: number };
  leaseEvents: { enabled: boolean; tickMs: number };
  poolSamples: { enabled: boolean; intervalMs: number; retentionHours: number };
  jobs: { leaseTtlMs: number };
  notify: { poolLowThreshold: number; creditsLowThreshold: number; delivery: { enabled: boolean; pollMs: number } };
  http: { maxBodyBytes: number; headersTimeoutMs: number; requestTimeoutMs: number };
  ws: { maxSubscriptionsPerConnection: number; maxSubscriptionsPerPrincipal: number; maxUnreadBytes: number };
  edge: { proxyTimeoutMs: number; health: { enabled: boolean; tickMs: number; timeoutMs: number; unhealthyAfter: number } };
  control: {
    clusterName: string;
    heartbeatMs: number;
    suspectAfterMs: number;
    deadAfterMs: number;
    apiRateLimit: { max: number; windowSeconds: number };
    shutdownApi: boolean;
  };
  sessions: { jobsEnabled: boolean; tickMs: number; timeoutSeconds: number; retentionDays: number; registerPerMinute: number; exportLinkSeconds: number; eventGatherMs: number };
  probes: {
    quotas: Record<"FREE" | "STANDARD" | "ENTERPRISE", { day: number; month: number }>;
    /** whois root, `host` or `host:port`. */
    whoisServer: string;
    /** Default DNS server (operator's choice, not guarded); unset: the system's first resolver. */
    dnsServer?: string;
    timeoutMs: number;
    outputMaxBytes: number;
    counterFlushMs: number;
  };
  gateway: {
    openai: { baseUrl: string; apiKey?: string };
    anthropic: { baseUrl: string; apiKey?: string };
    /** Price overrides (model -> ModelPrice), merged over src/domains/gateway/prices.ts. */
    prices?: Record<string, any>;
    /** Price of models in no table; unset = such models are refused. */
    defaultPrice?: Record<string, any>;
    firstByteTimeoutMs: number;
    requestTimeoutMs: number;
    reservationSweepMs: number;
    /** Wait for the WAL flush of every reserve and settle (budget-sql.ts `commitMode`). */
    durableCommit: boolean;
    /** Bound of the in-process response cache (without Redis). */
    cacheMaxMb: number;
  };
  version: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export const VERSION = "0.1.0";

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message} (got ${shown(String(i.path[0]), env[String(i.path[0])])})`),
    );
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL && !e.ADMIN_PASSWORD) || (!e.ADMIN_EMAIL && e.ADMIN_PASSWORD)) {
    throw new ConfigError(["ADMIN_EMAIL and ADMIN_PASSWORD must be set together"]);
  }
  if (e.CLUSTER_SUSPECT_AFTER_MS >= e.CLUSTER_DEAD_AFTER_MS) {
    throw new ConfigError(["CLUSTER_SUSPECT_AFTER_MS must be smaller than CLUSTER_DEAD_AFTER_MS"]);
  }
  // Node refuses a headers timeout longer than the request timeout it is part of.
  if (e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(["HTTP_HEADERS_TIMEOUT_MS must not be larger than HTTP_REQUEST_TIMEOUT_MS"]);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    // memory:// is PGlite's in-memory database, not a path: resolving it would create ./memory:
    dataDir: e.DATA_DIR.startsWith("memory://") ? e.DATA_DIR : path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    connectRetries: e.DATABASE_CONNECT_RETRIES,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    jwtSecret: e.JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    signupCredits: e.SIGNUP_CREDITS,
    trustProxy: e.TRUST_PROXY,
    outboundAllow: e.OUTBOUND_ALLOW,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    login: {
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS,
    },
    limits: { maxDepth: e.MAX_QUERY_DEPTH, maxAliases: e.MAX_QUERY_ALIASES, maxCost: e.MAX_QUERY_COST },
    graphiqlEnabled: e.GRAPHIQL_ENABLED ? e.GRAPHIQL_ENABLED === "true" : e.NODE_ENV !== "production",
    corsOrigins: e.CORS_ORIGINS,
    authCacheSeconds: e.AUTH_CACHE_SECONDS,
    scrape: {
      schedulerEnabled: e.SCHEDULER_ENABLED === "true",
      tickMs: e.SCHEDULER_TICK_MS,
      maxBytes: e.SCRAPE_MAX_BYTES,
      timeoutMs: e.SCRAPE_TIMEOUT_MS,
    },
    judgeUrl: e.JUDGE_URL,
    publicIp: e.PUBLIC_IP,
    notify: {
      poolLowThreshold: e.POOL_LOW_THRESHOLD,
      creditsLowThreshold: e.CREDITS_LOW_THRESHOLD,
      delivery: { enabled: e.NOTIFY_DELIVERY_ENABLED === "true", pollMs: e.NOTIFY_DELIVERY_POLL_MS },
    },
    validator: {
      enabled: e.VALIDATOR_ENABLED === "true",
      concurrency: e.VALIDATOR_CONCURRENCY,
      timeoutMs: e.VALIDATOR_TIMEOUT_MS,
      pollMs: e.VALIDATOR_POLL_MS,
    },
    leaseEvents: { enabled: e.LEASE_EVENTS_ENABLED === "true", tickMs: e.LEASE_EVENTS_TICK_MS },
    poolSamples: {
      enabled: e.POOL_SAMPLES_ENABLED === "true",
      intervalMs: e.POOL_SAMPLE_INTERVAL_MS,
      retentionHours: e.POOL_SAMPLE_RETENTION_HOURS,
    },
    jobs: { leaseTtlMs: e.JOB_LEASE_TTL_MS },
    http: { maxBodyBytes: e.MAX_BODY_BYTES, headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS, requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS },
    ws: {
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
      maxSubscriptionsPerPrincipal: e.WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL,
      maxUnreadBytes: e.WS_MAX_UNREAD_BYTES,
    },
    edge: {
      proxyTimeoutMs: e.EDGE_PROXY_TIMEOUT_MS,
      health: {
        enabled: e.HEALTH_CHECKS_ENABLED === "true",
        tickMs: e.HEALTH_CHECK_TICK_MS,
        timeoutMs: e.HEALTH_CHECK_TIMEOUT_MS,
        unhealthyAfter: e.HEALTH_UNHEALTHY_AFTER,
      },
    },
    control: {
      clusterName: e.CLUSTER_NAME,
      heartbeatMs: e.CLUSTER_HEARTBEAT_MS,
      suspectAfterMs: e.CLUSTER_SUSPECT_AFTER_MS,
      deadAfterMs: e.CLUSTER_DEAD_AFTER_MS,
      apiRateLimit: { max: e.API_V1_RATE_LIMIT, windowSeconds: e.API_V1_RATE_WINDOW_SECONDS },
      shutdownApi: e.SHUTDOWN_API_ENABLED === "true",
    },
    sessions: {
      jobsEnabled: e.SESSIONS_JOBS_ENABLED === "true",
      tickMs: e.SESSIONS_JOBS_TICK_MS,
      timeoutSeconds: e.SESSION_TIMEOUT_SECONDS,
      retentionDays: e.SESSION_RETENTION_DAYS,
      registerPerMinute: e.SESSIONS_REGISTER_PER_MINUTE,
      exportLinkSeconds: e.SESSIONS_EXPORT_LINK_SECONDS,
      eventGatherMs: e.SESSION_EVENTS_GATHER_MS,
    },
    probes: {
      quotas: {
        FREE: { day: e.PROBE_QUOTA_FREE_DAY, month: e.PROBE_QUOTA_FREE_MONTH },
        STANDARD: { day: e.PROBE_QUOTA_STANDARD_DAY, month: e.PROBE_QUOTA_STANDARD_MONTH },
        ENTERPRISE: { day: e.PROBE_QUOTA_ENTERPRISE_DAY, month: e.PROBE_QUOTA_ENTERPRISE_MONTH },
      },
      whoisServer: e.WHOIS_SERVER,
      dnsServer: e.PROBE_DNS_SERVER,
      timeoutMs: e.PROBE_TIMEOUT_MS,
      outputMaxBytes: e.PROBE_OUTPUT_MAX_BYTES,
      counterFlushMs: e.REQUEST_COUNTER_FLUSH_MS,
    },
    gateway: {
      openai: { baseUrl: e.OPENAI_BASE_URL.replace(/\/+$/, ""), apiKey: e.OPENAI_API_KEY },
      anthropic: { baseUrl: e.ANTHROPIC_BASE_URL.replace(/\/+$/, ""), apiKey: e.ANTHROPIC_API_KEY },
      prices: e.GATEWAY_PRICES,
      defaultPrice: e.GATEWAY_DEFAULT_PRICE,
      firstByteTimeoutMs: e.GATEWAY_FIRST_BYTE_TIMEOUT_MS,
      requestTimeoutMs: e.GATEWAY_REQUEST_TIMEOUT_MS,
      reservationSweepMs: e.GATEWAY_RESERVATION_SWEEP_MS,
      durableCommit: e.GATEWAY_DURABLE_COMMIT === "true",
      cacheMaxMb: e.GATEWAY_CACHE_MAX_MB,
    },
    version: VERSION,
  };
}

/** The rejected value for the error line, without secrets (start-up errors end up in logs). */
function shown(name: string, value: string | undefined): string {
  if (value !== undefined && /SECRET|PASSWORD/.test(name)) return `(hidden, ${value.length} characters)`;
  return JSON.stringify(value?.replace(/\/\/([^/@:]*):[^/@]*@/, "//$1:***@"));
}
