// Resource limits: oversized bodies refused early with 413, slow request heads cut off,
// concurrent graphql-ws subscriptions capped per connection and per principal, and no
// failed-login counter per new email once the client address is throttled.
import { connect } from "node:net";
import { createClient, type Client } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../src/config.js";
import { checkPassword, type AccountDeps } from "../src/domains/accounts/accounts.service.js";
import { memoryCounters } from "../src/graphql/counters.js";
import { registerUser, useNode, type TestNode } from "./helpers.js";

/** Writes raw bytes to the node and returns everything it answers until it closes the socket. */
function rawExchange(node: TestNode, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(node.url).port), "127.0.0.1", () => socket.write(head));
    let data = "";
    socket.on("data", (d) => (data += d));
    socket.on("close", () => resolve(data));
    socket.on("error", reject);
  });
}
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));

describe("request bodies", () => {
  const { node } = useNode({ env: { MAX_BODY_BYTES: "2048" } });
  const big = JSON.stringify({ email: "a@b.c", password: "x".repeat(10_000) });

  it("over MAX_BODY_BYTES is a 413 in each API's envelope", async () => {
    const s3 = await node.http("POST", "/api/users/login", { body: big });
    expect(s3.status).toBe(413);
    expect(s3.body).toEqual({ error: "Payload Too Large", message: expect.stringContaining("2048") });
    const s2 = await node.http("POST", "/auth/register", { body: big });
    expect(s2.status).toBe(413);
    expect(s2.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { max_bytes: 2048 } });
    const gql = await node.http("POST", "/graphql", { body: { query: `{ __typename }`, variables: { pad: "x".repeat(10_000) } } });
    expect(gql.status).toBe(413);
    expect(gql.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    // Under the cap nothing changes.
    const small = await node.http("POST", "/api/users/login", { body: { email: "nobody@b.c", password: "wrong-password" } });
    expect(small.status).toBe(401);
  });

  it("is refused on Content-Length before the body arrives", async () => {
    // Claims 50 MB and sends none of it: only an answer from the head alone can come back.
    const answer = await rawExchange(
      node,
      "POST /api/users/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{",
    );
    expect(answer).toMatch(/^HTTP\/1.1 413 /);
    expect(bodyOf(answer)).toMatchObject({ error: "Payload Too Large" });
  });

  it("a chunked body is cut off at the limit", async () => {
    const chunks = Array.from({ length: 8 }, () => new TextEncoder().encode("x".repeat(1024)));
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const res = await fetch(`${node.url}/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("slow request heads", () => {
  const { node } = useNode({ env: { HTTP_HEADERS_TIMEOUT_MS: "300", HTTP_REQUEST_TIMEOUT_MS: "1000" } });

  it("are answered 408 with a body and closed", async () => {
    // Never finishes its head; the server must end the connection on its own.
    const answer = await rawExchange(node, "GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    expect(answer).toMatch(/^HTTP\/1.1 408 /);
    expect(bodyOf(answer).error).toMatchObject({ code: "REQUEST_TIMEOUT" });
  });

  it("the timeouts must fit together", () => {
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: "5000", HTTP_REQUEST_TIMEOUT_MS: "1000" })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});

describe("graphql-ws subscription caps", () => {
  const { node } = useNode({ env: { WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: "3", WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: "5" } });
  const clients: Client[] = [];
  const client = (authorization: string) => {
    const c = createClient({
      url: `${node.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(c);
    return c;
  };
  /** Subscribes to poolStats (which answers at once): resolves "open" on its first event, else the error code. */
  const open = (c: Client) =>
    new Promise<{ result: string; stop: () => void }>((resolve) => {
      const stop = c.subscribe(
        { query: "subscription HardeningPool { poolStats { avgScore } }" },
        {
          next: () => resolve({ result: "open", stop }),
          error: (errs) => resolve({ result: (errs as { extensions?: { code?: string; details?: { per?: string } } }[])[0]?.extensions?.details?.per ?? "error", stop }),
          complete: () => resolve({ result: "complete", stop }),
        },
      );
    });
  /** A slot freed by a completion is free once the server has seen it; retry until then. */
  const openEventually = async (c: Client) => {
    for (let i = 0; i < 200; i++) {
      const s = await open(c);
      if (s.result === "open") return s;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error("never admitted");
  };

  it("refuses one too many per connection and per principal, and frees slots on complete and close", async () => {
    try {
      const user = await registerUser(node);
      const a = client(user.auth.authorization);
      const firstThree = await Promise.all([open(a), open(a), open(a)]);
      expect(firstThree.map((s) => s.result)).toEqual(["open", "open", "open"]);
      expect((await open(a)).result).toBe("connection");

      // Completing one frees its slot on the connection.
      firstThree[0].stop();
      await openEventually(a);
      expect((await open(a)).result).toBe("connection");

      // Same user, another socket: two more reach the principal's cap of five.
      const b = client(user.auth.authorization);
      expect((await open(b)).result).toBe("open");
      expect((await open(b)).result).toBe("open");
      expect((await open(b)).result).toBe("principal");

      // Another user is not affected.
      const other = await registerUser(node);
      expect((await open(client(other.auth.authorization))).result).toBe("open");

      // Closing a socket frees everything it held.
      await a.dispose();
      await openEventually(b);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});

describe("failed-login counters", () => {
  it("are not created for new emails once the client address is throttled", async () => {
    const counters = memoryCounters();
    const keys = new Set<string>();
    const recording = { ...counters, hit: (key: string, ms: number) => (keys.add(key), counters.hit(key, ms)) };
    const config = loadConfig({ LOGIN_MAX_FAILURES_PER_ADDRESS: "3" });
    const prisma = { user: { findUnique: async () => null } };
    const deps = { config, counters: recording, prisma } as unknown as AccountDeps;
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) {
      await checkPassword(deps, `new${i}@example.test`, "wrong", "10.0.0.1").catch((err) => codes.push(err.code));
    }
    expect(codes.slice(0, 3)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);
    expect(new Set(codes.slice(3))).toEqual(new Set(["RATE_LIMITED"]));
    // Three real attempts made three account counters; the throttled rest made none.
    expect([...keys].filter((k) => k.startsWith("login:acct:"))).toHaveLength(3);
  });
});
