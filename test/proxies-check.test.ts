// checkProxies: an admin re-validates chosen proxies now. A proxy marked DEAD with its next
// check a day away comes back ACTIVE at once once it works; a broken one is checked and
// stays DEAD; unknown ids, non-admins and anonymous callers are refused; a proxy another
// validator holds is reported as not checked.
import net from "node:net";
import { Server as ProxyChainServer } from "proxy-chain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { ofType, registerUser, useNode } from "./helpers.js";
import { listen } from "./peers.js";

const CHECK = graphql(`mutation CheckProxiesTest($input: CheckProxiesInput!) { checkProxies(input: $input) { __typename
  ... on CheckProxiesPayload { results { proxyId checked passed status score error proxy { status lastCheckedAt } } }
  ... on Error { code message } } }`);

const gid = (id: string) => Buffer.from(`Proxy:${id}`).toString("base64");
const DAY = 86_400_000;

describe("checkProxies", () => {
  // The loop is off: only checkProxies checks anything here.
  const { node, admin } = useNode({ env: { VALIDATOR_ENABLED: "false", SCHEDULER_ENABLED: "false", VALIDATOR_TIMEOUT_MS: "1500" }, admin: true });
  let working: ProxyChainServer;
  let closedPort: number;

  beforeAll(async () => {
    working = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false, prepareRequestFunction: () => ({ localAddress: "127.0.0.4" }) });
    await working.listen();
    const gone = net.createServer();
    closedPort = await listen(gone);
    await new Promise<void>((resolve) => gone.close(() => resolve()));
  });
  afterAll(() => working?.close(true));
  // Proxies are unique by address, and every test points one at the same working proxy.
  afterEach(async () => void (await node.app.db.prisma.proxy.deleteMany({})));

  const deadProxy = (port: number, extra: { claimedUntil?: Date } = {}) =>
    node.app.db.prisma.proxy.create({
      data: { ip: "127.0.0.1", port, protocol: "HTTP", status: "DEAD", score: 0, consecutiveFailures: 5, nextCheckAt: new Date(Date.now() + DAY), ...extra },
    });

  it("re-validates the chosen proxies now and returns their new status and score", async () => {
    const fixed = await deadProxy(working.port);
    const broken = await deadProxy(closedPort);
    const res = await node.gql(CHECK, { input: { ids: [gid(fixed.id), gid(broken.id)] } }, admin);
    const { results } = ofType(res.data?.checkProxies, "CheckProxiesPayload");
    expect(results).toHaveLength(2);
    const [a, b] = results;
    expect(a).toMatchObject({ proxyId: gid(fixed.id), checked: true, passed: true, status: "ACTIVE", error: null, proxy: { status: "ACTIVE" } });
    expect(a.score).toBeGreaterThan(0.5);
    expect(b).toMatchObject({ proxyId: gid(broken.id), checked: true, passed: false, status: "DEAD", error: null });
    const rows = await node.app.db.prisma.proxy.findMany({ where: { id: { in: [fixed.id, broken.id] } } });
    for (const row of rows) expect(row.lastCheckedAt).not.toBeNull();
    expect(await node.app.db.prisma.proxyCheck.count({ where: { proxyId: fixed.id } })).toBe(2);
  });

  it("accepts raw UUIDs and reports a proxy another validator holds as not checked", async () => {
    const held = await deadProxy(working.port, { claimedUntil: new Date(Date.now() + DAY) });
    const res = await node.gql(CHECK, { input: { ids: [held.id] } }, admin);
    const [r] = ofType(res.data?.checkProxies, "CheckProxiesPayload").results;
    expect(r).toMatchObject({ checked: false, passed: null, status: "DEAD", score: 0 });
    expect(r.error).toMatch(/another validator/);
    expect(await node.app.db.prisma.proxyCheck.count({ where: { proxyId: held.id } })).toBe(0);
  });

  it("refuses unknown ids, checking nothing", async () => {
    const known = await deadProxy(working.port);
    const missing = "00000000-0000-4000-8000-000000000000";
    const res = await node.gql(CHECK, { input: { ids: [gid(known.id), gid(missing)] } }, admin);
    expect(res.data?.checkProxies).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect(await node.app.db.prisma.proxyCheck.count({ where: { proxyId: known.id } })).toBe(0);
    const none = await node.gql(CHECK, { input: { ids: [] } }, admin);
    expect(none.data?.checkProxies).toMatchObject({ __typename: "ValidationError" });
    const bad = await node.gql(CHECK, { input: { ids: ["not-an-id"] } }, admin);
    expect(bad.data?.checkProxies).toMatchObject({ __typename: "ValidationError" });
  });

  it("is for admins only", async () => {
    const p = await deadProxy(working.port);
    const user = await registerUser(node);
    const asUser = await node.gql(CHECK, { input: { ids: [gid(p.id)] } }, user.auth);
    expect(asUser.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await node.gql(CHECK, { input: { ids: [gid(p.id)] } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await node.app.db.prisma.proxyCheck.count({ where: { proxyId: p.id } })).toBe(0);
  });
});
