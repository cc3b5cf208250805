// Notifiers: glob subscriptions checked against the event catalogue, admin-only CRUD with
// per-kind config validation, and deliveries to loopback peers: notify() queues one row per
// matching notifier, the delivery job (drained here by hand, the node's own runner is off)
// sends signed webhooks and mail, retries with backoff and records failures on the notifier.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DELIVERY_BACKOFF_MS, MAX_DELIVERY_ATTEMPTS } from "../src/domains/notifications/deliveries.service.js";
import { deliveryJob } from "../src/domains/notifications/deliveries.job.js";
import { eventMatches, subscribes } from "../src/domains/notifications/glob.js";
import { notify, type NotifyDeps } from "../src/domains/notifications/notify.service.js";
import { createValidator } from "../src/domains/proxies/validator.service.js";
import { graphql } from "../src/generated/graphql/index.js";
import { createOutboundGuard, type OutboundGuard } from "../src/http/outbound.js";
import { runClaimJob } from "../src/jobs/runner.js";
import { registerUser, useNode, type TestUser } from "./helpers.js";
import { eventually, SECRET, startReceiver, type Receiver } from "./notifications-peer.js";

const CREATE = graphql(`mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename
  ... on Notifier { id name kind config events isActive healthy }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`);
const UPDATE = graphql(`mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename
  ... on Notifier { id name events isActive }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`);
const DELETE = graphql(`mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename
  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }`);
