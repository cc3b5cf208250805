// The gateway's HTTP layer (proxy.http.ts, served on node's request and response before
// routing): bodies past MAX_BODY_BYTES are refused without being read on, in the provider's
// error shape, whether their length is declared or not; the gateway's own answers carry the
// request's X-Request-Id like every routed answer; other methods on the gateway's paths get the router's 404.
import http from "node:http";
import { describe, expect, it } from "vitest";
import { createKey, useGatewayNode, usageOf } from "./gateway-helpers.js";

const LIMIT = 4096;
const { node, fake, admin } = useGatewayNode({ env: { MAX_BODY_BYTES: String(LIMIT) } });

/** A raw request: `body` sent whole with its length, or in chunks without one. */
function send(path: string, opts: { headers?: Record<string, string>; body?: string; chunks?: string[]; method?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string; closed: boolean }>((resolve, reject) => {
    const req = http.request(`${node.url}${path}`, { method: opts.method ?? "POST", headers: { "content-type": "application/json", ...opts.headers }, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text, closed: res.headers.connection === "close" }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on("error", (err: NodeJS.ErrnoException) => (err.code === "EPIPE" || err.code === "ECONNRESET" ? undefined : reject(err)));
    if (opts.chunks) {
      for (const c of opts.chunks) req.write(c);
      req.end();
    } else req.end(opts.body);
  });
}

const chat = (content: string) => JSON.stringify({ model: "gpt-4o-mini", max_tokens: 5, messages: [{ role: "user", content }] });

describe("gateway HTTP layer", () => {
  it("a body declared longer than the limit is refused at once, in OpenAI's shape, and nothing goes upstream", async () => {
    const key = await createKey(node, admin);
    const before = fake.requests.length;
    const res = await send("/proxy/openai/v1/chat/completions", { headers: { authorization: `Bearer ${key.raw}` }, body: chat("x".repeat(LIMIT)) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toMatchObject({ type: "invalid_request_error", code: "request_too_large" });
    expect(JSON.parse(res.text).error.message).toBe(`Request body is larger than ${LIMIT} bytes`);
    expect(res.closed).toBe(true);
    expect(fake.requests.length).toBe(before);
  });

  it("a chunked body that grows past the limit is refused in Anthropic's shape", async () => {
    const key = await createKey(node, admin);
    const before = fake.requests.length;
    const chunks = Array.from({ length: 8 }, () => "y".repeat(1024));
    const res = await send("/proxy/anthropic/v1/messages", { headers: { "x-api-key": key.raw, "anthropic-version": "2023-06-01" }, chunks: ['{"model":"claude-3-5-sonnet-20241022","x":"', ...chunks, '"}'] });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ type: "error", error: { type: "request_too_large", message: `Request body is larger than ${LIMIT} bytes` } });
    expect(res.closed).toBe(true);
    expect(fake.requests.length).toBe(before);
  });

  it("a body just within the limit goes through", async () => {
    const key = await createKey(node, admin);
    const body = chat("z".repeat(LIMIT - chat("").length));
    expect(Buffer.byteLength(body)).toBe(LIMIT);
    const res = await send("/proxy/openai/v1/chat/completions", { headers: { authorization: `Bearer ${key.raw}` }, body });
    expect(res.status).toBe(200);
    expect((await usageOf(node, key.legacyId))[0].status).toBe(200);
  });

  it("the gateway's own answers carry the request's X-Request-Id (or a new one); upstream answers keep the provider's", async () => {
    const refused = await send("/proxy/openai/v1/chat/completions", { headers: { "x-request-id": "trace-123" }, body: chat("hi") });
    expect(refused.status).toBe(401);
    expect(refused.headers["x-request-id"]).toBe("trace-123");
    const fresh = await send("/proxy/openai/v1/chat/completions", { body: chat("hi") });
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    // The provider's request id is what its support asks for: passed through unchanged.
    const key = await createKey(node, admin);
    const passed = await send("/proxy/openai/v1/chat/completions", { headers: { authorization: `Bearer ${key.raw}`, "x-request-id": "trace-456" }, body: chat("hi") });
    expect(passed.status).toBe(200);
    expect(passed.headers["x-request-id"]).toBe("req_fake");
  });

  it("a failure that is not the gateway's own (here the database) is a logged 500 in the provider's shape; the key's budget is untouched", async () => {
    const key = await createKey(node, admin);
    const prisma = node.app.db.prisma;
    await prisma.$executeRawUnsafe("ALTER TABLE budget_reservations RENAME TO budget_reservations_away");
    try {
      const res = await send("/proxy/openai/v1/chat/completions", { headers: { authorization: `Bearer ${key.raw}`, "x-request-id": "trace-500" }, body: chat("hi") });
      expect(res.status).toBe(500);
      expect(JSON.parse(res.text)).toEqual({ error: { message: "Internal error in the gateway", type: "api_error", param: null, code: "internal_error" } });
      expect(res.headers["x-request-id"]).toBe("trace-500");
    } finally {
      await prisma.$executeRawUnsafe("ALTER TABLE budget_reservations_away RENAME TO budget_reservations");
    }
    const row = await prisma.virtualKey.findUniqueOrThrow({ where: { serial: key.legacyId } });
    expect(Number(row.reservedMicros)).toBe(0);
  });

  it("another method on a gateway path gets the router's 404", async () => {
    const res = await send("/proxy/openai/v1/chat/completions", { method: "GET" });
    expect(res.status).toBe(404);
  });
});
