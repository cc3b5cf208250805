// Seed 004's gateway routes: virtual keys with integer ids and dollars, usage events,
// the metrics overview (spend, top users and projects, waste), `{"detail": ...}` errors.
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { useGatewayNode } from "./gateway-helpers.js";
import { registerUser } from "./helpers.js";

const { node, fake, admin } = useGatewayNode();

describe("seed 004 gateway routes", () => {
  it("creates a key (raw key once), lists, gets, patches and revokes it", async () => {
    const created = await node.http("POST", "/api/admin/virtual-keys", {
      headers: admin,
      body: {
        name: "Production API Key", user_email: "user@example.com", cost_centre: "Engineering", environment: "prod",
        agent_name: "HR Bot", monthly_budget_cap: 1000.0, max_tokens_per_request: 10000, max_reasoning_tokens: 2000,
        project: "AI Chatbot", allowed_models: ["gpt-4o-mini"],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "Production API Key", user_email: "user@example.com", monthly_budget_cap: 1000, is_active: true, project: "AI Chatbot" });
    expect(created.body.id).toBeTypeOf("number");
    expect(created.body.key).toMatch(/^vk_[A-Za-z0-9_-]{40,}$/);
    const id = created.body.id;

    const list = await node.http("GET", "/api/admin/virtual-keys", { headers: admin });
    expect(list.status).toBe(200);
    const listed = list.body.find((k: { id: number }) => k.id === id);
    expect(listed.key).toMatch(/^vk_.{7}\.\.\.$/);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);

    const got = await node.http("GET", `/api/admin/virtual-keys/${id}`, { headers: admin });
    expect(got.body).toMatchObject({ id, cost_centre: "Engineering", agent_name: "HR Bot", max_reasoning_tokens: 2000 });

    const patched = await node.http("PATCH", `/api/admin/virtual-keys/${id}`, { headers: admin, body: { monthly_budget_cap: 5, rpm_limit: 60 } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ monthly_budget_cap: 5, rpm_limit: 60, name: "Production API Key" });

    expect((await node.http("DELETE", `/api/admin/virtual-keys/${id}`, { headers: admin })).status).toBe(204);
    const res = await node.http("POST", "/proxy/openai/v1/chat/completions", {
      headers: { "x-virtual-key": created.body.key },
      body: { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] },
    });
    expect(res.status).toBe(401);
    expect((await node.http("DELETE", `/api/admin/virtual-keys/${id}`, { headers: admin })).status).toBe(409);
  });

  it("answers errors as {detail}: 401 without a token, 403 for non-admin create, 404, 422", async () => {
    const anon = await node.http("GET", "/api/admin/virtual-keys");
    expect(anon.status).toBe(401);
    expect(anon.body).toEqual({ detail: expect.any(String) });
    const user = await registerUser(node);
    const forbidden = await node.http("POST", "/api/admin/virtual-keys", { headers: user.auth, body: { name: "x", user_email: "a@b" } });
    expect(forbidden.status).toBe(403);
    expect((await node.http("GET", "/api/admin/virtual-keys/999999", { headers: admin })).status).toBe(404);
    const bad = await node.http("POST", "/api/admin/virtual-keys", { headers: admin, body: { name: "x", user_email: "a@b", monthly_budget_cap: "lots" } });
    expect(bad.status).toBe(422);
    expect(bad.body.detail).toContain("monthly_budget_cap");
  });

  it("usage events and the metrics overview: spend, top users and projects, waste of repeated prompts", async () => {
    const owner = await registerUser(node);
    const created = await node.http("POST", "/api/admin/virtual-keys", {
      headers: admin, body: { name: "k", user_email: owner.email, project: "Waste Watch", monthly_budget_cap: 10 },
    });
    const key = created.body.key as string;
    const client = new OpenAI({ apiKey: key, baseURL: `${node.url}/proxy/openai/v1`, maxRetries: 0 });
    fake.promptTokens = 10;
    fake.completionTokens = 5;
    for (const content of ["same  prompt", "same prompt ", "other"]) await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });

    const events = await node.http("GET", `/api/admin/usage-events?limit=2&virtual_key_id=${created.body.id}`, { headers: admin });
    expect(events.status).toBe(200);
    expect(events.body).toHaveLength(2);
    expect(events.body[0]).toMatchObject({ virtual_key_id: created.body.id, model: "gpt-4o-mini", input_tokens: 10, output_tokens: 5, project: "Waste Watch" });
    expect(events.body[0].id).toBeTypeOf("number");
    const each = 10 * 0.15 + 5 * 0.6; // micro-dollars per request at gpt-4o-mini prices
    expect(events.body[0].cost).toBeCloseTo(Math.ceil(each) / 1e6, 12);

    // The owner sees their key's usage only; an admin sees everything.
    const mine = await node.http("GET", "/api/metrics/overview", { headers: owner.auth });
    expect(mine.status).toBe(200);
    expect(mine.body.cost).toMatchObject({ total_requests: 3, total_tokens: 45 });
    expect(mine.body.cost.spend_today).toBeCloseTo((3 * Math.ceil(each)) / 1e6, 12);
    expect(mine.body.cost.forecasted_month_end).toBeGreaterThanOrEqual(mine.body.cost.spend_mtd);
    expect(mine.body.top_projects).toEqual([{ project_name: "Waste Watch", total_cost: expect.any(Number), request_count: 3 }]);
    expect(mine.body.top_users[0]).toMatchObject({ user_email: owner.email, request_count: 3 });
    expect(mine.body.waste).toMatchObject({ repeated_prompts_count: 1, estimated_waste: Math.ceil(each) / 1e6 });
    expect(mine.body.waste.top_repeated_hashes[0]).toMatchObject({ count: 2 });

    const all = await node.http("GET", "/api/metrics/overview", { headers: admin });
    expect(all.body.cost.total_requests).toBeGreaterThanOrEqual(3);
    const ownerEvents = await node.http("GET", "/api/admin/usage-events", { headers: owner.auth });
    expect(ownerEvents.body.every((e: { virtual_key_id: number }) => e.virtual_key_id === created.body.id)).toBe(true);
    const bad = await node.http("GET", "/api/admin/usage-events?limit=abc", { headers: admin });
    expect(bad.status).toBe(422);
  });

  it("exports spend, tokens and requests by key and model on /metrics", async () => {
    const res = await node.http("GET", "/metrics");
    expect(res.text).toMatch(/gateway_requests_total\{key="\d+",model="gpt-4o-mini",status="200"\} \d+/);
    expect(res.text).toMatch(/gateway_tokens_total\{key="\d+",model="gpt-4o-mini",kind="input"\} \d+/);
    expect(res.text).toContain("gateway_spend_microdollars_total");
  });
});
