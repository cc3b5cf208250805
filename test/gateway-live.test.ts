// The gateway's live side: every proxied request is pushed to `usageRecorded` subscribers,
// and a key's month spend crossing 50, 80 and 100 % of its cap raises
// `budgetThresholdCrossed` exactly once per crossing, with the matching `budget.*`
// notification queued for a notifier subscribed to them.
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { costMicros, PRICES } from "../src/domains/gateway/prices.js";
import { createKey, keyRow, useGatewayNode } from "./gateway-helpers.js";
import { SECRET, startReceiver } from "./notifications-peer.js";

const { node, fake, admin } = useGatewayNode();
let ws: Client;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
  ws = createClient({
    url: `${node.url.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: admin.authorization },
    retryAttempts: 0,
  });
});
afterAll(async () => {
  await ws?.dispose();
  await receiver?.close();
});

const pause = () => new Promise((r) => setTimeout(r, 20));
const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 250 && !(await check()); i++) await pause();
};

/**
 * Subscribes and collects `data[field]`. A subscription goes live asynchronously, so probes
 * are published until one comes back: no real event is published before the server listens.
 * `isProbe` tells a probe's answer from a real event's, so late probes are dropped too.
 */
async function collect<T>(query: string, variables: Record<string, unknown>, field: string, probe: () => unknown, isProbe: (v: T) => boolean) {
  const got: T[] = [];
  const errors: unknown[] = [];
  let live = false;
  const stop = ws.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) return void errors.push(r.errors);
        const v = r.data![field];
        if (isProbe(v)) live = true;
        else got.push(v);
      },
      error: (e) => void errors.push(e),
      complete: () => undefined,
    },
  );
  for (let i = 0; i < 250 && !live && errors.length === 0; i++) {
    await probe();
    await pause();
  }
  expect(errors).toEqual([]);
  expect(live).toBe(true);
  return { got, errors, stop };
}

const chat = (key: string) =>
  fetch(`${node.url}/proxy/openai/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ model: "gpt-4o-mini", max_tokens: 5, messages: [{ role: "user", content: "Hi" }] }),
  });

describe("gateway live events", () => {
  it("usageRecorded pushes each request's usage event to the key's subscribers", async () => {
    const key = await createKey(node, admin, { monthlyBudgetUsd: 5 });
    const row = await keyRow(node, key.legacyId);
    fake.promptTokens = 11;
    fake.completionTokens = 3;
    type Usage = { legacyId: number; inputTokens: number; outputTokens: number; status: number; model: string } | null;
    // A probe names no usage row, so it resolves to null; real events resolve to their row.
    const sub = await collect<Usage>(
      `subscription($id: ID) { usageRecorded(virtualKeyId: $id) { legacyId inputTokens outputTokens status model } }`,
      { id: key.id },
      "usageRecorded",
      () => node.app.pubsub.publish("gateway:usage", { eventId: "00000000-0000-0000-0000-000000000000", keyId: row.id, ownerId: row.ownerId, costMicros: 0 }),
      (v) => v === null,
    );
    try {
      for (let i = 0; i < 3; i++) expect((await chat(key.raw)).status).toBe(200);
      await until(() => sub.got.length >= 3);
      const stored = await node.app.db.prisma.usageEvent.findMany({ where: { virtualKeyId: row.id }, orderBy: { serial: "asc" } });
      expect(stored).toHaveLength(3);
      expect(sub.got.map((e) => e!.legacyId).sort((a, b) => a - b)).toEqual(stored.map((e) => e.serial));
      for (const e of sub.got) expect(e).toMatchObject({ inputTokens: 11, outputTokens: 3, status: 200, model: "gpt-4o-mini" });
    } finally {
      sub.stop();
    }
  });

  it("budgetThresholdCrossed fires once per crossing of 50, 80 and 100 %, each with its budget.* notification", async () => {
    const made = await node.gql(
      `mutation($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename ... on Notifier { id } ... on Error { message } } }`,
      { input: { kind: "webhook", name: "budget hook", config: { url: receiver.url, secret: SECRET }, events: ["budget.*"] } },
      admin,
    );
    expect(made.data?.createNotifier?.__typename).toBe("Notifier");
    // The fake reports far more prompt tokens than the gateway estimates, so each request
    // costs more than its reservation and the last one can cross 100 %.
    fake.promptTokens = 1000;
    fake.completionTokens = 5;
    const each = costMicros(PRICES["gpt-4o-mini"], { input: 1000, output: 5, cached: 0, reasoning: 0 });
    // Spend after each request: 18, 36, 54 (50 %), 72, 90 (80 %), 109 % (100 %) of the cap.
    const key = await createKey(node, admin, { monthlyBudgetUsd: (each * 5.5) / 1e6 });
    const row = await keyRow(node, key.legacyId);
    type Crossing = { percent: number; spendMonthUsd: number; budgetUsd: number };
    const sub = await collect<Crossing>(
      `subscription($id: ID) { budgetThresholdCrossed(virtualKeyId: $id) { percent spendMonthUsd budgetUsd } }`,
      { id: key.id },
      "budgetThresholdCrossed",
      () => node.app.pubsub.publish("gateway:threshold", { keyId: row.id, ownerId: row.ownerId, percent: 0, spendMicros: 0, capMicros: 1 }),
      (v) => v.percent === 0,
    );
    const budgetDeliveries = () => node.app.db.prisma.notificationDelivery.findMany({ where: { event: { startsWith: "budget." } }, orderBy: { createdAt: "asc" } });
    try {
      const percents: number[][] = [];
      for (let i = 1; i <= 6; i++) {
        expect((await chat(key.raw)).status).toBe(200);
        // Crossings follow the settle asynchronously: wait for the ones this request makes.
        const expected = i >= 6 ? 3 : i >= 5 ? 2 : i >= 3 ? 1 : 0;
        await until(async () => sub.got.length >= expected && (await budgetDeliveries()).length >= expected);
        percents.push(sub.got.map((c) => c.percent));
      }
      expect(percents).toEqual([[], [], [50], [50], [50, 80], [50, 80, 100]]);
      const cap = Number(row.monthlyBudgetMicros) / 1e6; // the cap as stored, in whole micros
      for (const c of sub.got) expect(c.budgetUsd).toBe(cap);
      expect(sub.got[2].spendMonthUsd).toBeGreaterThanOrEqual(cap);
      // The budget is spent: the next request is refused, and nothing crosses again.
      expect((await chat(key.raw)).status).toBe(402);
      const deliveries = await budgetDeliveries();
      expect(deliveries.map((d) => d.event)).toEqual(["budget.threshold_50", "budget.threshold_80", "budget.exhausted"]);
      expect(deliveries.map((d) => (d.payload as any).data.percent)).toEqual([50, 80, 100]);
      expect(deliveries.every((d) => (d.payload as any).data.virtual_key_id === key.legacyId)).toBe(true);
      expect(sub.got).toHaveLength(3);
    } finally {
      sub.stop();
    }
  });
});
