// The validation pipeline against real peers on loopback: proxy-chain HTTP/CONNECT proxies
// (one adding X-Forwarded-For, one adding Via, one clean), simple-socks SOCKS5, a small
// SOCKS4 server, a proxy that accepts TCP and never answers, and a closed port. Each proxy
// sends its outbound traffic from its own 127.0.0.x, so exit IPs differ from the checker's
// 127.0.0.1. The judge is the node's own /judge.
import net from "node:net";
import { Server as ProxyChainServer } from "proxy-chain";
import { createServer as createSocksServer } from "simple-socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProxyProtocol } from "../src/generated/prisma/client.js";
import { countryOf, createValidator, ProxyBusyError, type Validator } from "../src/domains/proxies/validator.service.js";
import { startNode, useNode } from "./helpers.js";
import { closerFor, listen } from "./peers.js";

const TIMEOUT_MS = 1500;
const closers: (() => Promise<void>)[] = [];
const ports: Record<string, number> = {};
const { node } = useNode({ env: { VALIDATOR_TIMEOUT_MS: String(TIMEOUT_MS), VALIDATOR_CONCURRENCY: "4" } });
let validator: Validator;


const closable = (server: net.Server) => void closers.push(closerFor(server));

async function proxyChain(localAddress: string, header?: [string, string]): Promise<number> {
  const server = new ProxyChainServer({
    port: 0,
    host: "127.0.0.1",
    verbose: false,
    prepareRequestFunction: ({ request }) => {
      // rawHeaders is what proxy-chain forwards: this is how a proxy adds its own headers.
      if (header) request.rawHeaders.push(header[0], header[1] === "$client" ? request.socket.remoteAddress! : header[1]);
      return { localAddress };
    },
  });
  await server.listen();
  closers.push(() => server.close(true));
  return server.port;
}

/** SOCKS4 (no npm server exists): request, connect from localAddress, grant, pipe. */
async function socks4(localAddress: string): Promise<number> {
  const server = net.createServer((client) => {
    client.once("data", (buf) => {
      if (buf[0] !== 4 || buf[1] !== 1) return client.destroy();
      const port = buf.readUInt16BE(2);
      const host = `${buf[4]}.${buf[5]}.${buf[6]}.${buf[7]}`;
      const upstream = net.connect({ host, port, localAddress }, () => {
        client.write(Buffer.from([0, 0x5a, 0, 0, 0, 0, 0, 0]));
        client.pipe(upstream).pipe(client);
      });
      upstream.on("error", () => client.end(Buffer.from([0, 0x5b, 0, 0, 0, 0, 0, 0])));
      client.on("error", () => upstream.destroy());
    });
  });
  closable(server);
  return listen(server);
}

beforeAll(async () => {
  validator = createValidator({
    prisma: node.app.db.prisma,
    guard: node.app.outbound,
    config: node.app.config,
    log: node.app.log,
    ownJudgeUrl: () => `${node.url}/judge`,
  });
  ports.transparent = await proxyChain("127.0.0.2", ["X-Forwarded-For", "$client"]);
  ports.anonymous = await proxyChain("127.0.0.3", ["Via", "1.1 test-proxy"]);
  ports.elite = await proxyChain("127.0.0.4");
  // Answers every request itself with a plausible echo: must not pass as a working proxy.
  const liar = new ProxyChainServer({
    port: 0,
    host: "127.0.0.1",
    prepareRequestFunction: () => ({
      customResponseFunction: () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: '{"ip":"198.51.100.9","headers":{}}' }),
    }),
  });
  await liar.listen();
  closers.push(() => liar.close(true));
  ports.liar = liar.port;

  const socks5 = createSocksServer({
    connectionOptions: (_dest, _origin, defaults, callback) => callback(null, { ...defaults, localAddress: "127.0.0.5" } as never),
  });
  closable(socks5);
  ports.socks5 = await listen(socks5);
  ports.socks4 = await socks4("127.0.0.6");

  const silent = net.createServer(() => undefined); // accepts, reads nothing, answers nothing
  closable(silent);
  ports.silent = await listen(silent);

  const gone = net.createServer();
  ports.closed = await listen(gone);
  await new Promise<void>((resolve) => gone.close(() => resolve()));
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

async function insertProxy(port: number, protocol: ProxyProtocol, ip = "127.0.0.1") {
  return node.app.db.prisma.proxy.create({ data: { ip, port, protocol } });
}

