// CSV exports: a round trip through csv-parse with commas, quotes and newlines in fields,
// the lists' filters, seed 000 auth, export links for GraphQL clients, and 100,000 rows
// streamed with the heap staying flat (the stream reads a batch only when the last was sent).
import v8 from "node:v8";
import vm from "node:vm";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, TEST_DATABASE_URL, useNode, type TestUser } from "./helpers.js";

// 100,000 rows on PostgreSQL; PGlite (WebAssembly) takes half a minute just to insert them.
const ROWS = TEST_DATABASE_URL ? 100_000 : 20_000;

const LINK = graphql(`query ExportTestLink($filter: SessionFilter) { sessionsExportLink(filter: $filter) { url expiresAt } }`);
const EVENTS_LINK = graphql(`query ExportTestEventsLink { sessionEventsExportLink { url } }`);

describe("CSV exports", () => {
  const { node, admin } = useNode({ admin: true });
  let u: TestUser;
  let other: TestUser;
  const tricky = 'net::ERR, "quoted"\nsecond line';
  beforeAll(async () => {
    u = await registerUser(node);
    other = await registerUser(node);
  });

  it("round-trips fields with commas, quotes and newlines, with the lists' filters", async () => {
    const h = { "x-api-key": u.key };
    const a = (await node.http("POST", "/api/sessions/register", { headers: h, body: { profile_id: 'p,"1"', target_url: "https://x.example/?a=1,2", proxy: "203.0.113.1:80", country: "US" } })).body;
    const b = (await node.http("POST", "/api/sessions/register", { headers: h, body: { profile_id: "p2" } })).body;
    await node.http("POST", "/api/sessions/end", { headers: h, body: { session_id: a.session_id, success: false, duration: 1.5, error: tricky } });
    await node.http("POST", "/api/events", { headers: h, body: { session_id: a.session_id, event_type: "error", details: { message: tricky } } });
    await node.http("POST", "/api/sessions/register", { headers: { "x-api-key": other.key }, body: { profile_id: "theirs" } });

    const res = await node.http("GET", "/api/sessions/export", { headers: h });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="sessions-.*\.csv"$/);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.session_id).sort()).toEqual([a.session_id, b.session_id].sort());
    const ra = rows.find((r) => r.session_id === a.session_id)!;
    expect(ra).toMatchObject({ profile_id: 'p,"1"', target_url: "https://x.example/?a=1,2", proxy: "203.0.113.1:80", status: "failed", success: "false", duration: "1.5", error: tricky });

    const failed = parse((await node.http("GET", "/api/sessions/export?status=failed", { headers: h })).text, { columns: true }) as Record<string, string>[];
    expect(failed.map((r) => r.session_id)).toEqual([a.session_id]);
    const events = parse((await node.http("GET", `/api/events/export?session_id=${a.session_id}&event_type=error`, { headers: h })).text, { columns: true }) as Record<string, string>[];
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].details)).toEqual({ message: tricky });
    // Admins export everyone's.
    const all = parse((await node.http("GET", "/api/sessions/export", { headers: admin })).text, { columns: true }) as Record<string, string>[];
    expect(all.some((r) => r.profile_id === "theirs")).toBe(true);
  });

  it("gives GraphQL clients a short-lived link that works without credentials, for the caller's rows only", async () => {
    const link = (await node.gql(LINK, { filter: { status: "FAILED" } }, u.auth)).data!.sessionsExportLink;
    expect(link.url).toMatch(/^\/api\/sessions\/export\?status=failed&token=/);
    const res = await node.http("GET", link.url);
    expect(res.status, res.text).toBe(200);
    const rows = parse(res.text, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(1);
    expect(rows[0].status).toBe("failed");
    const ev = await node.http("GET", (await node.gql(EVENTS_LINK, {}, u.auth)).data!.sessionEventsExportLink.url);
    expect(ev.status).toBe(200);
    // A forged or altered token is refused; the token opens nothing else.
    const forged = await node.http("GET", link.url.replace(/token=[^&]+/, "token=eyJhbGciOiJIUzI1NiJ9.e30.x"));
    expect(forged.status).toBe(403);
    const token = new URL(link.url, node.url).searchParams.get("token")!;
    expect((await node.http("GET", "/api/stats", { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);
  });

  it(`streams ${ROWS} rows with flat memory`, async () => {
    const t = await registerUser(node);
    const userId = Buffer.from(t.id, "base64").toString().split(":").pop();
    await node.app.db.prisma.$executeRawUnsafe(`
      INSERT INTO automation_sessions (id, user_id, profile_id, target_url, proxy_address, status, success, duration_seconds, error, started_at, ended_at)
      SELECT gen_random_uuid(), '${userId}'::uuid, 'profile,' || g, 'https://example.com/' || g, '203.0.113.' || (g % 250) || ':8080',
        'COMPLETED', true, g / 10.0, 'line one' || chr(10) || 'and "two"', now() - g * interval '1 second', now()
      FROM generate_series(1, ${ROWS}) g`);
    // A fresh connection: a kept-alive one may have been closed by the server meanwhile.
    const res = await fetch(`${node.url}/api/sessions/export`, { headers: { "x-api-key": t.key, connection: "close" } }).catch(() =>
      fetch(`${node.url}/api/sessions/export`, { headers: { "x-api-key": t.key } }));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let bytes = 0;
    let newlines = 0;
    // Retained memory, not garbage waiting for a collection: collect before each sample.
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    for (let i = 0; ; i++) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (const b of value) if (b === 10) newlines++;
      if (i % 50 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    // header + 100,000 rows, each with one quoted newline in `error`
    expect(newlines).toBe(1 + ROWS * 2);
    // Buffering the export would hold all of it (and Prisma's rows, several times more);
    // streaming holds a batch of 1,000 rows at a time.
    expect(bytes).toBeGreaterThan(ROWS * 150);
    expect(peak).toBeLessThan(bytes / 2);
    console.log(`export: ${bytes} bytes streamed, peak heap growth ${(peak / 1e6).toFixed(1)} MB`);
  }, 120_000);
});
