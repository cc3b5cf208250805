// A fake OpenAI + Anthropic upstream on loopback, speaking both wire formats: JSON answers
// with usage, SSE streams with OpenAI's final usage chunk (when stream_options.include_usage
// is set) and Anthropic's message_start / content_block_delta / message_delta / message_stop.
// The last user message steers it: "error:<status>" answers that status in the provider's
// error shape, "slow:<ms>" waits before the status line, "cut:<n>" sends n deltas and then
// drops the connection. Usage it reports: `promptTokens` input (default 9) and one output
// token per delta, min(max tokens asked, `completionTokens`).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeLlm {
  url: string;
  /** Every request seen: path, headers and parsed body. */
  requests: { path: string; headers: IncomingMessage["headers"]; body: any }[];
  /** Requests whose client went away before the answer was complete. */
  aborted: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  /** Pause between stream chunks (ms). */
  chunkDelayMs: number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFakeLlm(): Promise<FakeLlm> {
  const fake: FakeLlm = {
    url: "",
    requests: [],
    aborted: 0,
    promptTokens: 9,
    completionTokens: 5,
    cachedTokens: 0,
    reasoningTokens: 0,
    chunkDelayMs: 0,
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? JSON.parse(raw) : null;
    const path = (req.url ?? "").replace(/\?.*$/, "");
    fake.requests.push({ path, headers: req.headers, body });
    let finished = false;
    res.on("finish", () => (finished = true));
    res.on("close", () => void (finished || fake.aborted++));
    try {
      if (req.method === "GET" && path === "/v1/models") {
        return json(res, 200, { object: "list", data: ["gpt-4o-mini", "gpt-4o", "o3-mini"].map((id) => ({ id, object: "model", created: 1, owned_by: "openai" })) });
      }
      const anthropic = path === "/v1/messages";
      const last = lastUserText(body);
      const slow = /slow:(\d+)/.exec(last);
      if (slow) await sleep(Number(slow[1]));
      const err = /error:(\d+)/.exec(last);
      if (err) {
        const status = Number(err[1]);
        return anthropic
          ? json(res, status, { type: "error", error: { type: "rate_limit_error", message: "fake upstream error" } })
          : json(res, status, { error: { message: "fake upstream error", type: "rate_limit_error", param: null, code: "rate_limit_exceeded" } });
      }
      if (path === "/v1/embeddings") {
        const n = Array.isArray(body.input) ? body.input.length : 1;
        return json(res, 200, {
          object: "list",
          data: Array.from({ length: n }, (_, i) => ({ object: "embedding", index: i, embedding: [0.1, 0.2, 0.3] })),
          model: body.model,
          usage: { prompt_tokens: fake.promptTokens, total_tokens: fake.promptTokens },
        });
      }
      const max = anthropic ? body.max_tokens : (body.max_completion_tokens ?? body.max_tokens);
      const out = Math.min(fake.completionTokens, typeof max === "number" ? max : Infinity);
      const cut = /cut:(\d+)/.exec(last);
      if (body.stream) return await stream(res, anthropic, body, out, cut ? Number(cut[1]) : null);
      const text = Array.from({ length: out }, (_, i) => `w${i}`).join(" ");
      if (anthropic) {
        return json(res, 200, {
          id: "msg_fake", type: "message", role: "assistant", model: body.model, stop_reason: "end_turn", stop_sequence: null,
          content: [{ type: "text", text }],
          usage: { input_tokens: fake.promptTokens - fake.cachedTokens, output_tokens: out, cache_read_input_tokens: fake.cachedTokens, cache_creation_input_tokens: 0 },
        });
      }
      return json(res, 200, {
        id: "chatcmpl-fake", object: "chat.completion", created: 1, model: body.model,
        choices: [{ index: 0, message: { role: "assistant", content: text, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: openaiUsage(out),
      });
    } catch (e) {
      if ((e as Error).message === "client gone") return;
      if (!res.headersSent) json(res, 500, { error: { message: String(e) } });
      else res.destroy();
    }
  });

  function openaiUsage(out: number) {
    return {
      prompt_tokens: fake.promptTokens, completion_tokens: out, total_tokens: fake.promptTokens + out,
      prompt_tokens_details: { cached_tokens: fake.cachedTokens }, completion_tokens_details: { reasoning_tokens: Math.min(fake.reasoningTokens, out) },
    };
  }

  async function stream(res: ServerResponse, anthropic: boolean, body: any, out: number, cut: number | null) {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", "x-request-id": "req_fake" });
    const send = async (event: string | null, data: unknown) => {
      if (res.destroyed) throw new Error("client gone");
      res.write(`${event ? `event: ${event}\n` : ""}data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
      if (fake.chunkDelayMs) await sleep(fake.chunkDelayMs);
    };
    const n = cut ?? out;
    if (anthropic) {
      await send("message_start", { type: "message_start", message: { id: "msg_fake", type: "message", role: "assistant", model: body.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: fake.promptTokens - fake.cachedTokens, output_tokens: 1, cache_read_input_tokens: fake.cachedTokens, cache_creation_input_tokens: 0 } } });
      await send("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } });
      for (let i = 0; i < n; i++) await send("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: `w${i} ` } });
      if (cut !== null) return cutAfterFlush(res);
      await send("content_block_stop", { type: "content_block_stop", index: 0 });
      await send("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn", stop_sequence: null }, usage: { output_tokens: out } });
      await send("message_stop", { type: "message_stop" });
      return void res.end();
    }
    // Each chunk written out rather than spread from a shared base: in the gateway bench this
    // process shares a core with switchyard, and spread objects are costly to collect there
    // (src/domains/gateway/proxy.service.ts, usageRow).
    const chunk = (choices: unknown[], usage?: unknown) =>
      usage === undefined
        ? { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 1, model: body.model, choices }
        : { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 1, model: body.model, choices, usage };
    await send(null, chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]));
    for (let i = 0; i < n; i++) await send(null, chunk([{ index: 0, delta: { content: `w${i} ` }, finish_reason: null }]));
    if (cut !== null) return cutAfterFlush(res);
    await send(null, chunk([{ index: 0, delta: {}, finish_reason: "stop" }]));
    if (body.stream_options?.include_usage) await send(null, chunk([], openaiUsage(out)));
    await send(null, "[DONE]");
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return fake;
}

/** Drops the connection once what was written has left (a destroy alone would discard it). */
async function cutAfterFlush(res: ServerResponse) {
  await new Promise<void>((resolve) => res.write("", () => resolve()));
  await sleep(50);
  res.socket?.destroy();
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_fake" });
  res.end(JSON.stringify(body));
}

function lastUserText(body: any): string {
  const msgs = Array.isArray(body?.messages) ? body.messages : [];
  const last = msgs[msgs.length - 1];
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? body?.input ?? "");
}