describe("/judge", () => {
  it("echoes the caller's address and headers", async () => {
    const res = await node.http("GET", "/judge", { headers: { "x-probe": "42" } });
    expect(res.status).toBe(200);
    expect(res.body.ip).toBe("127.0.0.1");
    expect(res.body.headers["x-probe"]).toBe("42");
  });
});

describe("validation pipeline", () => {
  const cases: { name: string; protocol: ProxyProtocol; anonymity: string; exitIp: string }[] = [
    { name: "transparent", protocol: "HTTP", anonymity: "TRANSPARENT", exitIp: "127.0.0.2" },
    { name: "anonymous", protocol: "HTTP", anonymity: "ANONYMOUS", exitIp: "127.0.0.3" },
    { name: "elite", protocol: "HTTP", anonymity: "ELITE", exitIp: "127.0.0.4" },
    { name: "elite", protocol: "HTTPS", anonymity: "ELITE", exitIp: "127.0.0.4" }, // CONNECT tunnel
    { name: "socks5", protocol: "SOCKS5", anonymity: "ELITE", exitIp: "127.0.0.5" },
    { name: "socks4", protocol: "SOCKS4", anonymity: "ELITE", exitIp: "127.0.0.6" },
  ];
  for (const c of cases) {
    it(`derives ${c.anonymity} and the exit IP for the ${c.name} ${c.protocol} proxy`, async () => {
      const proxy = await insertProxy(ports[c.name], c.protocol);
      const result = await validator.validateProxy(proxy.id);
      expect(result.checks.map((k) => [k.checkerName, k.stage, k.passed])).toEqual([
        ["tcp_connect", 1, true],
        ["http_anonymity", 2, true],
      ]);
      const row = await node.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
      expect(row).toMatchObject({
        status: "ACTIVE",
        anonymity: c.anonymity,
        exitIp: c.exitIp,
        country: null, // private address: no country, and that does not fail the proxy
        consecutiveFailures: 0,
        checksTotal: 1,
        checksPassed: 1,
        uptimePct: 100,
        claimedUntil: null,
      });
      expect(row.score).toBeGreaterThan(0.5);
      expect(row.avgLatencyMs).toBeGreaterThanOrEqual(0);
      expect(row.lastSuccessAt).not.toBeNull();
      // Active proxies come back in 10 minutes (plus up to 10 % spread).
      const delay = row.nextCheckAt.getTime() - row.lastCheckedAt!.getTime();
      expect(delay).toBeGreaterThanOrEqual(10 * 60_000);
      expect(delay).toBeLessThanOrEqual(11 * 60_000);
      const stored = await node.app.db.prisma.proxyCheck.findMany({ where: { proxyId: proxy.id } });
      expect(stored).toHaveLength(2);
    });
  }

  it("stops at stage 1 for a closed port", async () => {
    const proxy = await insertProxy(ports.closed, "HTTP");
    const result = await validator.validateProxy(proxy.id);
    expect(result.passed).toBe(false);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]).toMatchObject({ checkerName: "tcp_connect", stage: 1, passed: false, latencyMs: null });
    expect(result.checks[0].detail).toMatch(/ECONNREFUSED/);
    const row = await node.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
    expect(row).toMatchObject({ status: "DEAD", anonymity: null, exitIp: null, consecutiveFailures: 1, checksTotal: 1, checksPassed: 0, uptimePct: 0, score: 0 });
    expect(row.nextCheckAt.getTime() - row.lastCheckedAt!.getTime()).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it("times out stage 2 on a proxy that accepts and never answers", async () => {
    const proxy = await insertProxy(ports.silent, "HTTP");
    const result = await validator.validateProxy(proxy.id);
    expect(result.checks.map((k) => [k.checkerName, k.passed])).toEqual([
      ["tcp_connect", true],
      ["http_anonymity", false],
    ]);
    expect(result.checks[1].detail).toMatch(/timed out|timeout/i);
    const row = await node.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
    expect(row.status).toBe("DEAD");
  });

  it("fails a proxy that answers in the judge's place", async () => {
    const proxy = await insertProxy(ports.liar, "HTTP");
    const result = await validator.validateProxy(proxy.id);
    expect(result.checks.map((k) => k.passed)).toEqual([true, false]);
    expect(result.checks[1].detail).toMatch(/nonce/);
    expect((await node.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } })).exitIp).toBeNull();
  });

  it("looks countries up offline and never fails on private addresses", () => {
    expect(countryOf("8.8.8.8")).toBe("US");
    expect(countryOf("127.0.0.2")).toBeNull();
    expect(countryOf("not an ip")).toBeNull();
  });

  it("refuses a proxy address the outbound guard blocks, without connecting", async () => {
    const proxy = await insertProxy(80, "HTTP", "169.254.169.254");
    const result = await validator.validateProxy(proxy.id);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0].detail).toMatch(/outbound guard/);
  });

  it("backs off a dead proxy and keeps the last known exit IP on failure", async () => {
    const prisma = node.app.db.prisma;
    // Through a CONNECT tunnel the X-Forwarded-For proxy cannot add headers: elite.
    const proxy = await insertProxy(ports.transparent, "HTTPS");
    await validator.validateProxy(proxy.id);
    // The proxy "moves": its row now points at the closed port.
    await prisma.proxy.update({ where: { id: proxy.id }, data: { port: ports.closed } });
    for (let i = 1; i <= 3; i++) await validator.validateProxy(proxy.id);
    const row = await prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
    expect(row).toMatchObject({ status: "DEAD", consecutiveFailures: 3, exitIp: "127.0.0.2", anonymity: "ELITE", checksTotal: 4, checksPassed: 1, uptimePct: 25 });
    // third failure in a row: 10 min doubled twice
    expect(row.nextCheckAt.getTime() - row.lastCheckedAt!.getTime()).toBeGreaterThanOrEqual(40 * 60_000);
  });

  it("does not check a proxy another validator holds, nor one that does not exist", async () => {
    const proxy = await node.app.db.prisma.proxy.create({
      data: { ip: "127.0.0.1", port: ports.elite, protocol: "SOCKS5", claimedUntil: new Date(Date.now() + 60_000) },
    });
    await expect(validator.validateProxy(proxy.id)).rejects.toBeInstanceOf(ProxyBusyError);
    await expect(validator.validateProxy("00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(ProxyBusyError);
    expect(await node.app.db.prisma.proxyCheck.count({ where: { proxyId: proxy.id } })).toBe(0);
  });
});

