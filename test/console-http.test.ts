// Serving the operations console: `/` and client routes answer index.html (no-cache), hashed
// assets are cached for a year with their content types, browsers navigating to unknown
// paths get the console while API clients and the legacy prefixes keep their JSON 404s, and
// GraphiQL stays at /graphql.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useNode } from "./helpers.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

// Before the node starts: it reads dist/console once, at start.
execFileSync(process.execPath, [path.join(ROOT, "scripts/build-console.mjs"), "--if-stale"], { stdio: "inherit" });

describe("the console at /", () => {
  const { node } = useNode();
  let asset: string;

  beforeAll(async () => {
    expect(existsSync(path.join(ROOT, "dist/console/index.html"))).toBe(true);
    const res = await node.http("GET", "/", { headers: HTML });
    asset = /src="(\/assets\/[^"]+\.js)"/.exec(res.text)![1];
  });

  it("/ is index.html, never cached without revalidation, with a content security policy", async () => {
    const res = await node.http("GET", "/", { headers: HTML });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.text).toContain('<div id="app">');
    // No CDN: every script and stylesheet is one of ours.
    for (const [, url] of res.text.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url.startsWith("/") || url.startsWith("data:"), url).toBe(true);
    const again = await node.http("GET", "/", { headers: { ...HTML, "if-none-match": res.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("hashed assets carry their content type and a year-long cache, gzipped when accepted", async () => {
    const res = await fetch(`${node.url}${asset}`, { headers: { "accept-encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect((await res.text()).length).toBeGreaterThan(1000);
    const css = /href="(\/assets\/[^"]+\.css)"/.exec((await node.http("GET", "/")).text)![1];
    expect((await node.http("GET", css)).headers.get("content-type")).toBe("text/css; charset=utf-8");
    const missing = await node.http("GET", "/assets/nothing-here.js", { headers: HTML });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String), details: {} } });
  });

  it("client routes open the console in a browser; API clients keep the JSON 404", async () => {
    for (const path of ["/pool", "/pool/proxies/abc", "/my-leases", "/no-such-page"]) {
      const res = await node.http("GET", path, { headers: HTML });
      expect(res.status, path).toBe(200);
      expect(res.headers.get("cache-control"), path).toBe("no-cache");
      expect(res.text, path).toContain('<div id="app">');
      const api = await node.http("GET", path);
      expect(api.status, path).toBe(404);
      expect(api.body, path).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String), details: {} } });
    }
    const post = await node.http("POST", "/pool", { headers: HTML });
    expect(post.status).toBe(404);
  });

  it("the install's build step skips an unchanged console", () => {
    const again = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-console.mjs"), "--if-stale"], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(again.stderr).toBe("");
  });

  it("legacy prefixes, GraphiQL and the other routes answer as before, even to a browser", async () => {
    const legacy = await node.http("GET", "/proxies/x/y/z", { headers: HTML });
    expect(legacy.status).toBe(404);
    expect(legacy.body).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String), details: {} } });
    const v1 = await node.http("GET", "/api/v1/nothing-here", { headers: HTML });
    expect(v1.body.error).toMatchObject({ code: "NOT_FOUND" });
    const seed4 = await node.http("GET", "/api/auth/nothing", { headers: HTML });
    expect(seed4.body).toEqual({ detail: expect.any(String) });
    const graphiql = await node.http("GET", "/graphql", { headers: HTML });
    expect(graphiql.status).toBe(200);
    expect(graphiql.text).toContain("graphiql");
    expect(graphiql.text).not.toContain('<div id="app">');
    const health = await node.http("GET", "/health", { headers: HTML });
    expect(health.headers.get("content-type")).toContain("application/json");
  });
});
