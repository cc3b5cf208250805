// The batch statements' names: each name must always carry the same text (PostgreSQL keeps
// the first text it prepared under a name on each connection), and the durable and the
// asynchronous commit modes are different texts, so they must never share a name.
import { describe, expect, it } from "vitest";
import type { SqlQuery, SqlRunner } from "../../db.js";
import { reserveBatch, settleBatch, type UsageRow } from "./budget-sql.js";

function recorder() {
  const seen: SqlQuery[] = [];
  const sql: SqlRunner = async (q) => {
    seen.push(q);
    return [];
  };
  return { sql, seen };
}

const keyId = "00000000-0000-4000-8000-000000000001";
const row = (n: number): UsageRow => ({
  keyId,
  userId: null,
  project: null,
  provider: "openai",
  model: "gpt-4o-mini",
  endpoint: "chat",
  status: 200,
  streamed: false,
  inputTokens: n,
  outputTokens: n,
  cachedTokens: 0,
  reasoningTokens: 0,
  costMicros: n,
  savedMicros: 0,
  cacheHit: false,
  latencyMs: n,
  ttftMs: n,
  promptHash: `h${n}`,
  error: null,
});

describe("budget statements", () => {
  it("keep one name per statement and commit mode, with the same text whatever the values", async () => {
    const { sql, seen } = recorder();
    for (const [round, durable] of [false, true, false, true].entries()) {
      const items = Array.from({ length: round + 1 }, (_, i) => ({ id: `00000000-0000-4000-8000-00000000010${i}`, keyId, amount: i + 1, tokens: 10 }));
      await reserveBatch(sql, items, { nodeId: `node-${round}`, ttlMs: 1000 + round, durable });
      await settleBatch(sql, items.map((it, i) => ({ eventId: it.id, reservation: null, row: row(i) })), durable);
    }
    const byName = new Map<string, Set<string>>();
    for (const q of seen) byName.set(q.name!, (byName.get(q.name!) ?? new Set()).add(q.text));
    expect([...byName.keys()].sort()).toHaveLength(4);
    for (const texts of byName.values()) expect(texts.size).toBe(1);
    const textOf = (pick: (q: SqlQuery) => boolean) => seen.find(pick)!.text;
    for (const kind of ["reserve", "settle"]) {
      const durableText = textOf((q) => q.name!.includes(kind) && !q.text.includes("set_config('synchronous_commit'"));
      const asyncText = textOf((q) => q.name!.includes(kind) && q.text.includes("set_config('synchronous_commit', 'off', true)"));
      expect(durableText).not.toBe(asyncText);
    }
    // The values still follow each call: the last settle carried the last batch's four rows.
    expect(seen.at(-1)!.values?.[0]).toHaveLength(4);
  });
});
