// Virtual keys are cached per node (no key lookup per request), and a change or revocation
// still applies to the very next request: on the node that made it, on every other node
// through pub/sub, and even behind the cache's back, because the reserve statement itself
// refuses a revoked key.
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKey, startGatewayNode, useGatewayNode } from "./gateway-helpers.js";
import { describeIfRedis, TEST_DATABASE_URL, type TestNode } from "./helpers.js";

const ask = (node: TestNode, key: string, model = "gpt-4o-mini") =>
  new OpenAI({ apiKey: key, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 }).chat.completions
    .create({ model, max_tokens: 5, messages: [{ role: "user", content: "hi" }] })
    .then(() => 200, (err) => (err as { status?: number }).status ?? String(err));

const REVOKE = `mutation($input: RevokeVirtualKeyInput!) { revokeVirtualKey(input: $input) { __typename } }`;
const UPDATE = `mutation($input: UpdateVirtualKeyInput!) { updateVirtualKey(input: $input) { __typename } }`;

describe("virtual key cache", () => {
  // A long cache period: whatever the tests see next comes from invalidation, not expiry.
  const { node, admin } = useGatewayNode({ env: { AUTH_CACHE_SECONDS: "300" } });

  it("a request with a known key reads no key row: one statement reserves, one settles", async () => {
    const key = await createKey(node, admin);
    expect(await ask(node, key.raw)).toBe(200);
    const recording = node.recordSql();
    const res = await node.http("POST", "/proxy/openai/v1/chat/completions", {
      headers: { authorization: `Bearer ${key.raw}`, ...recording.headers },
      body: { model: "gpt-4o-mini", max_tokens: 5, messages: [{ role: "user", content: "hi" }] },
    });
    expect(res.status).toBe(200);
    expect(recording.statements, recording.statements.join("\n\n")).toHaveLength(2);
    expect(recording.statements[0]).toMatch(/INSERT INTO budget_reservations/);
    expect(recording.statements[1]).toMatch(/INSERT INTO usage_events/);
  });

  it("revoking a cached key refuses its next request at once", async () => {
    const key = await createKey(node, admin);
    expect(await ask(node, key.raw)).toBe(200);
    const revoked = await node.gql(REVOKE, { input: { legacyId: key.legacyId } }, admin);
    expect(revoked.data.revokeVirtualKey.__typename).toBe("VirtualKey");
    expect(await ask(node, key.raw)).toBe(401);
  });

  it("a changed model list applies to the next request", async () => {
    const key = await createKey(node, admin);
    expect(await ask(node, key.raw, "gpt-4o")).toBe(200);
    await node.gql(UPDATE, { input: { legacyId: key.legacyId, allowedModels: ["gpt-4o-mini"] } }, admin);
    expect(await ask(node, key.raw, "gpt-4o")).toBe(403);
    expect(await ask(node, key.raw, "gpt-4o-mini")).toBe(200);
  });

  it("a key deactivated behind the cache's back is still refused: the reservation checks it", async () => {
    const key = await createKey(node, admin);
    expect(await ask(node, key.raw)).toBe(200);
    await node.app.db.prisma.virtualKey.update({ where: { serial: key.legacyId }, data: { isActive: false } });
    expect(await ask(node, key.raw)).toBe(401);
    await node.app.landed();
    expect(await node.app.db.prisma.budgetReservation.count({ where: { virtualKey: { serial: key.legacyId } } })).toBe(0);
  });
});

const describeCluster = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

describeCluster("virtual key cache on two nodes (PostgreSQL and Redis)", () => {
  let a: TestNode;
  let b: TestNode;
  let admin: Record<string, string>;
  beforeAll(async () => {
    ({ node: a, admin } = await startGatewayNode({ redis: true }));
    ({ node: b } = await startGatewayNode({ redis: true, databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix, env: { AUTH_CACHE_SECONDS: "300" } }));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("a key revoked through one node is refused by the other on its next request", async () => {
    const key = await createKey(a, admin);
    expect(await ask(b, key.raw)).toBe(200); // cached on b
    await a.gql(REVOKE, { input: { legacyId: key.legacyId } }, admin);
    expect(await ask(b, key.raw)).toBe(401);
  });
});
