// The composition root: config in, a running switchyard node out.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Config } from "./config.js";
import { databaseOptions, openDatabase } from "./db.js";
import type { AppDeps, CoreDeps } from "./domain.js";
import { domains } from "./domains.js";
import type { Context, HealthChecks, NodeRuntime } from "./graphql/context.js";
import { memoryCounters, redisCounters } from "./graphql/counters.js";
import { createSharedStreams } from "./graphql/shared-streams.js";
import { createStreamAuth } from "./graphql/stream-auth.js";
import { createGraphQL } from "./graphql/yoga.js";
import { createClientIp } from "./http/client-ip.js";
import type { ExchangeObserver } from "./http/exchange.js";
import { graphqlHttp } from "./http/graphql-http.js";
import { createHttp } from "./http/server.js";
import { createMetrics } from "./http/metrics.js";
import { createOutboundGuard, outboundSection } from "./http/outbound.js";
import type { LiveSection } from "./live-settings.js";
import { createJobRunner } from "./jobs/runner.js";
import { LEADER_LEASE } from "./jobs/leases.js";
import { createEventBus } from "./pubsub.js";
import { processLogger } from "./log.js";
import { createLogTap } from "./log-tap.js";
import { schema } from "./schema.js";
import { redactUrl, waitForRedis } from "./startup.js";

export interface AppOptions {
  logger?: Logger;
  /** Sees every SQL statement the node runs (tests count statements per request). */
  sqlObserver?: (sql: string) => void;
}

