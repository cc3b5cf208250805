// Child process: the gateway's required work for one request and nothing else, in front of
// the gateway bench's fake upstream (UPSTREAM_URL): one conditional UPDATE reserving the worst
// case against a budget row (PostgreSQL, DATABASE_URL), the request forwarded with undici, one
// statement settling the reported usage's cost and writing a usage row, the answer sent back
// (a stream chunk by chunk as it comes, settled from its final usage chunk before it ends).
// Commits don't wait for the disk, as switchyard's gateway's don't by default.
// No key check, tokenizer, price table, batching, events or framework. What a gateway of that
// shape costs on this machine, next to switchyard's and the upstream called directly.
import http from "node:http";
import pg from "pg";
import { Pool } from "undici";
import { PRICES } from "../../src/domains/gateway/prices.js";
import { SseUsage } from "../../src/domains/gateway/wire.js";
import { runAsBenchServer, serveOnLoopback } from "./bench-server.js";

const upstream = process.env.UPSTREAM_URL;
const database = process.env.DATABASE_URL;
if (!upstream || !database) throw new Error("UPSTREAM_URL and DATABASE_URL are required");
const base = new URL(upstream);
// Its own schema, dropped on stop, so a DATABASE_URL given to the bench keeps nothing of it.
const schema = `bench_bare_${process.pid}`;
const db = new pg.Pool({ connectionString: database, max: 10, options: `-c search_path=${schema} -c synchronous_commit=off` });
await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
await db.query(`CREATE TABLE budget (id int PRIMARY KEY, cap bigint NOT NULL, spent bigint NOT NULL, reserved bigint NOT NULL)`);
await db.query(`CREATE TABLE usage (id bigserial PRIMARY KEY, budget_id int NOT NULL, model text NOT NULL,
  input_tokens int NOT NULL, output_tokens int NOT NULL, cost bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
await db.query(`INSERT INTO budget VALUES (1, 1000000000000000, 0, 0)`);
const up = new Pool(base.origin, { connections: 256 });

// The bench's model at switchyard's price (USD per million tokens = micro-dollars per token).
const PRICE = PRICES["gpt-4o-mini"];
const RESERVE = `UPDATE budget SET reserved = reserved + $2 WHERE id = $1 AND spent + reserved + $2 <= cap RETURNING id`;
const SETTLE = `WITH b AS (UPDATE budget SET reserved = reserved - $2, spent = spent + $3 WHERE id = $1)
  INSERT INTO usage (budget_id, model, input_tokens, output_tokens, cost) VALUES ($1, $4, $5, $6, $3)`;

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const body = JSON.parse(raw);
  // The worst case: a rough prompt estimate plus the maximum output, at the model's prices.
  const worst = Math.ceil((raw.length / 4) * PRICE.input + (body.max_tokens ?? 4096) * PRICE.output);
  const held = await db.query({ name: "reserve", text: RESERVE, values: [1, worst] });
  if (!held.rowCount) return void res.writeHead(402, { "content-type": "application/json" }).end('{"error":"budget"}');
  let settled = false;
  const settle = (cost: number, input: number, output: number) => {
    settled = true;
    return db.query({ name: "settle", text: SETTLE, values: [1, worst, cost, body.model, input, output] });
  };
  try {
    const answer = await up.request({
      path: `${base.pathname}/chat/completions`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: req.headers.authorization ?? "" },
      body: raw,
    });
    if (body.stream && answer.statusCode === 200) {
      // The usage chunk read with switchyard's own SSE reader (wire.ts): parsing it is part of the required work.
      res.writeHead(200, { "content-type": String(answer.headers["content-type"] ?? "text/event-stream") });
      const sse = new SseUsage("openai");
      for await (const chunk of answer.body) {
        res.write(chunk);
        sse.feed(chunk as Buffer);
      }
      const { input, output } = sse.final(0);
      await settle(Math.round(input * PRICE.input + output * PRICE.output), input, output);
      return void res.end();
    }
    const text = await answer.body.text();
    const usage = answer.statusCode === 200 ? JSON.parse(text).usage : null;
    const input = usage?.prompt_tokens ?? 0;
    const output = usage?.completion_tokens ?? 0;
    await settle(Math.round(input * PRICE.input + output * PRICE.output), input, output);
    res.writeHead(answer.statusCode, { "content-type": String(answer.headers["content-type"] ?? "application/json") }).end(text);
  } finally {
    if (!settled) await settle(0, 0, 0);
  }
}

await runAsBenchServer(async () =>
  serveOnLoopback(
    (req, res) =>
      void handle(req, res).catch((err) => {
        if (res.headersSent) return void res.destroy();
        res.writeHead(502).end(String(err));
      }),
    async () => {
      await up.close();
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.end();
    },
  ),
);
