// The composition root: config in, a running switchyard node out.
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { pino, type Logger } from "pino";
import type { Config } from "./config.js";
import { databaseOptions, openDatabase } from "./db.js";
import { createAuthenticator } from "./domains/accounts/auth.js";
import { ensureAdmin } from "./domains/accounts/service.js";
import { createTokens, loadJwtSecret } from "./domains/accounts/tokens.js";
import type { Context, HealthChecks } from "./graphql/context.js";
import { memoryCounters, redisCounters } from "./graphql/counters.js";
import { createGraphQL } from "./graphql/yoga.js";
import { createHttp } from "./http/server.js";
import { createMetrics } from "./http/metrics.js";
import { createOutboundGuard } from "./http/outbound.js";
import { startSourceScheduler } from "./domains/proxies/scheduler.js";
import { mountJudge, ownJudgeUrl } from "./domains/proxies/judge.js";
import { startValidator } from "./domains/proxies/validator.js";
import { startLeaseEvents } from "./domains/proxies/lease-expiry.js";
import { createEventBus } from "./pubsub.js";
import { routes } from "./routes.js";
import { schema } from "./schema.js";

export interface AppOptions {
  logger?: Logger;
}

export async function buildApp(config: Config, opts: AppOptions = {}) {
  const log = opts.logger ?? pino({ level: config.logLevel, base: { service: "switchyard" } });
  log.info(
    {
      database: config.databaseUrl ? `postgresql (${redactUrl(config.databaseUrl)})` : `pglite (${config.dataDir})`,
      pubsub: config.redisUrl ? `redis (${redactUrl(config.redisUrl)})` : "in-process",
      rateLimits: config.redisUrl ? "redis" : "in-memory",
    },
    "starting switchyard",
  );
  const startedAt = new Date();
  const db = await openDatabase(databaseOptions(config), log);

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
  const tokens = createTokens(await loadJwtSecret(db.prisma, config.jwtSecret));
  const auth = createAuthenticator({ prisma: db.prisma, config, counters, pubsub, tokens }, log);

  if (config.adminEmail && config.adminPassword) {
    const { user, created } = await ensureAdmin(db.prisma, config.adminEmail, config.adminPassword);
    log.info({ email: user.email, created }, "admin account ready");
  }

  const outbound = createOutboundGuard({ allow: config.outboundAllow });

  const health: HealthChecks = {
    startedAt,
    databaseKind: db.kind,
    database: db.ping,
    redis: redis ? async () => void (await redis.keys.ping()) : undefined,
    dataDir: config.databaseUrl ? process.cwd() : config.dataDir,
  };

  const yoga = createGraphQL(schema, config, log, async (request, meta): Promise<Omit<Context, "meta">> => {
    const { principal, authError } = await auth.authenticate(request.headers, meta.clientIp);
    return { prisma: db.prisma, outbound, tokens, health, pubsub, config, log, counters, principal, authError };
  });
  const metrics = createMetrics();
  const http = createHttp({ config, log, yoga, metrics, routes, extraRoutes: mountJudge });
  const stopSourceScheduler = startSourceScheduler({ prisma: db.prisma, outbound, pubsub, config, log });
  const stopValidator = startValidator({ prisma: db.prisma, guard: outbound, pubsub, config, log, ownJudgeUrl: () => ownJudgeUrl(http.server, config) });
  const stopLeaseEvents = startLeaseEvents({ prisma: db.prisma, pubsub, config, log });

  let stopping: Promise<void> | undefined;
  return {
    config,
    log,
    db,
    pubsub,
    outbound,
    fetch: http.app.fetch,
    server: http.server,
    async listen(port = config.port, host = config.host): Promise<{ port: number; url: string }> {
      await new Promise<void>((resolve, reject) => {
        http.server.once("error", reject);
        http.server.listen(port, host, () => resolve());
      });
      const addr = http.server.address() as AddressInfo;
      const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
      const url = `http://${shown}:${addr.port}`;
      log.info({ url, graphql: `${url}/graphql` }, "switchyard listening");
      return { port: addr.port, url };
    },
    /** Graceful stop: no new connections, subscriptions completed, in-flight work finished. */
    stop(): Promise<void> {
      stopping ??= (async () => {
        log.info({ timeoutMs: config.shutdownTimeoutMs }, "shutting down");
        pubsub.closeAll();
        await stopValidator(); // before the server closes: checks in flight call our own /judge
        if (http.server.listening) await http.close(config.shutdownTimeoutMs);
        await stopSourceScheduler(); // before the guard and the database it uses close
        await stopLeaseEvents();
        await auth.close();
        await outbound.close();
        await Promise.all(Object.values(redis ?? {}).map((c) => c.quit().catch(() => c.disconnect())));
        await db.close();
        log.info("stopped");
      })();
      return stopping;
    },
  };
}

export type App = Awaited<ReturnType<typeof buildApp>>;

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable)";
  }
}