export async function buildApp(config: Config, opts: AppOptions = {}) {
  // This node's log lines for its `logs` subscribers (a logger passed in is not tapped).
  const logTap = createLogTap();
  const log = opts.logger ?? processLogger(config.logLevel, logTap);
  log.info(
    {
      database: config.databaseUrl ? `postgresql (${redactUrl(config.databaseUrl)})` : `pglite (${config.dataDir})`,
      pubsub: config.redisUrl ? `redis (${redactUrl(config.redisUrl)})` : "in-process",
      rateLimits: config.redisUrl ? "redis" : "in-memory",
    },
    "starting switchyard",
  );
  const startedAt = new Date();
  // Before the database opens, so a refusal leaves nothing to close.
  if (config.redisUrl) await waitForRedis(config.redisUrl, config.connectRetries, log);
  const db = await openDatabase(databaseOptions(config), log, { sqlObserver: opts.sqlObserver });
  // Requests run in currentRequest's async scope only where an SQL observer looks for them there.
  const scopeRequests = Boolean(opts.sqlObserver);

  const redisOpts = { maxRetriesPerRequest: 3, lazyConnect: false };
  const redis = config.redisUrl
    ? {
        publish: new Redis(config.redisUrl, redisOpts),
        // No ready check (INFO) here: a SUBSCRIBE sent while ioredis is still connecting puts
        // the connection in subscriber mode, the INFO then fails, ioredis reconnects and the
        // subscription is lost (seen in test/cluster.test.ts: a node stopped hearing auth:revoked).
        subscribe: new Redis(config.redisUrl, { ...redisOpts, enableReadyCheck: false }),
        keys: new Redis(config.redisUrl, { ...redisOpts, keyPrefix: config.redisKeyPrefix }),
      }
    : undefined;
  for (const client of Object.values(redis ?? {})) client.on("error", (err) => log.warn({ err: err.message }, "redis error"));

  const pubsub = createEventBus(redis, config.redisKeyPrefix);
  const counters = redis ? redisCounters(redis.keys) : memoryCounters();
  const outbound = createOutboundGuard({ allow: config.outboundAllow });
  const health: HealthChecks = {
    startedAt,
    databaseKind: db.kind,
    database: db.ping,
    redis: redis ? async () => void (await redis.keys.ping()) : undefined,
    dataDir: config.databaseUrl ? process.cwd() : config.dataDir,
  };
  const events = Object.assign({}, ...domains.map((d) => d.events ?? {})) as Record<string, string>;
  let server: { address(): AddressInfo | string | null } | undefined;
  // The node as a process (status, ready, shutdown); the HTTP parts are bound once it exists.
  let state: "starting" | "running" | "draining" = "starting";
  let httpFigures: { connections(): { active: number; idle: number; total: number } } | undefined;
  let retireJobs: () => Promise<void> = async () => {};
  let stopApp: (opts?: { timeoutMs?: number }) => Promise<void> = async () => {};
  let shutdownRequested: (() => void) | undefined;
  // Filled once the domains' dependencies exist (below): what a live configuration may change.
  let liveSections: LiveSection[] = [];
  const shutdownDone = new Promise<void>((resolve) => (shutdownRequested = resolve));
  const metrics = createMetrics();
  const nodeId = `${process.pid}-${randomUUID()}`;
  const node: NodeRuntime = {
    nodeId,
    startedAt,
    state: () => state,
    connections: () => httpFigures?.connections() ?? { active: 0, idle: 0, total: 0 },
    requests: () => metrics.summary(),
    logs: logTap,
    retire: () => retireJobs(),
    liveSections: () => liveSections,
    shutdown({ timeoutMs, force }) {
      state = "draining";
      // After the current response has gone out: the caller hears the shutdown was accepted.
      setTimeout(() => void stopApp({ timeoutMs: force ? 0 : timeoutMs }).then(shutdownRequested, shutdownRequested), 50).unref();
    },
  };
  const core: CoreDeps = {
    config,
    log,
    prisma: db.prisma,
    sql: db.sql,
    pubsub,
    redis: redis?.keys,
    outbound,
    counters,
    health,
    events,
    nodeId,
    node,
    address: () => {
      const addr = server?.address();
      return addr && typeof addr === "object" ? addr : undefined;
    },
  };

  const identities = domains.filter((d) => d.identity);
  if (identities.length !== 1) throw new Error(`exactly one domain module must provide identity (found ${identities.length})`);
  const identity = await identities[0].identity!(core);
  const deps: AppDeps = { ...core, tokens: identity.tokens, authenticate: (headers, ip) => identity.authenticate(headers, ip) };
  liveSections = [outboundSection(outbound, config), ...domains.flatMap((d) => d.liveSettings?.(deps) ?? [])];

  // Open subscriptions and /ws connections re-check their credentials when `auth:revoked` names their user.
  const streamAuth = createStreamAuth({
    pubsub,
    log,
    authenticate: async (headers, ip) => (await identity.authenticate(headers, ip)).principal,
  });
  // Subscribers asking the same thing as the same caller share one execution per event. Over
  // WebSockets the transport shares the whole enveloped subscribe (createHttp); elsewhere
  // (SSE) the plugin shares inside it, before the re-checks, which wrap each subscriber.
  const sharedStreams = createSharedStreams(metrics.registry);
  const clientIp = createClientIp(config.trustProxy);
  const observers = domains.flatMap((d) => (d.onExchange ? [d.onExchange(deps)] : []));
  const onExchange: ExchangeObserver = (e) => {
    for (const observe of observers) observe(e);
  };
  const yoga = createGraphQL(
    schema,
    config,
    log,
    async (request, meta): Promise<Omit<Context, "meta">> => {
      const { principal, authError } = await identity.authenticate(request.headers, meta.clientIp);
      meta.principal = principal;
      const signal = request.signal;
      return { prisma: db.prisma, sql: db.sql, outbound, tokens: identity.tokens, health, pubsub, config, log, counters, events, node, principal, authError, signal };
    },
    [
      graphqlHttp({ log, metrics, clientIp, maxBodyBytes: config.http.maxBodyBytes, onExchange, scopeRequests }),
      sharedStreams.plugin,
      streamAuth.plugin,
    ],
  );
  const http = createHttp({
    config,
    log,
    yoga,
    metrics,
    clientIp,
    streamAuth,
    sharedStreams,
    routes: domains.flatMap((d) => d.legacyRoutes ?? []),
    httpRoutes: (app) => domains.forEach((d) => d.httpRoutes?.(app, deps)),
    wsChannels: domains.flatMap((d) => d.wsChannels ?? []),
    interceptors: domains.flatMap((d) => (d.intercept ? [d.intercept(deps)] : [])),
    onExchange,
    scopeRequests,
  });
  server = http.server;
  httpFigures = http;
  for (const d of domains) await d.start?.(deps);
  const jobs = createJobRunner({ prisma: db.prisma, pubsub, log, nodeId: core.nodeId, leaseTtlMs: config.jobs.leaseTtlMs, leaderLease: LEADER_LEASE });
  jobs.start(domains.flatMap((d) => d.jobs?.(deps) ?? []));
  retireJobs = () => jobs.stop();

  let stopping: Promise<void> | undefined;
  const self = {
    config,
    log,
    db,
    pubsub,
    outbound,
    jobs,
    nodeId: core.nodeId,
    /** This node as a process (state, connections, shutdown), as the control plane sees it. */
    node,
    /** The Hono router: every route but /graphql, which Yoga's Node listener serves (http/server.ts). */
    fetch: http.app.fetch,
    /** Resolves once the work of answers already sent (the gateway's settles) has landed. */
    landed: http.landed,
    server: http.server,
    async listen(port = config.port, host = config.host): Promise<{ port: number; url: string }> {
      await new Promise<void>((resolve, reject) => {
        http.server.once("error", reject);
        http.server.listen(port, host, () => resolve());
      });
      const addr = http.server.address() as AddressInfo;
      const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
      const url = `http://${shown}:${addr.port}`;
      if (state === "starting") state = "running";
      log.info({ url, graphql: `${url}/graphql` }, "switchyard listening");
      return { port: addr.port, url };
    },
    /** Resolves when a shutdown asked for through the API (`shutdown` mutation) has finished. */
    shutdownDone,
    /** Graceful stop: no new connections, subscriptions completed, in-flight work finished. */
    stop(opts: { timeoutMs?: number } = {}): Promise<void> {
      const timeoutMs = opts.timeoutMs ?? config.shutdownTimeoutMs;
      state = "draining";
      stopping ??= (async () => {
        log.info({ timeoutMs }, "shutting down");
        // Jobs first: validations in flight call our own /judge, and every job needs the
        // database and the outbound guard that close below.
        await jobs.stop();
        pubsub.closeAll();
        if (http.server.listening) await http.close(timeoutMs);
        for (const d of domains) await d.stop?.(deps).catch((err) => log.error({ err, domain: d.name }, "domain stop failed"));
        await streamAuth.close();
        await identity.close();
        await outbound.close();
        await Promise.all(Object.values(redis ?? {}).map((c) => c.quit().catch(() => c.disconnect())));
        await db.close();
        log.info("stopped");
      })();
      return stopping;
    },
  };
  stopApp = self.stop;
  return self;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
