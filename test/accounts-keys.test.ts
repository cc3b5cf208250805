// API keys over HTTP: creation (raw key shown once), listing, storage as SHA-256 only,
// revocation by owner/stranger/admin, last-use stamps, and `node(id:)` ownership.
import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { CreateApiKeyInput, RevokeApiKeyInput } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, useNode } from "./helpers.js";

const CREATE = graphql(`mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`);
const REVOKE = graphql(`mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename
  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }`);
const LIST = graphql(`query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount
  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }`);
const NODE = graphql(`query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }`);
const ME_EMAIL = graphql(`query KeysTestMeEmail { me { email } }`);
const ME_ID = graphql(`query KeysTestMeId { me { id } }`);
const LOGIN = graphql(`mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }`);
const GRANT = graphql(`mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }`);
const NODES = graphql(`query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`);
const SELF = graphql(`query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }`);
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];

describe("API keys", () => {
  const { node, admin } = useNode({ admin: true });

  const attempt = (auth: Record<string, string>, input: CreateApiKeyInput = {}) => node.gql(CREATE, { input }, auth).then((r) => r.data?.createApiKey);
  const create = async (auth: Record<string, string>, input: CreateApiKeyInput = {}) => ofType(await attempt(auth, input), "CreatedApiKey");
  const revoke = (input: RevokeApiKeyInput, auth?: Record<string, string>) => node.gql(REVOKE, { input }, auth).then((r) => r.data?.revokeApiKey);

  it("creates pp_ and probeops. keys and shows the raw key only once", async () => {
    const u = await registerUser(node);
    const pp = await create(u.auth, { label: "ci" });
    expect(pp.key).toMatch(/^pp_[a-z0-9]{48}$/);
    expect(pp.apiKey).toMatchObject({ label: "ci", prefix: pp.key.slice(0, 8), keyPreview: `${pp.key.slice(0, 8)}...`, isActive: true, lastUsedAt: null });
    const po = await create(u.auth, { label: "probes", format: "PROBEOPS" });
    expect(po.key).toMatch(/^probeops\.[a-z0-9]{48}$/);
    expect(po.apiKey.keyPreview).toBe(`${po.key.slice(0, 14)}...`);
    // Both new keys authenticate as their owner.
    for (const key of [pp.key, po.key]) {
      expect((await node.gql(ME_EMAIL, {}, { authorization: `Bearer ${key}` })).data?.me.email).toBe(u.email);
    }
    // Default label and format.
    const plain = await create(u.auth);
    expect(plain.apiKey.label).toBe("default");
    expect(plain.key.startsWith("pp_")).toBe(true);
    // Nothing readable afterwards contains a whole key.
    const listed = JSON.stringify(await node.gql(LIST, { first: 50, includeRevoked: true }, u.auth));
    for (const key of [u.key, pp.key, po.key, plain.key]) expect(listed).not.toContain(key);
  });

  it("stores only the SHA-256 of a key", async () => {
    const u = await registerUser(node);
    const created = await create(u.auth, { label: "stored" });
    const rows = await node.app.db.prisma.apiKey.findMany({ where: { userId: uuidOf(u.id) } });
    expect(rows).toHaveLength(2);
    const row = rows.find((r) => r.id === uuidOf(created.apiKey.id))!;
    expect(row.keyHash).toBe(createHash("sha256").update(created.key).digest("hex"));
    for (const r of rows) {
      const stored = JSON.stringify(r);
      for (const key of [u.key, created.key]) {
        expect(stored).not.toContain(key);
        expect(stored).not.toContain(key.slice(8));
      }
    }
  });

  it("refuses bad input and anonymous callers", async () => {
    const u = await registerUser(node);
    for (const label of ["", "x".repeat(101)]) {
      const res = await attempt(u.auth, { label });
      expect(res).toMatchObject({ __typename: "ValidationError", fields: [{ field: "input.label" }] });
    }
    const anon = await node.gql(CREATE, { input: {} });
    expect(anon.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
    expect(await node.app.db.prisma.apiKey.count({ where: { userId: uuidOf(u.id) } })).toBe(1);
  });

  it("lists keys newest first with pagination and a total count", async () => {
    const u = await registerUser(node);
    for (let i = 1; i <= 4; i++) await create(u.auth, { label: `k${i}` });
    const seen: string[] = [];
    const pageAfter = async (after?: string | null) => (await node.gql(LIST, { first: 2, after }, u.auth)).data!.me.apiKeys;
    let after: string | null | undefined = null;
    for (let page = 0; page < 5; page++) {
      const conn = await pageAfter(after);
      expect(conn.totalCount).toBe(5);
      expect(conn.edges.length).toBeLessThanOrEqual(2);
      seen.push(...conn.edges.map((e) => e.node.label));
      for (const e of conn.edges) expect(e.node.keyPreview).toMatch(/^pp_[a-z0-9]{5}\.\.\.$/);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(["k4", "k3", "k2", "k1", "default"]);
    expect((await node.gql(LIST, { first: 1 }, u.auth)).data?.me.apiKeyCount).toBe(5);
  });

  it("lets the owner revoke a key by id or legacy id; revoked keys leave the default list", async () => {
    const u = await registerUser(node);
    const a = await create(u.auth, { label: "a" });
    const b = await create(u.auth, { label: "b" });
    expect(await revoke({ id: a.apiKey.id }, u.auth)).toMatchObject({ __typename: "ApiKey", id: a.apiKey.id, isActive: false });
    expect(await revoke({ legacyId: b.apiKey.legacyId }, u.auth)).toMatchObject({ __typename: "ApiKey", id: b.apiKey.id, isActive: false });
    // A raw UUID (what legacy routes print) is accepted too, and revoking twice is harmless.
    expect(await revoke({ id: uuidOf(a.apiKey.id) }, u.auth)).toMatchObject({ __typename: "ApiKey", isActive: false });

    const active = await node.gql(LIST, {}, u.auth);
    expect(active.data?.me.apiKeys.edges.map((e) => e.node.label)).toEqual(["default"]);
    expect(active.data?.me.apiKeyCount).toBe(1);
    const all = await node.gql(LIST, { includeRevoked: true }, u.auth);
    expect(all.data?.me.apiKeys.totalCount).toBe(3);
    expect(await node.gql(ME_ID, {}, { authorization: `Bearer ${a.key}` })).toMatchObject({
      errors: [{ extensions: { code: "UNAUTHENTICATED", details: { reason: "invalid" } } }],
    });
  });

  it("hides other users' keys from revocation (not found) but lets an admin revoke them", async () => {
    const owner = await registerUser(node);
    const stranger = await registerUser(node);
    const k = await create(owner.auth, { label: "mine" });
    for (const input of [{ id: k.apiKey.id }, { legacyId: k.apiKey.legacyId }]) {
      expect(await revoke(input, stranger.auth)).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    }
    expect((await node.gql(ME_ID, {}, { authorization: `Bearer ${k.key}` })).data?.me.id).toBe(owner.id);
    const anon = await node.gql(REVOKE, { input: { id: k.apiKey.id } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    expect(await revoke({ id: k.apiKey.id }, admin)).toMatchObject({ __typename: "ApiKey", isActive: false });
    expect((await node.gql(ME_ID, {}, { authorization: `Bearer ${k.key}` })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("answers malformed references with ValidationError", async () => {
    const u = await registerUser(node);
    const userId = u.id; // a global id of the wrong type
    const notUuid = Buffer.from("ApiKey:zzzz").toString("base64");
    for (const input of [{}, { id: userId }, { id: "garbage" }, { id: notUuid }, { id: "-".repeat(36) }, { id: userId, legacyId: 1 }]) {
      const res = await revoke(input, u.auth);
      expect({ input, r: res && "code" in res ? res.code : res }).toEqual({ input, r: "VALIDATION_ERROR" });
    }
    expect(await revoke({ legacyId: 999_999 }, u.auth)).toMatchObject({ code: "NOT_FOUND" });
  });

  it("stamps lastUsedAt when a key is used", async () => {
    const u = await registerUser(node);
    const k = await create(u.auth, { label: "stamp" });
    expect(k.apiKey.lastUsedAt).toBeNull();
    await node.gql(ME_ID, {}, { "x-api-key": k.key });
    // The stamp is written beside the request, not in its path: wait for it to land.
    await vi.waitFor(async () => {
      const list = await node.gql(LIST, {}, u.auth);
      const row = list.data?.me.apiKeys.edges.find((e) => e.node.id === k.apiKey.id);
      expect(row?.node.lastUsedAt).toEqual(expect.any(String));
    });
  });
});

describe("node(id:) ownership", () => {
  const { node, admin } = useNode({ admin: true });

  it("resolves a user's rows for the owner and admins, and null for anyone else", async () => {
    const owner = await registerUser(node);
    const stranger = await registerUser(node);
    const session = await node.gql(LOGIN, { input: { email: owner.email, password: owner.password } });
    const grant = await node.gql(GRANT, { id: owner.id }, admin);
    const keys = await node.gql(LIST, {}, owner.auth);
    const login = session.data?.login;
    const granted = grant.data?.grantCredits;
    const ids = {
      User: owner.id,
      ApiKey: keys.data!.me.apiKeys.edges[0].node.id,
      LoginSession: login && "session" in login ? login.session.id : "",
      CreditTransaction: granted && "transaction" in granted ? granted.transaction.id : "",
    };
    for (const [type, id] of Object.entries(ids)) {
      expect((await node.gql(NODE, { id }, owner.auth)).data?.node).toEqual({ __typename: type, id });
      expect((await node.gql(NODE, { id }, admin)).data?.node).toEqual({ __typename: type, id });
      expect({ type, r: await node.gql(NODE, { id }, stranger.auth) }).toEqual({ type, r: { data: { node: null } } });
      expect({ type, r: await node.gql(NODE, { id }) }).toEqual({ type, r: { data: { node: null } } });
    }
    const many = await node.gql(NODES, { ids: Object.values(ids) }, stranger.auth);
    expect(many.data?.nodes).toEqual([null, null, null, null]);
    // Rows that do not exist are null too, for admins as well.
    for (const type of Object.keys(ids)) {
      const id = Buffer.from(`${type}:${crypto.randomUUID()}`).toString("base64");
      expect({ type, r: await node.gql(NODE, { id }, admin) }).toEqual({ type, r: { data: { node: null } } });
    }
    // Malformed ids are the caller's mistake (VALIDATION_ERROR), never an internal error.
    const b64 = (s: string) => Buffer.from(s).toString("base64");
    for (const id of ["x", b64("NoSuchType:1"), b64("Role:ADMIN"), b64("Error:1")]) {
      const res = await node.gql(NODE, { id }, owner.auth);
      expect({ id, ext: res.errors?.[0]?.extensions?.code }).toEqual({ id, ext: "VALIDATION_ERROR" });
    }
    // A known type with an id that is not a UUID simply matches nothing.
    for (const id of [b64("ApiKey:123"), b64("User:not-a-uuid"), b64("LoginSession:1")]) {
      expect({ id, r: await node.gql(NODE, { id }, admin) }).toEqual({ id, r: { data: { node: null } } });
    }
    // Reading the stranger's own row through node works as usual.
    expect((await node.gql(SELF, { id: stranger.id }, stranger.auth)).data?.node).toEqual({
      email: stranger.email,
    });
  });
});
