// Only loopback traffic is sent here; DNS is either "localhost" (hosts file) or a stubbed resolver.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { Agent, request } from "undici";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  BLOCKED_RANGES,
  createOutboundGuard,
  OutboundBlockedError,
  parseAllowList,
  type OutboundGuard,
  type OutboundGuardOptions,
} from "./outbound.js";

const guards: OutboundGuard[] = [];
function guard(options: OutboundGuardOptions): OutboundGuard {
  const g = createOutboundGuard(options);
  guards.push(g);
  return g;
}
afterEach(async () => {
  await Promise.all(guards.splice(0).map((g) => g.close()));
});

/** A stub resolver that fails the test if it is ever asked for a name it does not know. */
function fakeDns(table: Record<string, string[]>) {
  return async (host: string) => {
    const addrs = table[host];
    if (!addrs) throw new Error(`unexpected DNS lookup of ${host}`);
    return addrs.map((address) => ({ address, family: net.isIP(address) }));
  };
}

interface TestServer {
  server: http.Server;
  port: number;
  hits: http.IncomingMessage[];
  connections: number;
}

async function startServer(host: string, handler: http.RequestListener): Promise<TestServer> {
  const t: TestServer = { server: http.createServer(), port: 0, hits: [], connections: 0 };
  t.server.on("request", (req, res) => {
    t.hits.push(req);
    handler(req, res);
  });
  t.server.on("connection", () => t.connections++);
  await new Promise<void>((resolve) => t.server.listen(0, host, resolve));
  t.port = (t.server.address() as AddressInfo).port;
  return t;
}

function redirect(res: http.ServerResponse, location: string, status = 302) {
  res.writeHead(status, { location }).end();
}

describe("parseAllowList", () => {
  it("splits, trims and drops empties", () => {
    expect(parseAllowList(" 127.0.0.0/8, ::1/128,,127.0.0.1 , localhost,*.internal.example, Example.COM. ,")).toEqual([
      "127.0.0.0/8",
      "::1/128",
      "127.0.0.1",
      "localhost",
      "*.internal.example",
      "example.com",
    ]);
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList("")).toEqual([]);
    expect(parseAllowList(" , ")).toEqual([]);
  });

  it.each(["10.0.0.0/33", "10.0.0.0/x", "::1/129", "1.2.3", "0x7f.1", "not a host", "http://x.example", "-bad.example", "*.", "a/8"])(
    "rejects %s and names it",
    (bad) => {
      expect(() => parseAllowList(`127.0.0.1,${bad}`)).toThrow(`"${bad}"`);
    },
  );

  it("createOutboundGuard refuses a bad allow list", () => {
    expect(() => createOutboundGuard({ allow: ["127.0.0.1", "bad entry"] })).toThrow(/OUTBOUND_ALLOW.*"bad entry"/);
  });
});

