// Notifiers: glob subscriptions, admin-only CRUD with per-kind config validation, and real
// deliveries to loopback peers: an HTTP server that verifies the HMAC signature (with a
// retry after failures) and an smtp-server that receives the mail. Failures are recorded
// on the notifier (healthy false), never thrown.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createOutboundGuard } from "../src/http/outbound.js";
import { createValidator } from "../src/domains/proxies/validator.js";
import { notify, type NotifyDeps } from "../src/domains/proxies/notifiers/dispatch.js";
import { eventMatches, subscribes } from "../src/domains/proxies/notifiers/glob.js";
import { adminAuth, registerUser, startNode, type TestNode } from "./helpers.js";

const SECRET = "s3cret-s3cret-s3cret";
const CREATE = `mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename
  ... on Notifier { id name kind config events isActive healthy }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`;
const UPDATE = `mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename
  ... on Notifier { id name events isActive }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`;
const DELETE = `mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename
  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }`;
const LIST = `query NotifiersTestList { notifiers { id name healthy lastError } }`;
const NODE = `query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }`;

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

/** A webhook receiver that verifies signatures; `failFirst` answers 500 that many times. */
function startReceiver() {
  const got: { event: string; data: any; valid: boolean }[] = [];
  const state = { failFirst: 0, calls: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      state.calls++;
      if (state.failFirst > 0) {
        state.failFirst--;
        res.writeHead(500).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`);
      const sig = Buffer.from(String(req.headers["x-switchyard-signature"] ?? ""));
      const valid = sig.length === expected.length && timingSafeEqual(sig, expected);
      const json = JSON.parse(body.toString());
      got.push({ event: json.event, data: json.data, valid: valid && typeof json.timestamp === "string" });
      res.writeHead(valid ? 204 : 401).end();
    });
  });
  return { server, got, state };
}

describe("notifiers", () => {
  let node: TestNode;
  let admin: Record<string, string>;
  let user: Awaited<ReturnType<typeof registerUser>>;
  let deps: NotifyDeps;
  const receiver = startReceiver();
  let hookUrl = "";
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
    await new Promise<void>((r) => receiver.server.listen(0, "127.0.0.1", r));
    hookUrl = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook`;
    await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
    smtpPort = (smtp.server.address() as AddressInfo).port;
    node = await startNode();
    admin = await adminAuth(node);
    user = await registerUser(node);
    deps = { prisma: node.app.db.prisma, outbound: node.app.outbound, webhook: { baseDelayMs: 5 } };
  });
  afterAll(async () => {
    await node?.close();
    receiver.server.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });
  beforeEach(async () => {
    await node.app.db.prisma.notifier.deleteMany({});
    receiver.got.length = 0;
    receiver.state.failFirst = 0;
    receiver.state.calls = 0;
    mails.length = 0;
  });

  const create = async (input: Record<string, unknown>, auth = admin) => (await node.gql(CREATE, { input }, auth)).data?.createNotifier;
  const webhook = (events = ["credits.*"], name = "hook") => create({ kind: "webhook", name, config: { url: hookUrl, secret: SECRET }, events });

  it("lets admins create, update, list and delete notifiers, secrets redacted", async () => {
    const n = await webhook();
    expect(n).toMatchObject({ __typename: "Notifier", name: "hook", kind: "webhook", isActive: true, healthy: true, events: ["credits.*"] });
    expect(n.config).toEqual({ url: hookUrl, secret: "***" });
    const up = (await node.gql(UPDATE, { input: { id: n.id, events: ["*"], isActive: false } }, admin)).data.updateNotifier;
    expect(up).toMatchObject({ __typename: "Notifier", events: ["*"], isActive: false });
    expect((await node.gql(LIST, {}, admin)).data.notifiers.map((x: any) => x.name)).toEqual(["hook"]);
    expect((await node.gql(NODE, { id: n.id }, admin)).data.node.config.secret).toBe("***");
    expect((await node.gql(DELETE, { id: n.id }, admin)).data.deleteNotifier.__typename).toBe("DeleteNotifierPayload");
    expect((await node.gql(DELETE, { id: n.id }, admin)).data.deleteNotifier.code).toBe("NOT_FOUND");
    expect(await node.app.db.prisma.notifier.count()).toBe(0);
  });

  it("refuses non-admins (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)", async () => {
    const n = await webhook();
    const input = { kind: "webhook", name: "x", config: { url: hookUrl, secret: SECRET }, events: ["*"] };
    const code = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0]?.extensions?.code;
    expect(code(await node.gql(CREATE, { input }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(CREATE, { input }))).toBe("UNAUTHENTICATED");
    expect(code(await node.gql(UPDATE, { input: { id: n.id, name: "y" } }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(DELETE, { id: n.id }, user.auth))).toBe("FORBIDDEN");
    expect(code(await node.gql(DELETE, { id: n.id }))).toBe("UNAUTHENTICATED");
    const list = await node.gql(LIST, {}, user.auth);
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await node.gql(NODE, { id: n.id }, user.auth)).data.node).toBeNull(); // no secret leaks via node()
    expect(await node.app.db.prisma.notifier.count()).toBe(1);
  });

  it("rejects bad config, kinds, events and duplicate names as ValidationError", async () => {
    const bad = [
      { kind: "webhook", name: "a", config: { url: hookUrl }, events: ["*"], field: "config.secret" },
      { kind: "webhook", name: "a", config: { url: "ftp://x/", secret: SECRET }, events: ["*"], field: "config.url" },
      { kind: "smtp", name: "a", config: { host: "127.0.0.1", port: 70000, secure: false, from: "a@b.c", to: ["d@e.f"] }, events: ["*"], field: "config.port" },
      { kind: "smtp", name: "a", config: { host: "127.0.0.1", port: 25, secure: false, from: "a@b.c", to: [] }, events: ["*"], field: "config.to" },
      { kind: "pager", name: "a", config: {}, events: ["*"], field: "kind" },
      { kind: "webhook", name: "a", config: { url: hookUrl, secret: SECRET }, events: [], field: "events" },
    ];
    for (const { field, ...input } of bad) {
      const r = await create(input);
      expect(r.__typename, JSON.stringify(input)).toBe("ValidationError");
      expect(r.fields.map((f: any) => f.field)).toContain(field);
    }
    await webhook();
    expect((await webhook()).fields[0].field).toBe("name");
    const n = (await node.gql(LIST, {}, admin)).data.notifiers[0];
    const up = (await node.gql(UPDATE, { input: { id: n.id, config: { url: hookUrl } } }, admin)).data.updateNotifier;
    expect(up.__typename).toBe("ValidationError");
  });

  it("delivers a signed webhook to matching notifiers only, retrying after failures", async () => {
    await webhook(["credits.*"], "credits");
    await webhook(["proxy.*"], "proxy");
    receiver.state.failFirst = 2;
    await notify(deps, "credits.low", { userId: "u1", balance: 3 });
    expect(receiver.state.calls).toBe(3); // two 500s, then success
    expect(receiver.got).toEqual([{ event: "credits.low", data: { userId: "u1", balance: 3 }, valid: true }]);
    const list = (await node.gql(LIST, {}, admin)).data.notifiers;
    expect(list.every((x: any) => x.healthy)).toBe(true);
  });

  it("records a failing delivery on the notifier and never throws", async () => {
    await webhook(["*"]);
    receiver.state.failFirst = 100;
    await expect(notify(deps, "source.scrape_failed", { sourceId: "s" })).resolves.toBeUndefined();
    expect(receiver.state.calls).toBe(3);
    let [n] = (await node.gql(LIST, {}, admin)).data.notifiers;
    expect(n).toMatchObject({ healthy: false, lastError: "webhook answered HTTP 500" });
    const plugins = await node.gql(`query NotifiersTestPlugins { plugins { notifiers { name healthy } } }`, {}, user.auth);
    expect(plugins.data.plugins.notifiers).toEqual([{ name: "hook", healthy: false }]);
    // The next success clears the error.
    receiver.state.failFirst = 0;
    await notify(deps, "proxy.pool_low", { activeProxies: 1 });
    [n] = (await node.gql(LIST, {}, admin)).data.notifiers;
    expect(n).toMatchObject({ healthy: true, lastError: null });
  });

  it("sends webhooks through the outbound guard", async () => {
    await webhook(["*"]);
    const closed = createOutboundGuard({ allow: [] }); // loopback refused, as in production
    try {
      await notify({ ...deps, outbound: closed }, "credits.low", {});
    } finally {
      await closed.close();
    }
    expect(receiver.state.calls).toBe(0);
    const [n] = (await node.gql(LIST, {}, admin)).data.notifiers;
    expect(n.healthy).toBe(false);
    expect(n.lastError).toMatch(/refused/);
  });

  it("skips inactive notifiers", async () => {
    const n = await webhook(["*"]);
    await node.gql(UPDATE, { input: { id: n.id, isActive: false } }, admin);
    await notify(deps, "credits.low", {});
    expect(receiver.state.calls).toBe(0);
  });

  it("sends mail through an SMTP notifier", async () => {
    const n = await create({
      kind: "smtp",
      name: "mail",
      config: { host: "127.0.0.1", port: smtpPort, secure: false, from: "switchyard@example.test", to: ["ops@example.test", "oncall@example.test"] },
      events: ["proxy.pool_low"],
    });
    expect(n.__typename).toBe("Notifier");
    await notify(deps, "credits.low", {}); // not subscribed
    await notify(deps, "proxy.pool_low", { activeProxies: 2, threshold: 10 });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.from).toBe("switchyard@example.test");
    expect(mails[0]!.to).toEqual(["ops@example.test", "oncall@example.test"]);
    expect(mails[0]!.body).toContain("Subject: [switchyard] proxy.pool_low");
    expect(mails[0]!.body).toContain('"activeProxies": 2');
    expect((await node.gql(LIST, {}, admin)).data.notifiers[0].healthy).toBe(true);
  });

  it("records an SMTP failure (closed port)", async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await create({ kind: "smtp", name: "mail", config: { host: "127.0.0.1", port: closedPort, secure: false, from: "a@example.test", to: ["b@example.test"] }, events: ["*"] });
    await notify(deps, "credits.low", {});
    const [n] = (await node.gql(LIST, {}, admin)).data.notifiers;
    expect(n.healthy).toBe(false);
    expect(n.lastError).toMatch(/ECONNREFUSED/);
  });

  /** Events raised by the domain are delivered without being awaited by it: wait for them. */
  async function received(event: string) {
    for (let i = 0; i < 400; i++) {
      const hit = receiver.got.find((g) => g.event === event);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no ${event} webhook; got ${JSON.stringify(receiver.got)}`);
  }
  const closedPort = async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    return port;
  };

  it("raises source.scrape_failed when a scrape fails", async () => {
    await webhook(["source.*"]);
    const url = `http://127.0.0.1:${await closedPort()}/list.txt`;
    const src = await node.app.db.prisma.source.create({ data: { url, parserName: "plaintext", cronSchedule: "*/5 * * * *" } });
    const res = await node.gql(`mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }`, { id: src.id }, user.auth);
    expect(res.data?.scrapeSource.error).toBeTruthy();
    const hit = await received("source.scrape_failed");
    expect(hit).toMatchObject({ valid: true, data: { sourceId: src.id, url } });
    expect(hit.data.error).toBe(res.data.scrapeSource.error);
  });

  it("raises credits.low once when an acquire crosses the threshold", async () => {
    await webhook(["credits.*"]);
    await node.app.db.prisma.proxy.createMany({
      data: [1, 2].map((i) => ({ ip: `198.51.100.${i}`, port: 8080, protocol: "HTTP" as const, status: "ACTIVE" as const, score: 0.9 })),
    });
    const u = await registerUser(node);
    const grant = await node.gql(`mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`, { input: { userId: u.id, amount: 10 } }, admin);
    expect(grant.data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    const acquire = `mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }`;
    expect((await node.gql(acquire, {}, u.auth)).data?.acquireProxy.creditsRemaining).toBe(9);
    const hit = await received("credits.low");
    expect(hit.data).toEqual({ userId: expect.any(String), balance: 9, threshold: 10 });
    expect((await node.gql(acquire, {}, u.auth)).data?.acquireProxy.creditsRemaining).toBe(8);
    // A marker delivered (awaited) after the second acquire: a delivery started by that acquire would have been sent before it.
    await notify(deps, "credits.low", { marker: true });
    expect(receiver.got.filter((g) => g.event === "credits.low").map((g) => g.data.balance ?? "marker")).toEqual([9, "marker"]);
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
