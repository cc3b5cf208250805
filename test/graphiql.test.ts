// The GraphiQL page as served: everything inline (no CDN), the newcomer's default query,
// and GRAPHIQL_ENABLED (off by default in production). The browser half is in
// graphiql.browser.test.ts.
import { buildSchema } from "graphql";
import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { createGraphQL } from "../src/graphql/yoga.js";

const schema = buildSchema("type Query { ok: Boolean }");

async function page(env: Record<string, string>) {
  const yoga = createGraphQL(schema, loadConfig(env), pino({ level: "silent" }), async () => ({}) as never);
  const res = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } }, { meta: {} as never });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: await res.text() };
}

describe("GraphiQL page", () => {
  it("carries its scripts, styles and icon inline, loading nothing from elsewhere", async () => {
    const { status, type, body } = await page({});
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    expect(body).toContain("<title>switchyard</title>");
    expect(body).not.toContain("Loading __TITLE__");
    // No <script src>, <link href> or CSS url() that leaves the page.
    expect(body).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(body.match(/<link[^>]*>/gi)?.every((l) => /href="data:/.test(l))).toBe(true);
    expect(body).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(body).not.toMatch(/unpkg\.com|jsdelivr|cdnjs|raw\.githubusercontent/);
  });

  it("opens with a query that explains the first steps", async () => {
    const { body } = await page({});
    const opts = JSON.parse(/renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(body)![1]);
    expect(opts.defaultQuery).toMatch(/register\(input/);
    expect(opts.defaultQuery).toMatch(/login\(input/);
    expect(opts.defaultQuery).toMatch(/"Authorization": "Bearer /);
    expect(opts.defaultQuery).toMatch(/^query FirstLook \{/m);
    expect(opts.subscriptionsProtocol).toBe("WS");
  });

  it.each([
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", GRAPHIQL_ENABLED: "true" }, true],
    [{ NODE_ENV: "development", GRAPHIQL_ENABLED: "false" }, false],
    [{ NODE_ENV: "development" }, true],
  ])("is served with %j: %s", async (env, served) => {
    const { status, body } = await page(env);
    expect(body.includes("<html"), body.slice(0, 200)).toBe(served);
    if (!served) expect(status).toBe(406); // an ordinary GraphQL GET, and GraphQL is not HTML
  });
});