describe("isAddressAllowed (decision only, no traffic)", () => {
  const g = createOutboundGuard({ allow: [] });
  afterAll(() => g.close());

  it.each([
    ["0.0.0.0", "unspecified"],
    ["10.1.2.3", "private 10/8"],
    ["100.64.0.1", "CGNAT"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.169.254", "cloud metadata"],
    ["169.254.1.1", "link-local"],
    ["172.16.0.1", "private 172.16/12"],
    ["172.31.255.255", "private 172.16/12"],
    ["192.0.0.8", "IETF protocol assignments"],
    ["192.0.2.1", "documentation"],
    ["192.168.1.1", "private 192.168/16"],
    ["198.18.0.1", "benchmarking"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
    ["::", "unspecified v6"],
    ["::1", "loopback v6"],
    ["[::1]", "bracketed loopback v6"],
    ["fc00::1", "unique local"],
    ["fd00:ec2::254", "AWS metadata v6"],
    ["fe80::1", "link-local v6"],
    ["fe80::1%eth0", "link-local v6 with zone"],
    ["ff02::1", "multicast v6"],
    ["64:ff9b::a00:1", "NAT64"],
    ["2001:db8::1", "documentation v6"],
    ["100::1", "discard"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex form"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::7f00:1", "IPv4-compatible loopback, hex form"],
    ["::8.8.8.8", "IPv4-compatible (deprecated, not the same as 8.8.8.8)"],
    ["::ffff:8.8.8.8", "IPv4-mapped, even of a public address"],
    ["::ffff:0:0", "IPv4-mapped 0.0.0.0"],
    ["64:ff9b::808:808", "NAT64 of a public address"],
    ["64:ff9b:1::a00:1", "local-use NAT64"],
    ["2002:7f00:1::", "6to4 of 127.0.0.1"],
    ["2002:a9fe:a9fe::1", "6to4 of 169.254.169.254"],
    ["2002:808:808::1", "6to4 of a public address"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
    ["2001::1", "Teredo prefix"],
  ])("blocks %s (%s)", (address) => {
    expect(g.isAddressAllowed(address)).toBe(false);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2001:4860:4860::8888", "2003::1", "64:ff9c::1"])(
    "permits public %s",
    (address) => {
      expect(g.isAddressAllowed(address)).toBe(true);
    },
  );

  it("refuses things that are not IP literals", () => {
    for (const a of ["localhost", "2130706433", "0x7f.1", "127.1", ""]) expect(g.isAddressAllowed(a)).toBe(false);
  });

  it("every blocked range is a valid CIDR", () => {
    expect(BLOCKED_RANGES.length).toBeGreaterThan(20);
    expect(() => createOutboundGuard({ allow: BLOCKED_RANGES.map((r) => r.cidr) }).close()).not.toThrow();
  });

  it("the allow list re-opens exactly the listed ranges", () => {
    const a = guard({ allow: ["127.0.0.0/8", "::1", "10.9.0.0/16"] });
    expect(a.isAddressAllowed("127.0.0.2")).toBe(true);
    expect(a.isAddressAllowed("::ffff:127.0.0.1")).toBe(true); // mapped form follows the IPv4 entry
    expect(a.isAddressAllowed("::1")).toBe(true);
    expect(a.isAddressAllowed("10.9.255.1")).toBe(true);
    expect(a.isAddressAllowed("10.8.0.1")).toBe(false);
    expect(a.isAddressAllowed("169.254.169.254")).toBe(false);
    expect(a.isAddressAllowed("fe80::1")).toBe(false);
  });

  it("re-opens IPv4-embedding IPv6 prefixes only when OUTBOUND_ALLOW names them", () => {
    const embedded = ["::ffff:8.8.8.8", "64:ff9b::a00:1", "2002:7f00:1::", "2001:0:4136:e378:8000:63bf:3fff:fdd2"];
    // Allowing the IPv4 address they embed is not enough (except for the mapped form, which the kernel connects to directly).
    const byV4 = guard({ allow: ["10.0.0.0/8", "127.0.0.0/8"] });
    expect(embedded.map((a) => byV4.isAddressAllowed(a))).toEqual([false, false, false, false]);
    expect(byV4.isAddressAllowed("::ffff:10.1.2.3")).toBe(true);
    const byV6 = guard({ allow: ["::ffff:0:0/96", "64:ff9b::/96", "2002::/16", "2001::/32"] });
    expect(embedded.map((a) => byV6.isAddressAllowed(a))).toEqual([true, true, true, true]);
    expect(byV6.isAddressAllowed("127.0.0.1")).toBe(false);
    expect(byV6.isAddressAllowed("64:ff9b:1::1")).toBe(false);
  });
});

describe("refusal messages", () => {
  it("name the destination and OUTBOUND_ALLOW for a refused literal", async () => {
    const err = await guard({ allow: [] }).resolve("[2002:7f00:1::]").catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.message).toBe(
      "destination [2002:7f00:1::] is not allowed (6to4 address); an administrator can permit it by adding it to OUTBOUND_ALLOW",
    );
  });

  it("never reveal what an internal host name resolved to", async () => {
    const g = guard({
      allow: [],
      dnsLookup: fakeDns({ "db.corp.example": ["10.20.30.40"], "six.corp.example": ["2002:a14:1e28::1"], "metadata.google.internal": [] }),
    });
    for (const [host, address] of [
      ["db.corp.example", "10.20.30.40"],
      ["six.corp.example", "2002:a14:1e28::1"],
    ]) {
      const err = await g.resolve(host).catch((e) => e);
      expect(err).toBeInstanceOf(OutboundBlockedError);
      expect(err.address).toBe(address); // kept for logs
      expect(err.message).toBe(
        `destination ${host} is not allowed (it resolves to a non-public address); an administrator can permit it by adding it to OUTBOUND_ALLOW`,
      );
      expect(err.message).not.toMatch(/10\.20|2002|private|6to4/);
    }
    const lookupErr = await new Promise((r) => g.lookup("db.corp.example", {}, r));
    expect((lookupErr as Error).message).not.toContain("10.20.30.40");
  });

  it("do not suggest OUTBOUND_ALLOW where it would not help", async () => {
    const g = guard({ allow: ["127.0.0.0/8"], dnsLookup: async () => [] });
    await expect(g.resolve("empty.example")).rejects.toThrow(/^destination empty\.example is not allowed \(host name did not resolve\)$/);
    await expect(g.fetch("file:///etc/passwd")).rejects.toThrow(/^destination file:\/\/ is not allowed \(unsupported URL scheme "file:", only http and https\)$/);
  });
});

describe("resolve", () => {
  it("refuses a blocked literal with a typed error", async () => {
    const err = await guard({ allow: [] }).resolve("169.254.169.254").catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err).toMatchObject({ code: "OUTBOUND_BLOCKED", host: "169.254.169.254", address: "169.254.169.254" });
  });

  it("returns literal public addresses without DNS", async () => {
    const g = guard({ allow: [], dnsLookup: fakeDns({}) });
    await expect(g.resolve("8.8.8.8")).resolves.toEqual([{ address: "8.8.8.8", family: 4 }]);
    await expect(g.resolve("[2606:4700::1111]")).resolves.toEqual([{ address: "2606:4700::1111", family: 6 }]);
  });

  it("refuses metadata host names before any DNS lookup", async () => {
    const g = guard({ allow: [], dnsLookup: fakeDns({}) });
    for (const h of ["metadata.google.internal", "METADATA.google.internal.", "metadata"]) {
      await expect(g.resolve(h)).rejects.toThrow(/cloud metadata host name/);
    }
  });

  it("refuses the whole host when any resolved address is blocked (DNS rebinding)", async () => {
    const g = guard({ allow: [], dnsLookup: fakeDns({ "mixed.example": ["8.8.8.8", "10.0.0.1"] }) });
    const err = await g.resolve("mixed.example").catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.address).toBe("10.0.0.1");
  });

  it("returns all addresses of a public name", async () => {
    const g = guard({ allow: [], dnsLookup: fakeDns({ "pub.example": ["8.8.8.8", "2001:4860:4860::8888"] }) });
    await expect(g.resolve("pub.example")).resolves.toEqual([
      { address: "8.8.8.8", family: 4 },
      { address: "2001:4860:4860::8888", family: 6 },
    ]);
  });

  it("permits allow-listed names (and wildcards) whatever they resolve to", async () => {
    const g = guard({
      allow: ["*.internal.example", "metadata"],
      dnsLookup: fakeDns({ "db.internal.example": ["10.0.0.5"], "internal.example": ["10.0.0.6"], metadata: ["169.254.169.254"] }),
    });
    await expect(g.resolve("db.internal.example")).resolves.toEqual([{ address: "10.0.0.5", family: 4 }]);
    await expect(g.resolve("metadata")).resolves.toEqual([{ address: "169.254.169.254", family: 4 }]);
    // the wildcard does not cover the bare parent domain
    await expect(g.resolve("internal.example")).rejects.toBeInstanceOf(OutboundBlockedError);
  });

  it("refuses a name that resolves to nothing", async () => {
    const g = guard({ allow: [], dnsLookup: async () => [] });
    await expect(g.resolve("empty.example")).rejects.toThrow(/did not resolve/);
  });
});

describe("lookup (connect-time hook)", () => {
  const call = (g: OutboundGuard, host: string, opts: unknown) =>
    new Promise<unknown[]>((resolve) => g.lookup(host, opts, (...args: unknown[]) => resolve(args)));

  it("reports a blocked address as an error", async () => {
    const g = guard({ allow: [], dnsLookup: fakeDns({ "lo.example": ["127.0.0.1"] }) });
    const [err] = await call(g, "lo.example", {});
    expect(err).toBeInstanceOf(OutboundBlockedError);
  });

  it("answers in both the single and the all:true shapes, honouring family", async () => {
    const g = guard({ allow: ["127.0.0.0/8", "::1"], dnsLookup: fakeDns({ "lo.example": ["::1", "127.0.0.1"] }) });
    expect(await call(g, "lo.example", { family: 4 })).toEqual([null, "127.0.0.1", 4]);
    expect(await call(g, "lo.example", 6)).toEqual([null, "::1", 6]);
    expect(await call(g, "lo.example", { all: true })).toEqual([
      null,
      [
        { address: "::1", family: 6 },
        { address: "127.0.0.1", family: 4 },
      ],
    ]);
  });

  it("blocks at connect time inside a plain undici Agent (no pre-flight)", async () => {
    const srv = await startServer("127.0.0.1", (_req, res) => res.end("hi"));
    const g = guard({ allow: [] });
    const agent = new Agent({ connect: { lookup: g.lookup } });
    try {
      const err = await request(`http://localhost:${srv.port}/`, { dispatcher: agent }).catch((e) => e);
      expect(err).toBeInstanceOf(OutboundBlockedError);
      expect(srv.connections).toBe(0);
    } finally {
      await agent.close();
      srv.server.close();
    }
  });
});

describe("fetch", () => {
  let a: TestServer; // 127.0.0.1
  let b: TestServer; // 127.0.0.2: a different address inside 127/8
  const bUrl = () => `http://127.0.0.2:${b.port}/`;

  beforeAll(async () => {
    a = await startServer("127.0.0.1", (req, res) => {
      const url = new URL(req.url!, "http://x");
      const loop = /^\/loop\/(\d+)$/.exec(url.pathname);
      if (url.pathname === "/hello") res.end("hello from a");
      else if (url.pathname === "/to-b") redirect(res, bUrl());
      else if (url.pathname === "/to-file") redirect(res, "file:///etc/passwd");
      else if (url.pathname === "/see-other") redirect(res, "/echo", 303);
      else if (url.pathname === "/echo") res.end(`${req.method} ${req.headers["content-type"] ?? "-"}`);
      else if (loop) {
        const n = Number(loop[1]);
        if (n >= Number(url.searchParams.get("stop") ?? Infinity)) res.end(`done at ${n}`);
        else redirect(res, `/loop/${n + 1}${url.search}`);
      } else res.writeHead(404).end();
    });
    b = await startServer("127.0.0.2", (req, res) => res.end(`hello from b, auth=${req.headers.authorization ?? "none"}`));
  });
  afterAll(() => {
    a.server.close();
    b.server.close();
  });
  afterEach(() => {
    a.hits.length = 0;
    b.hits.length = 0;
  });

  it("refuses a loopback server without an allow list, before connecting", async () => {
    const before = a.connections;
    const err = await guard({ allow: [] })
      .fetch(`http://127.0.0.1:${a.port}/hello`)
      .catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.message).toMatch(/loopback/);
    expect(a.connections).toBe(before);
  });

  it("reaches it with allow 127.0.0.0/8", async () => {
    const res = await guard({ allow: ["127.0.0.0/8"] }).fetch(`http://127.0.0.1:${a.port}/hello`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("hello from a");
  });

  it("reaches it through an allow-listed host name", async () => {
    const res = await guard({ allow: ["localhost"] }).fetch(`http://localhost:${a.port}/hello`);
    expect(await res.text()).toBe("hello from a");
    await expect(guard({ allow: [] }).fetch(`http://localhost:${a.port}/hello`)).rejects.toBeInstanceOf(
      OutboundBlockedError,
    );
  });

  it("re-checks every redirect hop", async () => {
    const err = await guard({ allow: ["127.0.0.1/32"] })
      .fetch(`http://127.0.0.1:${a.port}/to-b`)
      .catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.address).toBe("127.0.0.2");
    expect(a.hits).toHaveLength(1); // the first hop was made...
    expect(b.hits).toHaveLength(0); // ...the redirect target never was
  });

  it("follows the same redirect when the target is allowed, dropping credentials across origins", async () => {
    const res = await guard({ allow: ["127.0.0.0/8"] }).fetch(`http://127.0.0.1:${a.port}/to-b`, {
      headers: { authorization: "Bearer secret" },
    });
    expect(await res.text()).toBe("hello from b, auth=none");
    expect(a.hits[0].headers.authorization).toBe("Bearer secret");
  });

  it("turns a 303 after POST into a body-less GET", async () => {
    const res = await guard({ allow: ["127.0.0.0/8"] }).fetch(`http://127.0.0.1:${a.port}/see-other`, {
      method: "POST",
      body: "x=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await res.text()).toBe("GET -");
  });

  it("enforces the redirect limit", async () => {
    const g = guard({ allow: ["127.0.0.0/8"] });
    await expect(g.fetch(`http://127.0.0.1:${a.port}/loop/0`, { maxRedirects: 2 })).rejects.toThrow(
      /too many redirects \(max 2\)/,
    );
    expect(a.hits.map((h) => h.url)).toEqual(["/loop/0", "/loop/1", "/loop/2"]);

    const ok = await g.fetch(`http://127.0.0.1:${a.port}/loop/0?stop=2`, { maxRedirects: 2 });
    expect(await ok.text()).toBe("done at 2");
    // default limit is 5
    await expect(g.fetch(`http://127.0.0.1:${a.port}/loop/0?stop=6`)).rejects.toThrow(/max 5/);
    expect(await (await g.fetch(`http://127.0.0.1:${a.port}/loop/0?stop=5`)).text()).toBe("done at 5");
  });

  it("returns the 3xx itself with redirect: manual", async () => {
    const res = await guard({ allow: ["127.0.0.1"] }).fetch(`http://127.0.0.1:${a.port}/to-b`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(bUrl());
  });

  it.each(["file:///etc/passwd", "ftp://127.0.0.1/", "data:text/plain,hi", "ws://127.0.0.1/"])(
    "refuses the non-http scheme %s",
    async (url) => {
      await expect(guard({ allow: ["127.0.0.0/8"] }).fetch(url)).rejects.toThrow(/unsupported URL scheme/);
    },
  );

  it("refuses a redirect to a non-http scheme", async () => {
    await expect(guard({ allow: ["127.0.0.0/8"] }).fetch(`http://127.0.0.1:${a.port}/to-file`)).rejects.toThrow(
      /unsupported URL scheme "file:"/,
    );
  });

  it("honours an abort signal", async () => {
    const err = await guard({ allow: ["127.0.0.0/8"] })
      .fetch(`http://127.0.0.1:${a.port}/hello`, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(err?.name).toBe("AbortError");
  });
});

describe("request (undici's request, no redirects)", () => {
  let a: TestServer;
  beforeAll(async () => {
    a = await startServer("127.0.0.1", (req, res) => {
      if (req.url === "/to-elsewhere") return redirect(res, "http://127.0.0.2/");
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => res.end(`${req.method} ${req.url} ${body}`));
    });
  });
  afterAll(() => a.server.close());

  it("refuses a loopback address without an allow list, before connecting", async () => {
    const before = a.connections;
    const err = await guard({ allow: [] })
      .request(`http://127.0.0.1:${a.port}/x`, { method: "GET" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.message).toMatch(/loopback/);
    expect(a.connections).toBe(before);
  });

  it("checks host names at connect time", async () => {
    const err = await guard({ allow: [], dnsLookup: fakeDns({ "upstream.example": ["127.0.0.1"] }) })
      .request(`http://upstream.example:${a.port}/x`, { method: "GET" })
      .catch((e) => e);
    expect(err).toBeInstanceOf(OutboundBlockedError);
    expect(err.address).toBe("127.0.0.1");
    const ok = await guard({ allow: ["upstream.example"], dnsLookup: fakeDns({ "upstream.example": ["127.0.0.1"] }) }).request(
      `http://upstream.example:${a.port}/x`,
      { method: "GET" },
    );
    expect(await ok.body.text()).toBe("GET /x ");
  });

  it("sends method, path, query and body; returns a redirect as it is", async () => {
    const g = guard({ allow: ["127.0.0.0/8"] });
    const res = await g.request(`http://127.0.0.1:${a.port}/echo?q=1`, { method: "POST", body: "hello", headers: { "content-type": "text/plain" } });
    expect(res.statusCode).toBe(200);
    expect(await res.body.text()).toBe("POST /echo?q=1 hello");
    const moved = await g.request(`http://127.0.0.1:${a.port}/to-elsewhere`, { method: "GET" });
    expect(moved.statusCode).toBe(302);
    await moved.body.dump();
  });

  it("decides a URL again once the allow list changes", async () => {
    const g = guard({ allow: [] });
    const url = `http://127.0.0.1:${a.port}/again`;
    await expect(g.request(url, { method: "GET" })).rejects.toBeInstanceOf(OutboundBlockedError);
    g.setAllow(["127.0.0.0/8"]);
    const ok = await g.request(url, { method: "GET" });
    expect(await ok.body.text()).toBe("GET /again ");
    g.setAllow([]);
    const before = a.connections;
    await expect(g.request(url, { method: "GET" })).rejects.toThrow(/loopback/);
    expect(a.connections).toBe(before);
  });

  it("refuses other schemes and the metadata host name", async () => {
    const g = guard({ allow: ["127.0.0.0/8"] });
    await expect(g.request("ftp://127.0.0.1/", { method: "GET" })).rejects.toThrow(/unsupported URL scheme/);
    await expect(g.request("http://metadata.google.internal/", { method: "GET" })).rejects.toBeInstanceOf(OutboundBlockedError);
  });
});

describe("connect", () => {
  let srv: net.Server;
  let port: number;
  let accepted = 0;
  beforeAll(async () => {
    srv = net.createServer((s) => {
      accepted++;
      s.end();
    });
    await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
    port = (srv.address() as AddressInfo).port;
  });
  afterAll(() => srv.close());

  it("refuses a blocked literal and a name resolving to one, without connecting", async () => {
    const g = guard({ allow: [] });
    const before = accepted;
    await expect(g.connect("127.0.0.1", port)).rejects.toBeInstanceOf(OutboundBlockedError);
    await expect(g.connect("localhost", port)).rejects.toBeInstanceOf(OutboundBlockedError);
    await new Promise((r) => setTimeout(r, 50));
    expect(accepted).toBe(before);
  });

  it("connects when allowed", async () => {
    for (const [allow, host] of [
      ["127.0.0.1/32", "127.0.0.1"],
      ["localhost", "localhost"],
    ]) {
      const socket = await guard({ allow: [allow] }).connect(host, port, { timeoutMs: 2000 });
      expect(socket.remoteAddress).toBe("127.0.0.1");
      expect(socket.remotePort).toBe(port);
      socket.destroy();
    }
  });

  it("passes socket errors through", async () => {
    // A port that was just free: bind, read the port, close, then connect to it.
    const tmp = net.createServer();
    await new Promise<void>((r) => tmp.listen(0, "127.0.0.1", r));
    const freePort = (tmp.address() as AddressInfo).port;
    await new Promise((r) => tmp.close(r));
    await expect(guard({ allow: ["127.0.0.1"] }).connect("127.0.0.1", freePort)).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });
  });
});
