// The contract between app.ts and the domains. A domain describes itself in one module
// (`src/domains/<name>/module.ts`) listing what it brings; app.ts builds the shared
// dependencies once and walks src/domains.ts, the one list of domain modules. The
// infrastructure (graphql/, http/, jobs/) never imports a domain: what it needs from one
// (credentials, routes, jobs, channels) reaches it through these declarations.
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import type { Db, SqlRunner } from "./db.js";
import type { Counters } from "./graphql/counters.js";
import type { AppError } from "./errors.js";
import type { HealthChecks, NodeRuntime, Principal, TokenSigner } from "./graphql/context.js";
import type { LegacyRoute } from "./http/legacy.js";
import type { LegacyWsChannel } from "./http/legacy-ws.js";
import type { OutboundGuard } from "./http/outbound.js";
import type { ExchangeObserver } from "./http/exchange.js";
import type { HttpEnv, HttpInterceptor } from "./http/server.js";
import type { JobDefinition } from "./jobs/job.js";
import type { LiveSection } from "./live-settings.js";
import type { PubSub } from "./pubsub.js";

/** Shared dependencies, built once per node by app.ts. */
export interface CoreDeps {
  config: Config;
  log: Logger;
  prisma: Db;
  /** One statement straight through the driver, for the hottest paths (db.ts). */
  sql: SqlRunner;
  pubsub: PubSub;
  /** Redis for keys and values (REDIS_KEY_PREFIX applied), when REDIS_URL is set. */
  redis?: Redis;
  outbound: OutboundGuard;
  counters: Counters;
  health: HealthChecks;
  /** The notification event catalogue: every module's `events` merged (name -> description). */
  events: Readonly<Record<string, string>>;
  /** Unique id of this node process (job leases, cluster membership). */
  nodeId: string;
  /** The address this node listens on, once it does (a domain's own URLs, e.g. the judge). */
  address(): AddressInfo | undefined;
  /** This node as a process: state, connections, request figures, shutdown. */
  node: NodeRuntime;
}

/** Who is calling: supplied by the one domain that owns identity (accounts). */
export interface Identity {
  tokens: TokenSigner;
  authenticate(headers: Headers, clientIp: string): Promise<{ principal: Principal | null; authError: AppError | null }>;
  close(): Promise<void>;
}

export interface AppDeps extends CoreDeps {
  tokens: TokenSigner;
  /** The identity's check of request credentials, for plain HTTP routes (downloads). */
  authenticate: Identity["authenticate"];
}

export interface DomainModule {
  name: string;
  /** Schema modules; importing them registers their types and root fields on the builder. */
  schema: readonly object[];
  /** Legacy REST routes (typed GraphQL documents plus mappers), see src/http/legacy.ts. */
  legacyRoutes?: readonly LegacyRoute[];
  /** Plain HTTP routes outside GraphQL (the proxy judge, downloads). */
  httpRoutes?: (app: Hono<HttpEnv>, deps: AppDeps) => void;
  /** Background jobs, run by src/jobs/runner.ts. */
  jobs?: (deps: AppDeps) => readonly JobDefinition[];
  /** Requests this domain takes over before routing (the edge's virtual hosts, the gateway's routes), see HttpInterceptor. */
  intercept?: (deps: AppDeps) => HttpInterceptor;
  /**
   * Hears of every request the node answers (Hono routes and /graphql, each once, as the
   * metrics count them; not the edge's proxied requests). Runs on the request path: in memory only.
   */
  onExchange?: (deps: AppDeps) => ExchangeObserver;
  /** Channels of the legacy `/ws` endpoint (seed 000's passive stream, seed 001's channels). */
  wsChannels?: readonly LegacyWsChannel[];
  /** Notification events this domain raises: name (`proxy.status_changed`) -> description. */
  events?: Readonly<Record<string, string>>;
  /** The identity provider; exactly one module has it. Runs before anything else starts. */
  identity?: (deps: CoreDeps) => Promise<Identity>;
  /**
   * Sections of the live configuration this domain owns (quotas, thresholds): validated,
   * versioned and applied on every node by the control plane, see src/live-settings.ts.
   */
  liveSettings?: (deps: AppDeps) => readonly LiveSection[];
  /** Start-up checks that only log (e.g. a judge URL that proxies cannot reach). */
  start?: (deps: AppDeps) => void | Promise<void>;
  /**
   * At shutdown, once the HTTP server has closed and before the database does: finishes work
   * the domain still has after its answers went out (the gateway's settlements).
   */
  stop?: (deps: AppDeps) => Promise<void>;
}

export const defineDomain = (module: DomainModule): DomainModule => module;
