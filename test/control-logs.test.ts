// The `logs` subscription and seed 001's `logs` /ws channel: this node's own log lines, at or
// above a level, for admins only; the tap's rate cap drops (and counts) and never re-publishes
// a line logged while an entry is being delivered.
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { createLogTap } from "../src/log-tap.js";
import { registerUser, useNode, type TestNode } from "./helpers.js";

const LOGS = graphql(`subscription ControlLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }`);

type Result = { data?: { logs: { timestamp: string; level: string; message: string; fields: Record<string, any> } }; errors?: any[] };

/** A graphql-ws subscription that keeps every result, so a test can wait for the one it expects. */
function subscribe(node: TestNode, connectionParams: Record<string, string>, variables: { level?: string }) {
  const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0 });
  const results: Result[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  void (async () => {
    for await (const r of client.iterate({ query: print(LOGS), variables })) {
      results.push(r as Result);
      wake?.();
    }
    done = true;
    wake?.();
  })().catch(() => ((done = true), wake?.()));
  return {
    results,
    /** Acts (again every 100 ms: nothing says when the subscription is registered) until a result matches. */
    async until(match: (r: Result) => boolean, act: () => Promise<unknown> = async () => {}) {
      for (let i = 0; i < 100; i++) {
        await act();
        const found = results.find(match);
        if (found) return found;
        if (done) break;
        await new Promise<void>((r) => ((wake = r), setTimeout(r, 100)));
      }
      throw new Error(`no matching result: ${JSON.stringify(results)}`);
    },
    /** Every result until the server completes the subscription. */
    async completed() {
      while (!done) await new Promise<void>((r) => ((wake = r), setTimeout(r, 100)));
      return results;
    },
    dispose: () => client.dispose(),
  };
}

// Request lines are info: the node logs them only at LOG_LEVEL info or below.
const { node, admin } = useNode({ admin: true, env: { LOG_LEVEL: "info" } });
const open: { dispose(): unknown }[] = [];
afterAll(() => Promise.all(open.map((c) => c.dispose())));

let seq = 0;
/** A request with its own X-Request-Id, so the entry it causes can be recognised. */
async function tracedRequest() {
  const id = `logs-${process.pid}-${++seq}`;
  await node.http("GET", "/health", { headers: { "x-request-id": id } });
  return id;
}

describe("logs subscription", () => {
  it("streams the entry a request causes to an admin, in the LogEntry shape", async () => {
    const sub = subscribe(node, admin, {});
    open.push(sub);
    const ids: string[] = [];
    const got = await sub.until((r) => ids.includes(r.data?.logs.fields.reqId), async () => ids.push(await tracedRequest()));
    expect(got.data!.logs).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      level: "info",
      message: "request",
      fields: expect.objectContaining({ reqId: expect.any(String), method: "GET", path: "/health", status: 200, ms: expect.any(Number) }),
    });
    expect(got.data!.logs.fields).not.toHaveProperty("pid");
  });

  it("filters by level and redacts secrets", async () => {
    const sub = subscribe(node, admin, { level: "WARN".toLowerCase() });
    open.push(sub);
    const marker = `warn-${Date.now()}`;
    const got = await sub.until(
      (r) => r.data?.logs.fields.marker === marker,
      async () => {
        await tracedRequest(); // info: below the subscriber's level
        node.app.log.warn({ marker, password: "hunter2", nested: { authorization: "Bearer pp_x" } }, "disk nearly full");
      },
    );
    expect(got.data!.logs).toMatchObject({ level: "warn", message: "disk nearly full" });
    expect(got.data!.logs.fields).toMatchObject({ password: "[redacted]", nested: { authorization: "[redacted]" } });
    expect(sub.results.filter((r) => r.data?.logs.level === "info")).toEqual([]);
  });

  it("refuses a non-admin with one FORBIDDEN error, then completes", async () => {
    const user = await registerUser(node);
    const sub = subscribe(node, user.auth, {});
    open.push(sub);
    expect(await sub.completed()).toEqual([
      { errors: [{ message: expect.any(String), locations: expect.any(Array), path: ["logs"], extensions: { code: "FORBIDDEN", details: {} } }] },
    ]);
  });
});

describe("legacy /ws `logs` channel", () => {
  type Message = { type: string; [k: string]: any };
  async function connect(headers: Record<string, string>) {
    const ws = new WebSocket(`${node.url.replace(/^http/, "ws")}/ws`, { headers });
    const messages: Message[] = [];
    ws.on("message", (d) => messages.push(JSON.parse(d.toString())));
    await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
    open.push({ dispose: () => ws.close() });
    const waitFor = async (match: (m: Message) => boolean, act: () => Promise<unknown> = async () => {}) => {
      for (let i = 0; i < 100; i++) {
        await act();
        const found = messages.find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no matching message: ${JSON.stringify(messages)}`);
    };
    return { ws, messages, waitFor };
  }

  it("sends seed 001's `log` message for an entry a request caused", async () => {
    const c = await connect(admin);
    c.ws.send(JSON.stringify({ type: "subscribe", channels: ["logs"] }));
    expect(await c.waitFor((m) => m.type === "subscribed")).toMatchObject({ channels: ["logs"] });
    const ids: string[] = [];
    const log = await c.waitFor((m) => m.type === "log" && ids.includes(m.fields?.reqId), async () => ids.push(await tracedRequest()));
    expect(log).toEqual({
      type: "log",
      timestamp: expect.any(String),
      level: "info",
      message: "request",
      fields: expect.objectContaining({ method: "GET", path: "/health", status: 200 }),
    });
  });

  it("answers a non-admin's subscribe with the FORBIDDEN error naming the channel", async () => {
    const user = await registerUser(node);
    const c = await connect(user.auth);
    c.ws.send(JSON.stringify({ type: "subscribe", channels: ["logs"] }));
    expect(await c.waitFor((m) => m.type === "error")).toMatchObject({ channel: "logs", error: { code: "FORBIDDEN" } });
    expect(await c.waitFor((m) => m.type === "subscribed")).toMatchObject({ channels: [] });
  });
});

describe("log tap", () => {
  const line = (msg: string, level = 30) => JSON.stringify({ level, time: Date.now(), pid: 1, hostname: "h", msg, k: 1 }) + "\n";

  it("publishes at most `burst` entries at once, dropping and counting the rest", () => {
    const tap = createLogTap({ ratePerSecond: 1, burst: 5 });
    const seen: string[] = [];
    tap.subscribe("info", (e) => seen.push(e.message));
    for (let i = 0; i < 20; i++) tap.stream.write(line(`m${i}`));
    expect(seen).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(tap.dropped()).toBe(15);
  });

  it("never publishes a line written while an entry is being delivered", async () => {
    const tap = createLogTap();
    const seen: string[] = [];
    tap.subscribe("debug", (e) => {
      seen.push(e.message);
      // A subscriber whose delivery logs (synchronously and later): those lines stay on stdout only.
      tap.stream.write(line(`echo of ${e.message}`));
      setTimeout(() => tap.stream.write(line(`late echo of ${e.message}`)), 0);
    });
    tap.stream.write(line("first"));
    tap.stream.write(line("below the level", 10));
    await new Promise((r) => setTimeout(r, 10));
    tap.stream.write(line("second"));
    expect(seen).toEqual(["first", "second"]);
    expect(tap.dropped()).toBe(0);
  });

  it("costs nothing while nobody listens", () => {
    const tap = createLogTap({ burst: 1 });
    for (let i = 0; i < 10; i++) tap.stream.write(line(`m${i}`));
    expect(tap.dropped()).toBe(0);
  });
});
