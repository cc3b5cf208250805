// Graceful shutdown: app.stop() (what SIGTERM runs) completes live subscriptions, lets
// in-flight requests finish, refuses new connections and cuts what would hang forever.
// The second half runs the real process the way `npm start` does.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { adminAuth, freshPostgres, registerUser, startNode, TEST_DATABASE_URL, TEST_REDIS_URL, useNode } from "./helpers.js";
import { buildServer, SERVER_ENTRY, freePort } from "./server-process.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SUBSCRIPTION = print(graphql(`subscription ShutdownTestCredits { creditsChanged { balance amount } }`));
const GRANT = graphql(`mutation ShutdownTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`);

/** Resolves with the error a fresh TCP connection gets, or null if it was accepted. */
function tryConnect(port: number): Promise<NodeJS.ErrnoException | null> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => (s.destroy(), resolve(null)));
    s.once("error", (err) => resolve(err));
  });
}

/** Reads an SSE response to its end, exposing what has arrived so far. */
function readSse(res: Response) {
  const state = { text: "", done: false };
  const decoder = new TextDecoder();
  const finished = (async () => {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) state.text += decoder.decode(chunk, { stream: true });
    state.done = true;
  })();
  return { state, finished };
}

describe("app.stop()", () => {
  // The test stops the node itself; useNode's close() stops it again, which is idempotent.
  const { node } = useNode({ env: { SHUTDOWN_TIMEOUT_MS: "5000" } });
  let ws: Client | undefined;
  afterAll(() => ws?.dispose());

  it("completes subscriptions, finishes in-flight requests and refuses new connections", async () => {
    const user = await registerUser(node);
    const admin = await adminAuth(node);
    const port = Number(new URL(node.url).port);

    // An in-flight request: headers sent, body still arriving when shutdown starts.
    const body = JSON.stringify({ query: `{ health { healthy } }` });
    const slow = http.request(`${node.url}/graphql`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", accept: "application/json", "content-length": Buffer.byteLength(body) },
    });
    const slowResponse = new Promise<{ status: number; text: string }>((resolve, reject) => {
      slow.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (d) => (text += d)).on("end", () => resolve({ status: res.statusCode!, text }));
      });
      slow.on("error", reject);
    });
    slow.write(body.slice(0, 10));

    // Subscriptions over SSE and graphql-ws, both as the registered user.
    const sseRes = await fetch(`${node.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", ...user.auth },
      body: JSON.stringify({ query: SUBSCRIPTION }),
    });
    expect(sseRes.status).toBe(200);
    expect(sseRes.headers.get("content-type")).toMatch(/text\/event-stream/);
    const sse = readSse(sseRes);

    const wsEvents: unknown[] = [];
    let onWsClosed!: (code: number | undefined) => void;
    const wsClosed = new Promise<number | undefined>((r) => (onWsClosed = r));
    ws = createClient({
      url: node.url.replace("http", "ws") + "/graphql",
      webSocketImpl: WebSocket,
      connectionParams: user.auth,
      retryAttempts: 0,
      on: { closed: (e) => onWsClosed((e as { code?: number }).code) },
    });
    const wsOutcome = new Promise<string>((resolve) => {
      ws!.subscribe({ query: SUBSCRIPTION }, {
        next: (v) => void wsEvents.push(v),
        error: (err) => resolve(`error: ${JSON.stringify(err) ?? String(err)}`),
        complete: () => resolve("complete"),
      });
    });

    // Both subscriptions are live once each has seen an event; grant until they have.
    for (let i = 0; i < 100 && (wsEvents.length === 0 || !sse.state.text.includes("event: next")); i++) {
      const res = await node.gql(GRANT, { input: { userId: user.id, amount: 1 } }, admin);
      expect(res.data?.grantCredits.__typename).toBe("GrantCreditsPayload");
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(wsEvents[0]).toMatchObject({ data: { creditsChanged: { amount: 1 } } });
    expect(sse.state.text).toContain('"creditsChanged"');

    const stopping = node.app.stop();

    // The listener closes as soon as the jobs have stopped (in-flight validations still reach
    // our own /judge through it); from then on a new connection is refused. The in-flight
    // request below is still unanswered, so nothing here waits for it.
    let refused: NodeJS.ErrnoException | null = null;
    for (let i = 0; i < 100 && refused?.code !== "ECONNREFUSED"; i++) {
      refused = await tryConnect(port);
      if (refused?.code !== "ECONNREFUSED") await new Promise((r) => setTimeout(r, 50));
    }
    expect(refused?.code).toBe("ECONNREFUSED");

    // The in-flight request still gets its answer.
    slow.end(body.slice(10));
    const answered = await slowResponse;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toEqual({ data: { health: { healthy: true } } });

    await stopping;
    await sse.finished;
    expect(sse.state.done).toBe(true);
    expect(sse.state.text).toMatch(/event: complete/);
    expect(await wsOutcome).toBe("complete");
    // A clean close: the client's own after its last subscription, or the server's "going away".
    expect([1000, 1001]).toContain(await wsClosed);
    expect((await tryConnect(port))?.code).toBe("ECONNREFUSED");
  });
});

describe("app.stop() with a connection that never finishes its request", () => {
  it("cuts it after SHUTDOWN_TIMEOUT_MS instead of waiting forever", async () => {
    const node = await startNode({ env: { SHUTDOWN_TIMEOUT_MS: "300" } });
    const port = Number(new URL(node.url).port);
    const stuck = net.connect(port, "127.0.0.1");
    await new Promise((r) => stuck.once("connect", r));
    const closedByServer = new Promise<void>((resolve) => stuck.once("close", () => resolve()));
    stuck.on("error", () => {});
    stuck.write("GET /health HTTP/1.1\r\nHost: x\r\n"); // headers never end
    // Let the server start parsing, so the connection counts as busy rather than idle.
    await new Promise((r) => setTimeout(r, 100));
    await node.close(); // the test's own timeout is the bound: without the cut this hangs
    await closedByServer;
    expect(stuck.destroyed).toBe(true);
  });
});

// --- the real process ---------------------------------------------------------------

interface Proc {
  child: ChildProcess;
  logs: Record<string, any>[];
  stderr: string;
  waitFor(msg: string): Promise<Record<string, any>>;
  exited: Promise<number | null>;
}

/** Starts the compiled server like `npm start`, with only the environment given. */
function startProcess(env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const proc: Proc = {
    child,
    logs: [],
    stderr: "",
    exited: new Promise((resolve) => child.once("exit", (code) => resolve(code))),
    waitFor(msg) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = proc.logs.find((l) => l.msg === msg);
          if (found) return resolve(found);
          if (child.exitCode !== null) return reject(new Error(`exited ${child.exitCode} before "${msg}": ${proc.stderr}`));
          setTimeout(check, 50);
        };
        check();
      });
    },
  };
  let buffered = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => {
    buffered += d;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) {
      try {
        proc.logs.push(JSON.parse(line));
      } catch {
        proc.logs.push({ msg: line });
      }
    }
  });
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (proc.stderr += d));
  return proc;
}

async function gql(base: string, query: string, variables: unknown) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as any;
}

describe("the switchyard process", () => {
  beforeAll(buildServer, 180_000);
  const running: Proc[] = [];
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const p of running.splice(0)) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    for (const c of cleanup.splice(0)) await c();
  });

  it("starts on PGlite in DATA_DIR, migrates, and exits 0 on SIGTERM keeping its data", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "switchyard-data-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const env = { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "info" };
    const base = `http://127.0.0.1:${port}`;

    const first = startProcess(env);
    running.push(first);
    const listening = await first.waitFor("switchyard listening");
    expect(listening.url).toBe(base);
    const starting = first.logs.find((l) => l.msg === "starting switchyard")!;
    expect(starting).toMatchObject({ database: `pglite (${dataDir})`, pubsub: "in-process", rateLimits: "in-memory" });
    // A new directory is either migrated or copied from the migrated template (scripts/build.mjs).
    const migrated = first.logs.find((l) => l.msg === "applied database migrations")?.applied.length > 0;
    expect(migrated || first.logs.some((l) => l.msg === "new data directory copied from the template")).toBe(true);
    expect((await readdir(dataDir)).length).toBeGreaterThan(0);

    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const email = `proc${Date.now()}@example.test`;
    const reg = await gql(base, `mutation($input: RegisterInput!) { register(input: $input) { __typename } }`, {
      input: { email, password: "correct-horse-1", displayName: "Proc" },
    });
    expect(reg.data.register.__typename).toBe("RegisterPayload");

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["signal received", "shutting down", "stopped"]));
    expect(first.stderr).toBe("");

    // Same directory again: nothing left to migrate, and the account is still there.
    const second = startProcess(env);
    running.push(second);
    await second.waitFor("switchyard listening");
    expect(second.logs.some((l) => l.msg === "applied database migrations")).toBe(false);
    const login = await gql(base, `mutation($input: LoginInput!) { login(input: $input) { __typename } }`, {
      input: { email, password: "correct-horse-1" },
    });
    expect(login.data.login.__typename).toBe("LoginPayload");
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(second.logs.some((l) => l.msg === "stopped")).toBe(true);
  }, 120_000);

  it.skipIf(!TEST_DATABASE_URL || !TEST_REDIS_URL)("names PostgreSQL and Redis in its start-up log, without the password", async () => {
    const db = await freshPostgres();
    cleanup.push(() => db.drop());
    const url = new URL(db.url);
    url.password = "not-the-real-password-but-hidden";
    // Trust auth on the test server accepts any password, so the URL still connects.
    const port = await freePort();
    const proc = startProcess({
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: url.toString(),
      REDIS_URL: TEST_REDIS_URL!,
      REDIS_KEY_PREFIX: `sytest:proc${Date.now()}:`,
      LOG_LEVEL: "info",
    });
    running.push(proc);
    await proc.waitFor("switchyard listening");
    const starting = proc.logs.find((l) => l.msg === "starting switchyard")!;
    expect(starting.database).toMatch(/^postgresql \(postgres(ql)?:\/\/.*:\*\*\*@127\.0\.0\.1:5432\//);
    expect(starting.pubsub).toMatch(/^redis \(redis:\/\/127\.0\.0\.1:6379/);
    expect(JSON.stringify(proc.logs)).not.toContain("not-the-real-password");
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(await ready.json()).toMatchObject({ ready: true, services: { database: true, redis: true, cluster: true } });
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(proc.logs.some((l) => l.msg === "stopped")).toBe(true);
  }, 120_000);
});
