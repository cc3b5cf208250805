// API keys over HTTP: creation (raw key shown once), listing, storage as SHA-256 only,
// revocation by owner/stranger/admin, last-use stamps, and `node(id:)` ownership.
import { createHash } from "node:crypto";
import { vi } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminAuth, registerUser, startNode, type TestNode } from "./helpers.js";

const CREATE = `mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }
  ... on ValidationError { fields { field message } }
  ... on Error { code message } } }`;
const REVOKE = `mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename
  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }`;
const LIST = `query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount
  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }`;
const NODE = `query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }`;
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];

describe("API keys", () => {
  let node: TestNode;
  let admin: Record<string, string>;
  beforeAll(async () => {
    node = await startNode();
    admin = await adminAuth(node);
  });
  afterAll(() => node?.close());

  const create = (auth: Record<string, string>, input: Record<string, unknown> = {}) =>
    node.gql(CREATE, { input }, auth).then((r) => r.data?.createApiKey ?? r);

  it("creates pp_ and probeops. keys and shows the raw key only once", async () => {
    const u = await registerUser(node);
    const pp = await create(u.auth, { label: "ci" });
    expect(pp.__typename).toBe("CreatedApiKey");
    expect(pp.key).toMatch(/^pp_[a-z0-9]{48}$/);
    expect(pp.apiKey).toMatchObject({ label: "ci", prefix: pp.key.slice(0, 8), keyPreview: `${pp.key.slice(0, 8)}...`, isActive: true, lastUsedAt: null });
    const po = await create(u.auth, { label: "probes", format: "PROBEOPS" });
    expect(po.key).toMatch(/^probeops\.[a-z0-9]{48}$/);
    expect(po.apiKey.keyPreview).toBe(`${po.key.slice(0, 14)}...`);
    // Both new keys authenticate as their owner.
    for (const key of [pp.key, po.key]) {
      expect((await node.gql(`{ me { email } }`, {}, { authorization: `Bearer ${key}` })).data?.me.email).toBe(u.email);
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
      const res = await create(u.auth, { label });
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
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: any = await node.gql(LIST, { first: 2, after }, u.auth);
      const conn = res.data.me.apiKeys;
      expect(conn.totalCount).toBe(5);
      expect(conn.edges.length).toBeLessThanOrEqual(2);
      seen.push(...conn.edges.map((e: any) => e.node.label));
      for (const e of conn.edges) expect(e.node.keyPreview).toMatch(/^pp_[a-z0-9]{5}\.\.\.$/);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(["k4", "k3", "k2", "k1", "default"]);
    expect((await node.gql(LIST, { first: 1 }, u.auth)).data.me.apiKeyCount).toBe(5);
  });

  it("lets the owner revoke a key by id or legacy id; revoked keys leave the default list", async () => {
    const u = await registerUser(node);
    const a = await create(u.auth, { label: "a" });
    const b = await create(u.auth, { label: "b" });
    const byId = await node.gql(REVOKE, { input: { id: a.apiKey.id } }, u.auth);
    expect(byId.data?.revokeApiKey).toMatchObject({ __typename: "ApiKey", id: a.apiKey.id, isActive: false });
    const byLegacy = await node.gql(REVOKE, { input: { legacyId: b.apiKey.legacyId } }, u.auth);
    expect(byLegacy.data?.revokeApiKey).toMatchObject({ __typename: "ApiKey", id: b.apiKey.id, isActive: false });
    // A raw UUID (what legacy routes print) is accepted too, and revoking twice is harmless.
    const again = await node.gql(REVOKE, { input: { id: uuidOf(a.apiKey.id) } }, u.auth);
    expect(again.data?.revokeApiKey).toMatchObject({ __typename: "ApiKey", isActive: false });

    const active = await node.gql(LIST, {}, u.auth);
    expect(active.data.me.apiKeys.edges.map((e: any) => e.node.label)).toEqual(["default"]);
    expect(active.data.me.apiKeyCount).toBe(1);
    const all = await node.gql(LIST, { includeRevoked: true }, u.auth);
    expect(all.data.me.apiKeys.totalCount).toBe(3);
    expect(await node.gql(`{ me { id } }`, {}, { authorization: `Bearer ${a.key}` })).toMatchObject({
      errors: [{ extensions: { code: "UNAUTHENTICATED", details: { reason: "invalid" } } }],
    });
  });

  it("hides other users' keys from revocation (not found) but lets an admin revoke them", async () => {
    const owner = await registerUser(node);
    const stranger = await registerUser(node);
    const k = await create(owner.auth, { label: "mine" });
    for (const input of [{ id: k.apiKey.id }, { legacyId: k.apiKey.legacyId }]) {
      const res = await node.gql(REVOKE, { input }, stranger.auth);
      expect(res.data?.revokeApiKey).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    }
    expect((await node.gql(`{ me { id } }`, {}, { authorization: `Bearer ${k.key}` })).data?.me.id).toBe(owner.id);
    const anon = await node.gql(REVOKE, { input: { id: k.apiKey.id } });
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const byAdmin = await node.gql(REVOKE, { input: { id: k.apiKey.id } }, admin);
    expect(byAdmin.data?.revokeApiKey).toMatchObject({ __typename: "ApiKey", isActive: false });
    expect((await node.gql(`{ me { id } }`, {}, { authorization: `Bearer ${k.key}` })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("answers malformed references with ValidationError", async () => {
    const u = await registerUser(node);
    const userId = u.id; // a global id of the wrong type
    const notUuid = Buffer.from("ApiKey:zzzz").toString("base64");
    for (const input of [{}, { id: userId }, { id: "garbage" }, { id: notUuid }, { id: "-".repeat(36) }, { id: userId, legacyId: 1 }]) {
      const res = await node.gql(REVOKE, { input }, u.auth);
      expect({ input, r: res.data?.revokeApiKey?.code }).toEqual({ input, r: "VALIDATION_ERROR" });
    }
    const missing = await node.gql(REVOKE, { input: { legacyId: 999_999 } }, u.auth);
    expect(missing.data?.revokeApiKey.code).toBe("NOT_FOUND");
  });

  it("stamps lastUsedAt when a key is used", async () => {
    const u = await registerUser(node);
    const k = await create(u.auth, { label: "stamp" });
    expect(k.apiKey.lastUsedAt).toBeNull();
    await node.gql(`{ me { id } }`, {}, { "x-api-key": k.key });
    // The stamp is written beside the request, not in its path: wait for it to land.
    await vi.waitFor(async () => {
      const list = await node.gql(LIST, {}, u.auth);
      const row = list.data.me.apiKeys.edges.find((e: any) => e.node.id === k.apiKey.id);
      expect(row.node.lastUsedAt).not.toBeNull();
    });
  });
});

describe("node(id:) ownership", () => {
  let node: TestNode;
  let admin: Record<string, string>;
  beforeAll(async () => {
    node = await startNode();
    admin = await adminAuth(node);
  });
  afterAll(() => node?.close());

  it("resolves a user's rows for the owner and admins, and null for anyone else", async () => {
    const owner = await registerUser(node);
    const stranger = await registerUser(node);
    const session = await node.gql(
      `mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }`,
      { input: { email: owner.email, password: owner.password } },
    );
    const grant = await node.gql(
      `mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }`,
      { id: owner.id },
      admin,
    );
    const keys = await node.gql(LIST, {}, owner.auth);
    const ids = {
      User: owner.id,
      ApiKey: keys.data.me.apiKeys.edges[0].node.id,
      LoginSession: session.data.login.session.id,
      CreditTransaction: grant.data.grantCredits.transaction.id,
    };
    for (const [type, id] of Object.entries(ids)) {
      expect((await node.gql(NODE, { id }, owner.auth)).data?.node).toEqual({ __typename: type, id });
      expect((await node.gql(NODE, { id }, admin)).data?.node).toEqual({ __typename: type, id });
      expect({ type, r: await node.gql(NODE, { id }, stranger.auth) }).toEqual({ type, r: { data: { node: null } } });
      expect({ type, r: await node.gql(NODE, { id }) }).toEqual({ type, r: { data: { node: null } } });
    }
    const many = await node.gql(`query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Object.values(ids) }, stranger.auth);
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
    expect((await node.gql(`query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }`, { id: stranger.id }, stranger.auth)).data?.node).toEqual({
      email: stranger.email,
    });
  });
});
