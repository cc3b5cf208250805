// Seed 002 (proxy pool) account routes over real HTTP: registration, keys, account, credits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminAuth, registerUser, startNode, type TestNode } from "./helpers.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe("legacy seed 002 accounts", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node?.close());

  const register = async (extra: Record<string, unknown> = {}) => {
    const email = `p${Math.random().toString(36).slice(2, 10)}@example.test`;
    const res = await node.http("POST", "/auth/register", { body: { email, display_name: "Alice", ...extra } });
    return { res, email };
  };

  describe("POST /auth/register", () => {
    it("creates the user and a first pp_ key that works at once", async () => {
      const { res, email } = await register();
      expect(res.status).toBe(201);
      expect(res.body.user).toEqual({ id: expect.stringMatching(UUID), email, display_name: "Alice" });
      const key = res.body.api_key;
      expect(key).toEqual({ id: expect.stringMatching(UUID), key: expect.stringMatching(/^pp_[a-z0-9]{48}$/), prefix: key.key.slice(0, 8), label: "default" });
      const account = await node.http("GET", "/account", { headers: bearer(key.key) });
      expect(account.status).toBe(200);
      expect(account.body.id).toBe(res.body.user.id);
    });

    it("rejects a missing or mistyped email with 422 and field details", async () => {
      const missing = await node.http("POST", "/auth/register", { body: { display_name: "x" } });
      expect(missing.status).toBe(422);
      expect(missing.body.error).toMatchObject({ code: "VALIDATION_ERROR", details: { fields: [{ field: "email", message: "field required" }] } });
      const typed = await node.http("POST", "/auth/register", { body: { email: 42, display_name: ["x"] } });
      expect(typed.status).toBe(422);
      expect(typed.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["email", "display_name"]);
    });

    it("rejects a malformed email, a non-JSON body and a duplicate", async () => {
      const bad = await node.http("POST", "/auth/register", { body: { email: "not-an-email" } });
      expect(bad.status).toBe(422);
      expect(bad.body.error.code).toBe("VALIDATION_ERROR");
      const notJson = await node.http("POST", "/auth/register", { body: "{nope" });
      expect(notJson.status).toBe(422);
      const { email } = await register();
      const dup = await node.http("POST", "/auth/register", { body: { email } });
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe("CONFLICT");
    });
  });

  describe("API keys", () => {
    it("POST /auth/keys creates a labelled key; without a label it is 'default'", async () => {
      const u = await registerUser(node);
      const res = await node.http("POST", "/auth/keys", { body: { label: "ci" }, headers: u.auth });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        key: expect.stringMatching(/^pp_[a-z0-9]{48}$/),
        prefix: res.body.key.slice(0, 8),
        label: "ci",
        created_at: expect.any(String),
      });
      expect((await node.http("GET", "/account", { headers: { "x-api-key": res.body.key } })).status).toBe(200);
      const plain = await node.http("POST", "/auth/keys", { headers: u.auth });
      expect(plain.status).toBe(201);
      expect(plain.body.label).toBe("default");
    });

    it("POST /auth/keys needs a key and a string label", async () => {
      const anon = await node.http("POST", "/auth/keys", { body: { label: "x" } });
      expect(anon.status).toBe(401);
      expect(anon.body.error.code).toBe("UNAUTHENTICATED");
      const invalid = await node.http("POST", "/auth/keys", { body: { label: "x" }, headers: bearer(`pp_${"0".repeat(48)}`) });
      expect(invalid.status).toBe(401);
      const u = await registerUser(node);
      const bad = await node.http("POST", "/auth/keys", { body: { label: 7 }, headers: u.auth });
      expect(bad.status).toBe(422);
      expect(bad.body.error.details.fields).toEqual([{ field: "label", message: "must be a string" }]);
      const empty = await node.http("POST", "/auth/keys", { body: { label: "  " }, headers: u.auth });
      expect(empty.status).toBe(422);
    });

    it("GET /auth/keys pages with limit and cursor and never shows a whole key", async () => {
      const u = await registerUser(node);
      for (const label of ["a", "b"]) await node.http("POST", "/auth/keys", { body: { label }, headers: u.auth });
      const first = await node.http("GET", "/auth/keys?limit=2", { headers: u.auth });
      expect(first.status).toBe(200);
      expect(first.body.total_count).toBe(3);
      expect(first.body.items).toHaveLength(2);
      expect(first.body.next_cursor).toEqual(expect.any(String));
      for (const item of first.body.items) {
        expect(item).toEqual({
          id: expect.stringMatching(UUID),
          prefix: expect.stringMatching(/^pp_[a-z0-9]{5}$/),
          key: `${item.prefix}...`,
          label: expect.any(String),
          is_active: true,
          created_at: expect.any(String),
          last_used_at: expect.toSatisfy((v: unknown) => v === null || typeof v === "string"),
        });
      }
      expect(first.text).not.toContain(u.key);
      const second = await node.http("GET", `/auth/keys?limit=2&cursor=${encodeURIComponent(first.body.next_cursor)}`, { headers: u.auth });
      expect(second.status).toBe(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.next_cursor).toBeNull();
      const ids = [...first.body.items, ...second.body.items].map((i: { id: string }) => i.id);
      expect(new Set(ids).size).toBe(3);
      const all = await node.http("GET", "/auth/keys", { headers: u.auth });
      expect(all.body.items).toHaveLength(3);
      expect(all.body.next_cursor).toBeNull();
    });

    it("GET /auth/keys shows only the caller's keys and checks its parameters", async () => {
      const a = await registerUser(node);
      const b = await registerUser(node);
      const listA = await node.http("GET", "/auth/keys", { headers: a.auth });
      const listB = await node.http("GET", "/auth/keys", { headers: b.auth });
      expect(listA.body.items).toHaveLength(1);
      expect(listB.body.items).toHaveLength(1);
      expect(listA.body.items[0].id).not.toBe(listB.body.items[0].id);
      expect((await node.http("GET", "/auth/keys")).status).toBe(401);
      for (const q of ["limit=0", "limit=201", "limit=ten", "cursor=garbage"]) {
        const res = await node.http("GET", `/auth/keys?${q}`, { headers: a.auth });
        expect(res.status, q).toBe(422);
        expect(res.body.error.code).toBe("VALIDATION_ERROR");
      }
      expect((await node.http("GET", "/auth/keys?limit=200", { headers: a.auth })).status).toBe(200);
    });

    it("DELETE /auth/keys/{id} revokes the caller's key; others' and unknown keys are 404", async () => {
      const a = await registerUser(node);
      const b = await registerUser(node);
      const extra = await node.http("POST", "/auth/keys", { body: { label: "temp" }, headers: a.auth });
      const keyId = extra.body.id as string;
      expect((await node.http("DELETE", `/auth/keys/${keyId}`)).status).toBe(401);
      const foreign = await node.http("DELETE", `/auth/keys/${keyId}`, { headers: b.auth });
      expect(foreign.status).toBe(404);
      expect(foreign.body.error.code).toBe("NOT_FOUND");
      expect((await node.http("DELETE", "/auth/keys/00000000-0000-4000-8000-000000000000", { headers: a.auth })).status).toBe(404);
      const malformed = await node.http("DELETE", "/auth/keys/not-a-uuid", { headers: a.auth });
      expect(malformed.status).toBe(422);
      expect(malformed.body.error.details.fields[0].field).toBe("key_id");
      const ok = await node.http("DELETE", `/auth/keys/${keyId}`, { headers: a.auth });
      expect(ok.status).toBe(204);
      expect(ok.text).toBe("");
      expect((await node.http("GET", "/account", { headers: bearer(extra.body.key) })).status).toBe(401);
      const left = await node.http("GET", "/auth/keys", { headers: a.auth });
      expect(left.body.items.map((i: { id: string }) => i.id)).not.toContain(keyId);
    });
  });

  describe("account", () => {
    it("GET /account prints the user with lowercase role and tier", async () => {
      const u = await registerUser(node);
      const res = await node.http("GET", "/account", { headers: u.auth });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.stringMatching(UUID),
        email: u.email,
        display_name: "Test User",
        role: "user",
        tier: "free",
        credits: 0,
        created_at: expect.any(String),
      });
      const admin = await node.http("GET", "/account", { headers: await adminAuth(node) });
      expect(admin.body).toMatchObject({ role: "admin", tier: "enterprise" });
    });

    it("GET /account rejects missing and invalid credentials with 401", async () => {
      const missing = await node.http("GET", "/account");
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String), details: expect.any(Object) } });
      expect((await node.http("GET", "/account", { headers: bearer("not-a-token") })).status).toBe(401);
    });

    it("GET /account/credits shows the balance and the latest 20 transactions, newest first", async () => {
      const u = await registerUser(node);
      const empty = await node.http("GET", "/account/credits", { headers: u.auth });
      expect(empty.status).toBe(200);
      expect(empty.body).toEqual({ balance: 0, recent_transactions: [] });
      const admin = await adminAuth(node);
      for (let i = 1; i <= 22; i++) {
        const res = await node.gql(
          `mutation($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }`,
          { input: { userId: u.id, amount: i, reason: `grant ${i}` } },
          admin,
        );
        expect(res.data?.grantCredits?.__typename).toBe("GrantCreditsPayload");
      }
      const res = await node.http("GET", "/account/credits", { headers: u.auth });
      expect(res.body.balance).toBe((22 * 23) / 2);
      expect(res.body.recent_transactions).toHaveLength(20);
      expect(res.body.recent_transactions[0]).toEqual({ amount: 22, tx_type: "purchase", description: "grant 22", created_at: expect.any(String) });
      expect(res.body.recent_transactions[19].amount).toBe(3);
      // Another user's credits are their own.
      const other = await registerUser(node);
      expect((await node.http("GET", "/account/credits", { headers: other.auth })).body.balance).toBe(0);
      expect((await node.http("GET", "/account/credits")).status).toBe(401);
    });
  });
});