describe("claims", () => {
  it("two validator runs at once check every due proxy exactly once", async () => {
    const prisma = node.app.db.prisma;
    // Only these proxies are due: everything earlier was scheduled minutes ahead.
    await prisma.proxy.updateMany({ data: { nextCheckAt: new Date(Date.now() + 3_600_000) } });
    // Nothing listens on these addresses (the peers bind 127.0.0.1): one refused check each.
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const p = await prisma.proxy.create({ data: { ip: `127.0.${1 + (i % 3)}.${10 + i}`, port: ports.elite, protocol: "HTTP" } });
      ids.push(p.id);
    }
    const other = createValidator({ prisma, guard: node.app.outbound, config: node.app.config, log: node.app.log, ownJudgeUrl: () => `${node.url}/judge` });
    const [a, b] = await Promise.all([validator.validateDueProxies(), other.validateDueProxies()]);
    expect(a.checked + b.checked).toBe(ids.length);
    const rows = await prisma.proxy.findMany({ where: { id: { in: ids } } });
    for (const row of rows) expect(row).toMatchObject({ checksTotal: 1, claimedUntil: null });
    const perProxy = await prisma.proxyCheck.groupBy({ by: ["proxyId"], where: { proxyId: { in: ids } }, _count: true });
    expect(perProxy.map((g) => g._count)).toEqual(ids.map(() => 1));
    // nothing is due any more
    expect(await validator.validateDueProxies()).toMatchObject({ checked: 0 });
  });
});

describe("background validator", () => {
  it("checks a newly discovered proxy within seconds on a node that runs the loop", async () => {
    const live = await startNode({ env: { VALIDATOR_ENABLED: "true", VALIDATOR_POLL_MS: "60000", VALIDATOR_TIMEOUT_MS: String(TIMEOUT_MS) } });
    try {
      const proxy = await live.app.db.prisma.proxy.create({ data: { ip: "127.0.0.1", port: ports.anonymous, protocol: "HTTP" } });
      // The long poll interval means only the discovery event can wake the loop in time.
      await live.app.pubsub.publish("proxies:discovered", { sourceId: "00000000-0000-4000-8000-000000000000", count: 1 });
      let row = await live.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
      for (let i = 0; i < 100 && row.status === "UNCHECKED"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        row = await live.app.db.prisma.proxy.findUniqueOrThrow({ where: { id: proxy.id } });
      }
      expect(row).toMatchObject({ status: "ACTIVE", anonymity: "ANONYMOUS", exitIp: "127.0.0.3" });
    } finally {
      await live.close();
    }
  });
});
