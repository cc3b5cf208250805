// The per-request GraphQL context. Infrastructure code only knows the shapes declared here;
// which credentials are valid is decided by the accounts domain, handed in by app.ts.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Db, SqlRunner } from "../db.js";
import type { OutboundGuard } from "../http/outbound.js";
import type { AppError } from "../errors.js";
import type { PubSub } from "../pubsub.js";
import type { Counters } from "./counters.js";

export type Role = "USER" | "ADMIN";
export type TierName = "FREE" | "STANDARD" | "ENTERPRISE";

export interface Principal {
  userId: string;
  email: string;
  role: Role;
  tier: TierName;
  via: "api_key" | "jwt" | "basic" | "cookie";
  apiKeyId?: string;
  loginSessionId?: string;
}

/** Facts about the HTTP exchange, shared between the router, GraphQL and the legacy layer. */
export interface RequestMeta {
  requestId: string;
  clientIp: string;
  userAgent?: string;
  /** `query:me`-style label for metrics, from the executed root fields. */
  operation?: string;
  /** The most recent field rate-limit decision, for X-RateLimit-* headers. */
  rateLimit?: { limit: number; remaining: number; reset: number };
  /** Set-Cookie values a resolver wants on the response (login). */
  setCookies: string[];
  /** Which legacy route (if any) issued this operation. */
  legacyRoute?: string;
  /** Who the operation authenticated as, once its context is built (per-caller response headers). */
  principal?: Principal | null;
}

/** Signs and checks access tokens (implemented by the accounts domain). */
export interface TokenSigner {
  sign(claims: { userId: string; sessionId: string }, ttlSeconds: number): Promise<string>;
  verify(token: string): Promise<{ userId: string; sessionId: string } | null>;
}

/** Liveness checks of the services this node depends on (health routes). */
export interface HealthChecks {
  startedAt: Date;
  databaseKind: "pglite" | "postgres";
  database(): Promise<void>;
  /** Absent when REDIS_URL is not configured. */
  redis?: () => Promise<void>;
  dataDir: string;
}

/** This node as a running process: what the control plane reports and steers (app.ts). */
export interface NodeRuntime {
  nodeId: string;
  startedAt: Date;
  /** starting: not listening yet; draining: a stop was asked for; ready only when running. */
  state(): "starting" | "running" | "draining";
  /** The HTTP server's connections now (active: a request or WebSocket in flight). */
  connections(): { active: number; idle: number; total: number };
  /** Request counters and latency of this node (the Prometheus registry's, summarised). */
  requests(): Promise<import("../http/metrics.js").RequestSummary>;
  /** This node's log lines as they are written (src/log-tap.ts). */
  logs: import("../log-tap.js").LogTap;
  /** Stops this node's background jobs (and gives up its leases) but keeps serving requests. */
  retire(): Promise<void>;
  /** The sections of the live configuration and how each applies here (src/live-settings.ts). */
  liveSections(): readonly import("../live-settings.js").LiveSection[];
  /** Stops the node gracefully after the current response; `force` cuts connections at once. */
  shutdown(opts: { timeoutMs: number; force: boolean }): void;
}

export interface Context {
  prisma: Db;
  /** One statement straight through the driver, for the hottest reads (db.ts). */
  sql: SqlRunner;
  /** The only way resolvers may reach user-named destinations (SSRF guard). */
  outbound: OutboundGuard;
  tokens: TokenSigner;
  health: HealthChecks;
  pubsub: PubSub;
  config: Config;
  log: Logger;
  counters: Counters;
  /** The notification event catalogue: every domain module's `events`, name -> description. */
  events: Readonly<Record<string, string>>;
  meta: RequestMeta;
  /**
   * Aborts when the client that sent the operation goes away before it is answered (the
   * HTTP request is closed, a legacy route's request included, or the graphql-ws socket).
   * Work done only for this answer (a probe that `runProbe` waits for) stops on it.
   */
  signal: AbortSignal;
  node: NodeRuntime;
  principal: Principal | null;
  /** Set when credentials were presented but rejected (missing vs invalid matters to seed 000). */
  authError: AppError | null;
}

/** The context of fields built with `t.withAuth({ authenticated: true })` (or `admin`). */
export type AuthenticatedContext = Context & { principal: Principal };

/**
 * The request being served, for code that has no context argument: a node built with an SQL
 * observer (tests) attributes each statement to its request through it, and error masking
 * reads the id from it when it is there. Nodes without an observer never enter it
 * (`requestScope`): while an AsyncLocalStorage is in use, Node 20 runs a hook on every
 * promise, about a sixth of the server's CPU per request in the graphql-read and events
 * benches. Masked errors then get their request id from the context (graphql/yoga.ts
 * `errorRequestIds`).
 */
export const currentRequest = new AsyncLocalStorage<RequestMeta>();

/** Runs `fn` inside `meta`'s scope when `scoped` (see currentRequest), else just runs it. */
export function requestScope(scoped: boolean): <T>(meta: RequestMeta, fn: () => T) => T {
  return scoped ? (meta, fn) => currentRequest.run(meta, fn) : (_meta, fn) => fn();
}
