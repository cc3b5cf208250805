// Admin operations over HTTP: the users connection, roles (never zero admins), tiers and
// credit grants, including a race that proves grants are atomic increments.
import { describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { adminAuth, codeOf, ofType, registerUser, TEST_DATABASE_URL, useNode } from "./helpers.js";

const USERS = graphql(`query AdminTestUsers($first: Int, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role tier } } } }`);
const SET_ROLE = graphql(`mutation AdminTestSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename
  ... on User { id role } ... on Error { code message } } }`);
const SET_TIER = graphql(`mutation AdminTestSetTier($input: SetUserTierInput!) { setUserTier(input: $input) { __typename
  ... on User { id tier } ... on Error { code message } } }`);
const GRANT = graphql(`mutation AdminTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename
  ... on GrantCreditsPayload { user { id credits } transaction { id amount txType description balanceAfter } }
  ... on ValidationError { fields { field } }
  ... on Error { code message } } }`);
const TRANSACTIONS = graphql(`query AdminTestTransactions($first: Int) { me { credits
  transactions(first: $first) { totalCount edges { node { id amount txType description balanceAfter } } } } }`);
const ME = graphql(`query AdminTestMe { me { id role tier credits } }`);
const SET_ACTIVE = graphql(`mutation AdminTestSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename
  ... on User { id isActive } ... on Error { code message } } }`);

describe("admin operations", () => {
  const { node, admin } = useNode({ admin: true });

  it("lists users for admins only, with search and pagination", async () => {
    const a = await registerUser(node);
    await registerUser(node);
    const all = await node.gql(USERS, { first: 100 }, admin);
    expect(all.data?.users.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.data?.users.edges.map((e) => e.node.email)).toContain(a.email);
    const found = await node.gql(USERS, { search: a.email.slice(0, 8).toUpperCase() }, admin);
    expect(found.data?.users).toMatchObject({ totalCount: 1, edges: [{ node: { id: a.id, email: a.email } }] });
    const page = await node.gql(USERS, { first: 1 }, admin);
    expect(page.data?.users.pageInfo.hasNextPage).toBe(true);
    const next = await node.gql(USERS, { first: 1, after: page.data?.users.pageInfo.endCursor }, admin);
    expect(next.data?.users.edges[0].node.id).not.toBe(page.data?.users.edges[0].node.id);

    const denied = await node.gql(USERS, {}, a.auth);
    expect(denied.data ?? null).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await node.gql(USERS, {});
    expect(anon.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
  });

  it("sets roles by id or legacy id, effective at once, and never removes the last admin", async () => {
    const u = await registerUser(node);
    const promoted = await node.gql(SET_ROLE, { input: { userLegacyId: u.legacyId, role: "ADMIN" } }, admin);
    expect(promoted.data?.setUserRole).toEqual({ __typename: "User", id: u.id, role: "ADMIN" });
    // The user's key was cached as a USER: the role change drops it.
    expect((await node.gql(USERS, { first: 1 }, u.auth)).data?.users.totalCount).toBeGreaterThan(0);

    const demoted = await node.gql(SET_ROLE, { input: { userId: u.id, role: "USER" } }, admin);
    expect(demoted.data?.setUserRole).toEqual({ __typename: "User", id: u.id, role: "USER" });
    expect((await node.gql(USERS, {}, u.auth)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const me = await node.gql(ME, {}, admin);
    const last = await node.gql(SET_ROLE, { input: { userId: me.data?.me.id, role: "USER" } }, admin);
    expect(last.data?.setUserRole).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect((await node.gql(USERS, { first: 1 }, admin)).data?.users).toBeTruthy();
  });

  it("deactivates and reactivates accounts, effective at once, never the last admin", async () => {
    const u = await registerUser(node);
    expect((await node.gql(ME, {}, u.auth)).data?.me.id).toBe(u.id); // cached from here on
    const off = await node.gql(SET_ACTIVE, { input: { userLegacyId: u.legacyId, isActive: false } }, admin);
    expect(off.data?.setUserActive).toEqual({ __typename: "User", id: u.id, isActive: false });
    expect((await node.gql(ME, {}, u.auth)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await node.gql(SET_ACTIVE, { input: { userId: u.id, isActive: true } }, u.auth)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const on = await node.gql(SET_ACTIVE, { input: { userId: u.id, isActive: true } }, admin);
    expect(on.data?.setUserActive).toEqual({ __typename: "User", id: u.id, isActive: true });
    expect((await node.gql(ME, {}, u.auth)).data?.me.id).toBe(u.id);

    const forbidden = await node.gql(SET_ACTIVE, { input: { userId: u.id, isActive: false } }, u.auth);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const me = await node.gql(ME, {}, admin);
    const last = await node.gql(SET_ACTIVE, { input: { userId: me.data?.me.id, isActive: false } }, admin);
    expect(last.data?.setUserActive).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    expect((await node.gql(ME, {}, admin)).data?.me.id).toBe(me.data?.me.id);
  });

  it("refuses role and tier changes from non-admins and bad references", async () => {
    const u = await registerUser(node);
    const forbidden = await node.gql(SET_ROLE, { input: { userId: u.id, role: "ADMIN" } }, u.auth);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await node.gql(SET_TIER, { input: { userId: u.id, tier: "ENTERPRISE" } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const input of [{ role: "ADMIN" as const }, { userId: u.id, userLegacyId: u.legacyId, role: "ADMIN" as const }, { userId: "garbage", role: "ADMIN" as const }]) {
      const res = await node.gql(SET_ROLE, { input }, admin);
      expect({ input, code: codeOf(res.data?.setUserRole) }).toEqual({ input, code: "VALIDATION_ERROR" });
    }
    const missing = await node.gql(SET_ROLE, { input: { userLegacyId: 999_999, role: "ADMIN" } }, admin);
    expect(codeOf(missing.data?.setUserRole)).toBe("NOT_FOUND");
    expect((await node.gql(ME, {}, u.auth)).data?.me.role).toBe("USER");
  });

  it("sets tiers", async () => {
    const u = await registerUser(node);
    const res = await node.gql(SET_TIER, { input: { userId: u.id, tier: "ENTERPRISE" } }, admin);
    expect(res.data?.setUserTier).toEqual({ __typename: "User", id: u.id, tier: "ENTERPRISE" });
    expect((await node.gql(ME, {}, u.auth)).data?.me.tier).toBe("ENTERPRISE");
    const byLegacy = await node.gql(SET_TIER, { input: { userLegacyId: u.legacyId, tier: "STANDARD" } }, admin);
    expect(ofType(byLegacy.data?.setUserTier, "User").tier).toBe("STANDARD");
  });

  it("grants credits as PURCHASE transactions the user can see", async () => {
    const u = await registerUser(node);
    const first = await node.gql(GRANT, { input: { userId: u.id, amount: 25, reason: "Invoice 17" } }, admin);
    expect(first.data?.grantCredits).toMatchObject({
      __typename: "GrantCreditsPayload",
      user: { id: u.id, credits: 25 },
      transaction: { amount: 25, txType: "PURCHASE", description: "Invoice 17", balanceAfter: 25 },
    });
    const second = await node.gql(GRANT, { input: { userId: u.id, amount: 5 } }, admin);
    expect(ofType(second.data?.grantCredits, "GrantCreditsPayload").transaction).toMatchObject({ amount: 5, description: "Credit purchase", balanceAfter: 30 });
    const mine = await node.gql(TRANSACTIONS, {}, u.auth);
    expect(mine.data?.me.credits).toBe(30);
    expect(mine.data?.me.transactions.totalCount).toBe(2);
    expect(mine.data?.me.transactions.edges.map((e) => e.node.balanceAfter)).toEqual([30, 25]);
    expect(mine.data?.me.transactions.edges[1].node.id).toBe(ofType(first.data?.grantCredits, "GrantCreditsPayload").transaction.id);
  });

  it("validates grants and refuses non-admins", async () => {
    const u = await registerUser(node);
    for (const amount of [0, -5, 1_000_000_001]) {
      const res = await node.gql(GRANT, { input: { userId: u.id, amount } }, admin);
      expect({ amount, r: res.data?.grantCredits }).toMatchObject({ amount, r: { __typename: "ValidationError", fields: [{ field: "input.amount" }] } });
    }
    const emptyReason = await node.gql(GRANT, { input: { userId: u.id, amount: 1, reason: "" } }, admin);
    expect(emptyReason.data?.grantCredits.__typename).toBe("ValidationError");
    const unknown = await node.gql(GRANT, { input: { userId: Buffer.from(`User:${crypto.randomUUID()}`).toString("base64"), amount: 1 } }, admin);
    expect(codeOf(unknown.data?.grantCredits)).toBe("NOT_FOUND");
    const self = await node.gql(GRANT, { input: { userId: u.id, amount: 100 } }, u.auth);
    expect(self.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await node.gql(GRANT, { input: { userId: u.id, amount: 100 } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await node.gql(ME, {}, u.auth)).data?.me.credits).toBe(0);
  });

  it("refuses a grant that would overflow the balance instead of failing inside the database", async () => {
    const u = await registerUser(node);
    for (let i = 0; i < 2; i++) {
      expect((await node.gql(GRANT, { input: { userId: u.id, amount: 1_000_000_000 } }, admin)).data?.grantCredits.__typename).toBe(
        "GrantCreditsPayload",
      );
    }
    const over = await node.gql(GRANT, { input: { userId: u.id, amount: 1_000_000_000 } }, admin);
    expect(over.data?.grantCredits).toMatchObject({ __typename: "ConflictError", code: "CONFLICT" });
    const me = await node.gql(TRANSACTIONS, {}, u.auth);
    expect(me.data?.me).toMatchObject({ credits: 2_000_000_000, transactions: { totalCount: 2 } });
  });

  it("applies 50 concurrent grants atomically", async () => {
    const u = await registerUser(node);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => node.gql(GRANT, { input: { userId: u.id, amount: 1, reason: `race ${i}` } }, admin)),
    );
    for (const r of results) expect(r.data?.grantCredits.__typename).toBe("GrantCreditsPayload");
    const me = await node.gql(TRANSACTIONS, { first: 100 }, u.auth);
    expect(me.data?.me.credits).toBe(50);
    expect(me.data?.me.transactions.totalCount).toBe(50);
    // Each grant saw the balance its own increment produced: 1..50, no two the same.
    const after = me.data?.me.transactions.edges.map((e) => e.node.balanceAfter).sort((a, b) => a - b);
    expect(after).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const reported = results.map((r) => ofType(r.data?.grantCredits, "GrantCreditsPayload").transaction.balanceAfter).sort((a, b) => a - b);
    expect(reported).toEqual(after);
  });
});

// Proves its guarantee on PostgreSQL; PGlite serialises transactions anyway.
describe(`last admin under concurrency (${TEST_DATABASE_URL ? "postgresql" : "pglite"})`, () => {
  const { node } = useNode();

  it("never ends with zero admins when every admin is demoted at once", async () => {
    const admin = await adminAuth(node);
    const me = await node.gql(ME, {}, admin);
    const others = [await registerUser(node), await registerUser(node), await registerUser(node)];
    for (const o of others) await node.gql(SET_ROLE, { input: { userId: o.id, role: "ADMIN" } }, admin);
    // Every admin demotes themselves with their own credential, all at once.
    const demotions = [{ id: me.data?.me.id, auth: admin }, ...others.map((o) => ({ id: o.id, auth: o.auth }))];
    const results = await Promise.all(demotions.map((d) => node.gql(SET_ROLE, { input: { userId: d.id, role: "USER" } }, d.auth)));
    const outcomes = results.map((r) => r.data?.setUserRole?.__typename ?? r.errors?.[0]?.extensions?.code).sort();
    expect(outcomes).toEqual(["ConflictError", "User", "User", "User"]);
    const admins = await node.app.db.prisma.user.count({ where: { role: "ADMIN", isActive: true } });
    expect(admins).toBe(1);
  });
});
