// testProxies over HTTP against real peers on loopback: proxy-chain (plain HTTP and CONNECT),
// simple-socks SOCKS5, a closed port, a leased and a dead proxy (never picked), and a small
// target server that records which address each request came from (each proxy sends from
// its own 127.0.0.x, so a hit proves the request went through that proxy).
import http from "node:http";
import net from "node:net";
import { Server as ProxyChainServer } from "proxy-chain";
import { createServer as createSocksServer } from "simple-socks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { TestProxiesInput } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, useNode } from "./helpers.js";
import { closerFor, listen } from "./peers.js";

const TEST = graphql(`mutation UrlTestTestProxies($input: TestProxiesInput!) { testProxies(input: $input) { __typename
  ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`);
const CREDITS = graphql(`query UrlTestCredits { me { credits } }`);

const closers: (() => Promise<void>)[] = [];
const seen: string[] = [];
const { node } = useNode();
let target: string;
const ids: Record<string, string> = {};


const closable = (server: net.Server) => void closers.push(closerFor(server));

async function proxyChain(localAddress: string): Promise<number> {
  const server = new ProxyChainServer({ port: 0, host: "127.0.0.1", verbose: false, prepareRequestFunction: () => ({ localAddress }) });
  await server.listen();
  closers.push(() => server.close(true));
  return server.port;
}

beforeAll(async () => {
  const targetServer = http.createServer((req, res) => {
    seen.push(req.socket.remoteAddress ?? "");
    res.statusCode = req.url === "/missing" ? 404 : 200;
    res.end("ok");
  });
  closable(targetServer);
  target = `http://127.0.0.1:${await listen(targetServer)}`;

  const socks5 = createSocksServer({
    connectionOptions: (_d, _o, defaults, callback) => callback(null, { ...defaults, localAddress: "127.0.0.13" } as never),
  });
  closable(socks5);
  const gone = net.createServer();
  const closedPort = await listen(gone);
  await new Promise<void>((resolve) => gone.close(() => resolve()));

  const p = node.app.db.prisma.proxy;
  const now = new Date();
  const make = async (name: string, data: Parameters<typeof p.create>[0]["data"]) => (ids[name] = (await p.create({ data })).id);
  await make("http", { ip: "127.0.0.1", port: await proxyChain("127.0.0.11"), protocol: "HTTP", status: "ACTIVE", country: "US", score: 0.9, lastCheckedAt: now });
  await make("https", { ip: "127.0.0.1", port: await proxyChain("127.0.0.12"), protocol: "HTTPS", status: "ACTIVE", country: "DE", score: 0.8, lastCheckedAt: now });
  await make("socks5", { ip: "127.0.0.1", port: await listen(socks5), protocol: "SOCKS5", status: "ACTIVE", country: "US", score: 0.7, lastCheckedAt: now });
  await make("closed", { ip: "127.0.0.1", port: closedPort, protocol: "HTTP", status: "ACTIVE", country: "FR", score: 0.6, lastCheckedAt: now });
  // Never picked: leased now, or not active.
  await make("leased", { ip: "127.0.0.1", port: 1, protocol: "HTTP", status: "ACTIVE", country: "US", score: 1, leasedUntil: new Date(Date.now() + 3_600_000) });
  await make("dead", { ip: "127.0.0.1", port: 2, protocol: "HTTP", status: "DEAD", country: "US", score: 1 });
  // An expired lease does not hold the proxy any more.
  await make("expired", { ip: "127.0.0.1", port: closedPort, protocol: "SOCKS4", status: "ACTIVE", country: "NL", score: 0.5, leasedUntil: new Date(Date.now() - 60_000) });
});

afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const raw = (gid: string) => Buffer.from(gid, "base64").toString().split(":")[1];

describe("testProxies", () => {
  it("requires authentication", async () => {
    const res = await node.gql(TEST, { input: { url: target } });
    expect(res.data?.testProxies ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("GETs the URL through every good proxy at once, free of charge", async () => {
    const u = await registerUser(node);
    const before = (await node.gql(CREDITS, {}, u.auth)).data?.me.credits;
    seen.length = 0;
    const res = await node.gql(TEST, { input: { url: `${target}/`, count: 50, timeoutSeconds: 5 } }, u.auth);
    expect(res.errors).toBeUndefined();
    const report = ofType(res.data?.testProxies, "UrlTestReport");
    const byId = Object.fromEntries(report.results.map((r) => [raw(r.proxyId), r]));
    expect(Object.keys(byId).sort()).toEqual([ids.http, ids.https, ids.socks5, ids.closed, ids.expired].sort());
    for (const name of ["http", "https", "socks5"]) {
      expect(byId[ids[name]], name).toMatchObject({ reachable: true, statusCode: 200, error: null, ip: "127.0.0.1" });
      expect(byId[ids[name]].latencyMs).toBeGreaterThanOrEqual(0);
    }
    for (const name of ["closed", "expired"]) {
      expect(byId[ids[name]], name).toMatchObject({ reachable: false, statusCode: null, latencyMs: null });
      expect(byId[ids[name]].error).toBeTruthy();
    }
    expect(report.successRate).toBeCloseTo(3 / 5);
    // Each hit came from its proxy's own address: the requests really went through them.
    expect(seen.sort()).toEqual(["127.0.0.11", "127.0.0.12", "127.0.0.13"]);
    expect((await node.gql(CREDITS, {}, u.auth)).data?.me.credits).toBe(before);
  });

  it("applies filters, count and best-score order, and reports the target's status", async () => {
    const u = await registerUser(node);
    const test = async (input: TestProxiesInput) => ofType((await node.gql(TEST, { input }, u.auth)).data?.testProxies, "UrlTestReport");
    const one = await test({ url: `${target}/missing`, count: 1 });
    expect(one.results).toHaveLength(1);
    expect(raw(one.results[0].proxyId)).toBe(ids.http);
    expect(one.results[0]).toMatchObject({ reachable: true, statusCode: 404 });
    expect(one.successRate).toBe(1);

    const socks = await test({ url: target, protocol: "SOCKS5", country: "us" });
    expect(socks.results.map((r) => raw(r.proxyId))).toEqual([ids.socks5]);
    const best = await test({ url: target, minScore: 0.75 });
    expect(best.results.map((r) => raw(r.proxyId))).toEqual([ids.http, ids.https]);
    const none = await test({ url: target, country: "JP" });
    expect(none).toMatchObject({ results: [], successRate: 0 });
  });

  it("rejects bad input and URLs the outbound guard refuses", async () => {
    const u = await registerUser(node);
    seen.length = 0;
    const inputs: TestProxiesInput[] = [
      { url: "not a url" },
      { url: "ftp://127.0.0.1/x" },
      { url: "http://169.254.169.254/latest/meta-data/" },
      { url: "http://10.1.2.3/" },
      { url: target, count: 0 },
      { url: target, count: 51 },
      { url: target, timeoutSeconds: 61 },
      { url: target, minScore: 1.5 },
      { url: target, country: "USA" },
    ];
    for (const input of inputs) {
      const res = await node.gql(TEST, { input }, u.auth);
      expect(res.data?.testProxies.__typename, JSON.stringify(input)).toBe("ValidationError");
    }
    expect(seen).toEqual([]);
  });
});
