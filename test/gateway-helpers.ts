// Shared set-up of the gateway tests: a node whose upstreams are a fake LLM on loopback, and
// virtual keys created through GraphQL.
import { afterAll, beforeAll } from "vitest";
import { costMicros, PRICES } from "../src/domains/gateway/prices.js";
import { openaiChatInputTokens } from "../src/domains/gateway/tokens.js";
import { startFakeLlm, type FakeLlm } from "./fake-llm.js";
import { adminAuth, late, startNode, type TestNode, type TestNodeOptions } from "./helpers.js";

export const CREATE_KEY = `mutation($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) {
  __typename ... on CreatedVirtualKey { key virtualKey { id legacyId } } ... on Error { code message } } }`;

export async function startGatewayNode(opts: TestNodeOptions = {}): Promise<{ node: TestNode; fake: FakeLlm; admin: Record<string, string> }> {
  const fake = await startFakeLlm();
  const node = await startNode({
    ...opts,
    env: {
      OPENAI_BASE_URL: `${fake.url}/v1`,
      OPENAI_API_KEY: "sk-upstream-openai",
      ANTHROPIC_BASE_URL: fake.url,
      ANTHROPIC_API_KEY: "sk-ant-upstream",
      ...opts.env,
    },
  });
  const admin = await adminAuth(node);
  const close = node.close.bind(node);
  node.close = async () => {
    await close();
    await fake.close();
  };
  return { node, fake, admin };
}

/**
 * A gateway node and its fake upstream for the tests of a file or `describe` block, started
 * in `beforeAll` and closed in `afterAll` (the fake with it), as useNode does for a node.
 */
export function useGatewayNode(opts: TestNodeOptions = {}): { node: TestNode; fake: FakeLlm; admin: Record<string, string> } {
  let started: Awaited<ReturnType<typeof startGatewayNode>> | undefined;
  const admin: Record<string, string> = {};
  beforeAll(async () => {
    started = await startGatewayNode(opts);
    Object.assign(admin, started.admin);
  });
  afterAll(() => started?.node.close());
  return { node: late("useGatewayNode", () => started?.node), fake: late("useGatewayNode", () => started?.fake), admin };
}

export async function createKey(node: TestNode, admin: Record<string, string>, input: Record<string, unknown> = {}) {
  const res = await node.gql(CREATE_KEY, { input: { name: "test key", userEmail: "owner@example.test", ...input } }, admin);
  const r = res.data?.createVirtualKey;
  if (r?.__typename !== "CreatedVirtualKey") throw new Error(`createVirtualKey failed: ${JSON.stringify(res)}`);
  return { raw: r.key as string, id: r.virtualKey.id as string, legacyId: r.virtualKey.legacyId as number };
}

/**
 * The usage events of a key, newest first, straight from the database. The gateway settles a
 * request just after its answer has gone out: this reads once the node's settles have landed.
 */
export async function usageOf(node: TestNode, legacyId: number) {
  await node.app.landed();
  return node.app.db.prisma.usageEvent.findMany({ where: { virtualKey: { serial: legacyId } }, orderBy: { serial: "desc" } });
}

/** The key's row once the node's settles have landed (see usageOf). */
export async function keyRow(node: TestNode, legacyId: number) {
  await node.app.landed();
  return node.app.db.prisma.virtualKey.findUniqueOrThrow({ where: { serial: legacyId } });
}

/** An OpenAI chat request's prompt tokens and its worst case (the reservation): the prompt plus `maxTokens` of output, priced. */
export function worstCase(model: string, messages: { role: "user"; content: string }[], maxTokens: number) {
  const input = openaiChatInputTokens({ model, messages });
  return { input, worst: costMicros(PRICES[model], { input, output: maxTokens, cached: 0, reasoning: 0 }) };
}