const LIST = graphql(`query NotifiersTestList { notifiers { id name healthy lastError } }`);
const NODE = graphql(`query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }`);
const PLUGINS = graphql(`query NotifiersTestPlugins { plugins { notifiers { name healthy } } }`);
const EVENTS = graphql(`query NotifiersTestEvents { notificationEvents { name description } }`);
const SCRAPE = graphql(`mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }`);
const GRANT = graphql(`mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);
const ACQUIRE = graphql(`mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }`);

const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;

describe("event globs", () => {
  it("matches dotted event names", () => {
    expect(eventMatches("credits.low", "credits.*")).toBe(true);
    expect(eventMatches("credits.low", "*")).toBe(true);
    expect(eventMatches("proxy.pool_low", "*")).toBe(true);
    expect(eventMatches("proxy.status_changed", "proxy.*")).toBe(true);
    expect(eventMatches("proxy.pool_low", "credits.*")).toBe(false);
    expect(eventMatches("creditsX.low", "credits.*")).toBe(false);
    expect(eventMatches("source.scrape_failed", "source.scrape_failed")).toBe(true);
    expect(eventMatches("source.scrape_failed", "source.scrape")).toBe(false);
    expect(subscribes("credits.low", ["proxy.*", "credits.*"])).toBe(true);
    expect(subscribes("credits.low", [])).toBe(false);
  });
});

describe("notifiers", () => {
  const { node, admin } = useNode({ admin: true, env: { NOTIFY_DELIVERY_ENABLED: "false" } });
  let user: TestUser;
  let receiver: Receiver;
  let deps: NotifyDeps;
  const mails: { from: string; to: string[]; body: string }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    hideSTARTTLS: true,
    logger: false,
    onData(stream, session, done) {
      let body = "";
      stream.on("data", (c: Buffer) => (body += c.toString()));
      stream.on("end", () => {
        mails.push({ from: String(session.envelope.mailFrom && session.envelope.mailFrom.address), to: session.envelope.rcptTo.map((r) => r.address), body });
        done();
      });
    },
  });
  let smtpPort = 0;

  beforeAll(async () => {
    receiver = await startReceiver();
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    user = await registerUser(node);
    deps = { prisma: node.app.db.prisma, pubsub: node.app.pubsub, log: node.app.log };
  });
  afterAll(async () => {
    await receiver?.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  beforeEach(async () => {
    await node.app.db.prisma.notifier.deleteMany({}); // deliveries go with them (cascade)
    receiver.reset();
    mails.length = 0;
  });

  /** Runs the delivery job once over everything due, as the node's runner would. */
  const drain = (outbound: OutboundGuard = node.app.outbound) =>
    runClaimJob(deliveryJob({ config: node.app.config, prisma: node.app.db.prisma, outbound }), {
      log: node.app.log,
      signal: new AbortController().signal,
      stopping: () => false,
    });
  /** Makes every pending retry due now (the backoff is minutes long). */
  const skipBackoff = () => node.app.db.prisma.notificationDelivery.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(0) } });
  const deliveries = () => node.app.db.prisma.notificationDelivery.findMany({ orderBy: { createdAt: "asc" } });
  const notifierList = async () => (await node.gql(LIST, {}, admin)).data!.notifiers;

  const create = async (input: Record<string, unknown>, auth = admin) => (await node.gql(CREATE, { input: input as never }, auth)).data?.createNotifier;
  const webhook = async (events = ["credits.*"], name = "hook") => {
    const n = await create({ kind: "webhook", name, config: { url: receiver.url, secret: SECRET }, events });
    if (n?.__typename !== "Notifier") throw new Error(`create failed: ${JSON.stringify(n)}`);
    return n;
  };
  const fieldsOf = (r: unknown) => (r as { fields?: { field: string }[] }).fields?.map((f) => f.field);

  it("lets admins create, update, list and delete notifiers, secrets redacted", async () => {
    const n = await webhook();
    expect(n).toMatchObject({ name: "hook", kind: "webhook", isActive: true, healthy: true, events: ["credits.*"] });
    expect(n.config).toEqual({ url: receiver.url, secret: "***" });
    const up = (await node.gql(UPDATE, { input: { id: n.id, events: ["*"], isActive: false } }, admin)).data?.updateNotifier;
    expect(up).toMatchObject({ __typename: "Notifier", events: ["*"], isActive: false });
    expect((await notifierList()).map((x) => x.name)).toEqual(["hook"]);
    const got = (await node.gql(NODE, { id: n.id }, admin)).data?.node;
    expect(got?.__typename === "Notifier" && (got.config as { secret: string }).secret).toBe("***");
    expect((await node.gql(DELETE, { id: n.id }, admin)).data?.deleteNotifier.__typename).toBe("DeleteNotifierPayload");
    expect((await node.gql(DELETE, { id: n.id }, admin)).data?.deleteNotifier).toMatchObject({ code: "NOT_FOUND", message: "Notifier not found" });
    const missing = (await node.gql(UPDATE, { input: { id: n.id, name: "again" } }, admin)).data?.updateNotifier;
    expect(missing).toMatchObject({ code: "NOT_FOUND", message: "Notifier not found" });
    expect(await node.app.db.prisma.notifier.count()).toBe(0);
  });

  it("refuses non-admins (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
    const n = await webhook();
    const input = { kind: "webhook", name: "x", config: { url: receiver.url, secret: SECRET }, events: ["*"] };
    expect(code(await node.gql(CREATE, { input }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    expect(code(await node.gql(UPDATE, { input: { id: n.id, name: "y" } }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(DELETE, { id: n.id }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(DELETE, { id: n.id }))).toBe("UNAUTHENTICATED");
    expect(code(await node.gql(LIST, {}, user.auth))).toBe("FORBIDDEN");
    expect((await node.gql(NODE, { id: n.id }, user.auth)).data?.node).toBeNull(); // no secret leaks via node()
    expect(await node.app.db.prisma.notifier.count()).toBe(1);
  });

  it("rejects bad config, kinds, events and duplicate names as ValidationError", async () => {
    const url = receiver.url;
    const bad = [
      { kind: "webhook", name: "a", config: { url }, events: ["*"], field: "config.secret" },
      { kind: "webhook", name: "a", config: { url: "ftp://x/", secret: SECRET }, events: ["*"], field: "config.url" },
      { kind: "smtp", name: "a", config: { host: "127.0.0.1", port: 70000, secure: false, from: "a@b.c", to: ["d@e.f"] }, events: ["*"], field: "config.port" },
      { kind: "smtp", name: "a", config: { host: "127.0.0.1", port: 25, secure: false, from: "a@b.c", to: [] }, events: ["*"], field: "config.to" },
      { kind: "pager", name: "a", config: {}, events: ["*"], field: "kind" },
      { kind: "webhook", name: "a", config: { url, secret: SECRET }, events: [], field: "events" },
      { kind: "webhook", name: "a", config: { url, secret: SECRET }, events: ["proxy/*"], field: "events" },
    ];
    for (const { field, ...input } of bad) {
      const r = await create(input);
      expect(r?.__typename, JSON.stringify(input)).toBe("ValidationError");
      expect(fieldsOf(r)).toContain(field);
    }
    await webhook();
    expect(fieldsOf(await create({ kind: "webhook", name: "hook", config: { url, secret: SECRET }, events: ["*"] }))).toEqual(["name"]);
    const [n] = await notifierList();
    const up = (await node.gql(UPDATE, { input: { id: n!.id, config: { url } } }, admin)).data?.updateNotifier;
    expect(up?.__typename).toBe("ValidationError");
  });

  it("accepts only event globs that match a catalogued event", async () => {
    const typo = await create({ kind: "webhook", name: "typo", config: { url: receiver.url, secret: SECRET }, events: ["credits.*", "proxy.pool_lo", "billing.*"] });
    expect(typo).toMatchObject({ __typename: "ValidationError", message: "Event subscriptions match no known event: proxy.pool_lo, billing.*" });
    expect(fieldsOf(typo)).toEqual(["events", "events"]);
    const n = await webhook(["proxy.pool_l?w", "source.*"]);
    const up = (await node.gql(UPDATE, { input: { id: n.id, events: ["credits"] } }, admin)).data?.updateNotifier;
    expect(up?.__typename).toBe("ValidationError");
  });

  it("lists the event catalogue to signed-in callers", async () => {
    const res = await node.gql(EVENTS, {}, user.auth);
    const names = res.data!.notificationEvents.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(["credits.low", "proxy.pool_low", "proxy.status_changed", "source.scrape_failed"]));
    expect(res.data!.notificationEvents.every((e) => e.description.length > 0)).toBe(true);
    expect(code(await node.gql(EVENTS, {}))).toBe("UNAUTHENTICATED");
  });

  it("queues one delivery per matching notifier and sends it signed, with its delivery id", async () => {
    await webhook(["credits.*"], "credits");
    await webhook(["proxy.*"], "proxy");
    await notify(deps, "credits.low", { userId: "u1", balance: 3 });
    const [row, ...rest] = await deliveries();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ event: "credits.low", status: "PENDING", attempts: 0 });
    expect(receiver.state.calls).toBe(0); // queued, not sent: that is the job's work
    expect(await drain()).toBe(1);
    expect(receiver.got).toEqual([expect.objectContaining({ deliveryId: row!.id, event: "credits.low", data: { userId: "u1", balance: 3 }, valid: true })]);
    const [done] = await deliveries();
    expect(done).toMatchObject({ status: "DELIVERED", attempts: 1, lastError: null, claimedUntil: null });
    expect(done!.deliveredAt).toBeInstanceOf(Date);
    expect(await drain()).toBe(0); // nothing is sent twice
    expect((await notifierList()).every((x) => x.healthy)).toBe(true);
  });

  it("retries a failing delivery with growing backoff, the same signed body each time", async () => {
    await webhook(["*"]);
    receiver.state.failFirst = 2;
    await expect(notify(deps, "source.scrape_failed", { sourceId: "s" })).resolves.toBeUndefined();
    const gap = async () => {
      const [r] = await node.app.db.prisma.$queryRaw<{ ms: number }[]>`
        SELECT (extract(epoch FROM next_attempt_at - now()) * 1000)::float8 AS ms FROM notification_deliveries`;
      return r!.ms;
    };

    await drain();
    let [row] = await deliveries();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "webhook answered HTTP 500", claimedUntil: null });
    const first = await gap();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(DELIVERY_BACKOFF_MS[0]);
    let [n] = await notifierList();
    expect(n).toMatchObject({ healthy: false, lastError: "webhook answered HTTP 500" });
    expect((await node.gql(PLUGINS, {}, user.auth)).data?.plugins.notifiers).toEqual([{ name: "hook", healthy: false }]);
    expect(await drain()).toBe(0); // not due yet
    expect(receiver.state.calls).toBe(1);

    await skipBackoff();
    await drain();
    [row] = await deliveries();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    const second = await gap();
    expect(second).toBeGreaterThan(DELIVERY_BACKOFF_MS[0]);
    expect(second).toBeLessThanOrEqual(DELIVERY_BACKOFF_MS[1]);

    await skipBackoff();
    await drain();
    [row] = await deliveries();
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3, lastError: null });
    expect(receiver.state.calls).toBe(3);
    expect(receiver.got).toHaveLength(1);
    expect(receiver.got[0]).toMatchObject({ deliveryId: row!.id, valid: true });
    [n] = await notifierList();
    expect(n).toMatchObject({ healthy: true, lastError: null }); // the success cleared it
  });

  it("gives up after MAX_DELIVERY_ATTEMPTS, and at once on a 4xx answer", async () => {
    await webhook(["*"]);
    receiver.state.failFirst = 1000;
    await notify(deps, "credits.low", {});
    for (let i = 0; i < MAX_DELIVERY_ATTEMPTS + 2; i++) {
      await skipBackoff();
      await drain();
    }
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_DELIVERY_ATTEMPTS, lastError: "webhook answered HTTP 500" });
    expect(receiver.state.calls).toBe(MAX_DELIVERY_ATTEMPTS);

    await node.app.db.prisma.notificationDelivery.deleteMany({});
    receiver.reset();
    receiver.state.failFirst = 1;
    receiver.state.failStatus = 410;
    await notify(deps, "credits.low", {});
    await drain();
    expect(await deliveries()).toMatchObject([{ status: "FAILED", attempts: 1, lastError: "webhook answered HTTP 410" }]);
  });

  it("sends webhooks through the outbound guard (a refusal is final)", async () => {
    await webhook(["*"]);
    await notify(deps, "credits.low", {});
    const closed = createOutboundGuard({ allow: [] }); // loopback refused, as in production
    try {
      await drain(closed);
    } finally {
      await closed.close();
    }
    expect(receiver.state.calls).toBe(0);
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row!.lastError).toMatch(/not allowed.*OUTBOUND_ALLOW/);
    const [n] = await notifierList();
    expect(n!.healthy).toBe(false);
    expect(n!.lastError).toMatch(/not allowed.*OUTBOUND_ALLOW/);
  });

  it("skips inactive notifiers, and fails deliveries of one deactivated after queueing", async () => {
    const n = await webhook(["*"]);
    await node.gql(UPDATE, { input: { id: n.id, isActive: false } }, admin);
    await notify(deps, "credits.low", {});
    expect(await deliveries()).toEqual([]);
    await node.gql(UPDATE, { input: { id: n.id, isActive: true } }, admin);
    await notify(deps, "credits.low", {});
    await node.gql(UPDATE, { input: { id: n.id, isActive: false } }, admin);
    await drain();
    expect(receiver.state.calls).toBe(0);
    expect(await deliveries()).toMatchObject([{ status: "FAILED", lastError: "notifier is inactive" }]);
    expect((await notifierList())[0]!.healthy).toBe(true); // the receiver did nothing wrong
  });

  it("never throws into the caller, and warns about events missing from the catalogue", async () => {
    const logged: { level: string; obj: unknown; msg: string }[] = [];
    const log = {
      warn: (obj: unknown, msg: string) => logged.push({ level: "warn", obj, msg }),
      error: (obj: unknown, msg: string) => logged.push({ level: "error", obj, msg }),
    } as unknown as NonNullable<NotifyDeps["log"]>;
    const broken = { notifier: { findMany: () => Promise.reject(new Error("database down")) } } as unknown as NotifyDeps["prisma"];
    await expect(notify({ prisma: broken, log }, "credits.low", {})).resolves.toBeUndefined();
    expect(logged).toEqual([expect.objectContaining({ level: "error", msg: "queueing notifications failed" })]);

    logged.length = 0;
    await webhook(["*"]);
    await notify({ ...deps, log, events: { "credits.low": "x" } }, "credits.lowest", {});
    expect(logged).toEqual([expect.objectContaining({ level: "warn", obj: { event: "credits.lowest" } })]);
    expect(await deliveries()).toHaveLength(1); // still queued: "*" matches it
  });

  it("wakes the delivery jobs through notifications:queued", async () => {
    await webhook(["credits.*"], "a");
    await webhook(["*"], "b");
    const it = node.app.pubsub.subscribe("notifications:queued")[Symbol.asyncIterator]();
    const next = it.next();
    await notify(deps, "credits.low", {});
    expect((await next).value).toEqual({ event: "credits.low", count: 2 });
    await it.return?.();
  });

  it("sends mail through an SMTP notifier, with the delivery id", async () => {
    const n = await create({
      kind: "smtp",
      name: "mail",
      config: { host: "127.0.0.1", port: smtpPort, secure: false, from: "switchyard@example.test", to: ["ops@example.test", "oncall@example.test"] },
      events: ["proxy.pool_low"],
    });
    expect(n?.__typename).toBe("Notifier");
    await notify(deps, "credits.low", {}); // not subscribed
    await notify(deps, "proxy.pool_low", { activeProxies: 2, threshold: 10 });
    await drain();
    const [row] = await deliveries();
    expect(row!.status).toBe("DELIVERED");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.from).toBe("switchyard@example.test");
    expect(mails[0]!.to).toEqual(["ops@example.test", "oncall@example.test"]);
    expect(mails[0]!.body).toContain("Subject: [switchyard] proxy.pool_low");
    expect(mails[0]!.body).toContain(`X-Switchyard-Delivery: ${row!.id}`);
    expect(mails[0]!.body).toContain(`Message-ID: <${row!.id}@switchyard>`);
    expect(mails[0]!.body).toContain('"activeProxies": 2');
    expect((await notifierList())[0]!.healthy).toBe(true);
  });

  const closedPort = async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    return port;
  };

  it("records an SMTP failure (closed port) and keeps the delivery for a retry", async () => {
    const port = await closedPort();
    await create({ kind: "smtp", name: "mail", config: { host: "127.0.0.1", port, secure: false, from: "a@example.test", to: ["b@example.test"] }, events: ["*"] });
    await notify(deps, "credits.low", {});
    await drain();
    const [n] = await notifierList();
    expect(n!.healthy).toBe(false);
    expect(n!.lastError).toMatch(/ECONNREFUSED/);
    expect(await deliveries()).toMatchObject([{ status: "PENDING", attempts: 1 }]);
  });

  /** Events raised by the domain are queued without being awaited by it: drain until one arrives. */
  const received = (event: string) =>
    eventually(async () => {
      await drain();
      return receiver.got.find((g) => g.event === event);
    }, `a ${event} webhook`);

  it("raises source.scrape_failed when a scrape fails", async () => {
    await webhook(["source.*"]);
    // The provider's credentials in the URL never leave for a webhook receiver.
    const port = await closedPort();
    const url = `http://acct:s3cret-pass@127.0.0.1:${port}/list.txt?api_key=s3cret-key`;
    const src = await node.app.db.prisma.source.create({ data: { url, parserName: "plaintext", cronSchedule: "*/5 * * * *" } });
    const res = await node.gql(SCRAPE, { id: src.id }, user.auth);
    const scrape = res.data?.scrapeSource;
    if (scrape?.__typename !== "ScrapeResult") throw new Error(JSON.stringify(res));
    expect(scrape.error).toBeTruthy();
    const hit = await received("source.scrape_failed");
    expect(hit).toMatchObject({ valid: true, data: { sourceId: src.id, url: `http://***:***@127.0.0.1:${port}/list.txt?api_key=***` } });
    expect(hit.data.error).toBeTruthy();
    expect(JSON.stringify(hit)).not.toMatch(/s3cret/);
  });

  it("raises credits.low once when an acquire crosses the threshold", async () => {
    await webhook(["credits.*"]);
    await node.app.db.prisma.proxy.createMany({
      data: [1, 2].map((i) => ({ ip: `198.51.100.${i}`, port: 8080, protocol: "HTTP" as const, status: "ACTIVE" as const, score: 0.9 })),
    });
    const u = await registerUser(node);
    expect((await node.gql(GRANT, { input: { userId: u.id, amount: 10 } }, admin)).data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    const remaining = async () => {
      const r = (await node.gql(ACQUIRE, {}, u.auth)).data?.acquireProxy;
      return r?.__typename === "AcquireProxyPayload" ? r.creditsRemaining : undefined;
    };
    expect(await remaining()).toBe(9);
    const hit = await received("credits.low");
    expect(hit.data).toEqual({ userId: expect.any(String), balance: 9, threshold: 10 });
    expect(await remaining()).toBe(8);
    // A marker queued (awaited) after the second acquire: a notification that acquire raised would be queued by now too.
    await notify(deps, "credits.low", { marker: true });
    await received("credits.low");
    await eventually(async () => (await drain(), receiver.got.some((g) => g.data.marker)), "the marker");
    expect(receiver.got.filter((g) => g.event === "credits.low").map((g) => g.data.balance ?? "marker").sort()).toEqual([9, "marker"]);
    await node.app.db.prisma.lease.deleteMany({});
    await node.app.db.prisma.proxy.deleteMany({});
  });

  it("raises proxy.status_changed and proxy.pool_low from a validation batch", async () => {
    await webhook(["proxy.*"]);
    const port = await closedPort();
    const proxy = await node.app.db.prisma.proxy.create({ data: { ip: "127.0.0.1", port, protocol: "HTTP" } });
    const validator = createValidator({
      prisma: node.app.db.prisma,
      guard: node.app.outbound,
      config: node.app.config,
      log: node.app.log,
      pubsub: node.app.pubsub,
      ownJudgeUrl: () => `${node.url}/judge`,
    });
    try {
      expect((await validator.validateDueProxies()).failed).toBe(1);
    } finally {
      validator.close();
    }
    const changed = await received("proxy.status_changed");
    expect(changed.data).toMatchObject({ proxyId: proxy.id, port, oldStatus: "UNCHECKED", newStatus: "DEAD" });
    const low = await received("proxy.pool_low");
    expect(low.data).toEqual({ activeProxies: 0, threshold: 10 });
    await node.app.db.prisma.proxy.deleteMany({});
  });
});
