// Two switchyard nodes behind one (imaginary) load balancer: one PostgreSQL database, one
// Redis key prefix. Live events, rate limits, login throttling and credential revocation
// must behave as if there were one node. Needs TEST_DATABASE_URL (two PGlite nodes cannot
// share a database) and TEST_REDIS_URL; skipped, and reported as skipped, otherwise.
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import type { ClusterCreditsSubscription, ClusterSpySubscription } from "../src/generated/graphql/graphql.js";
import { adminAuth, describeIfRedis, loginUser, ofType, registerUser, startNode, TEST_DATABASE_URL, type TestNode } from "./helpers.js";

const describeCluster = TEST_DATABASE_URL ? describeIfRedis : describe.skip;

const CREATE_KEY = graphql(`mutation ClusterCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename
  ... on CreatedApiKey { key apiKey { id } } ... on RateLimitedError { code retryAfter } ... on Error { code message } } }`);
const REVOKE_KEY = graphql(`mutation ClusterRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename
  ... on ApiKey { id revokedAt } ... on Error { code message } } }`);
const GRANT = graphql(`mutation ClusterGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename
  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }`);
const ME = graphql(`query ClusterMe { me { id email } }`);
const CREDITS_CHANGED = graphql(`subscription ClusterCredits { creditsChanged { balance amount transaction { id amount txType } } }`);
const SPY = graphql(`subscription ClusterSpy($u: ID) { creditsChanged(userId: $u) { balance } }`);

const wsUrl = (node: TestNode) => `${node.url.replace(/^http/, "ws")}/graphql`;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describeCluster("cluster: two nodes sharing PostgreSQL and a Redis prefix", () => {
  let a: TestNode;
  let b: TestNode;
  /** Same database, but a Redis prefix of its own: shares data, not counters. */
  let c: TestNode;
  const clients: Client[] = [];

  beforeAll(async () => {
    a = await startNode({ redis: true });
    // B caches principals for 5 minutes: only the revocation event can make it forget one.
    b = await startNode({ redis: true, databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix, env: { AUTH_CACHE_SECONDS: "300" } });
    c = await startNode({ redis: true, databaseUrl: a.databaseUrl });
    expect(c.redisPrefix).not.toBe(a.redisPrefix);
  });
  afterAll(async () => {
    await Promise.all(clients.map((cl) => cl.dispose()));
    // A created (and drops) the database, so it closes last.
    await Promise.all([b?.close(), c?.close()]);
    await a?.close();
  });

  function subscribeOn(node: TestNode, authorization?: string) {
    const client = createClient({
      url: wsUrl(node),
      webSocketImpl: WebSocket,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
    });
    clients.push(client);
    return client.iterate<ClusterCreditsSubscription>({ query: print(CREDITS_CHANGED) });
  }

  it("delivers an event published on A to a graphql-ws subscriber on B", async () => {
    const user = await registerUser(a);
    const admin = await adminAuth(a);
    const events = subscribeOn(b, user.auth.authorization);
    const grant = async (amount: number) => {
      const res = await a.gql(GRANT, { input: { userId: user.id, amount, reason: "cluster test" } }, admin);
      return ofType(res.data?.grantCredits, "GrantCreditsPayload").user.credits;
    };
    // graphql-ws does not say when the subscription is live on the server, so grant until
    // the first event arrives; grants made before that are simply not seen.
    let next = events.next();
    let first: Awaited<typeof next> | undefined;
    let balance = 0;
    for (let i = 0; i < 100 && !first; i++) {
      balance = await grant(5);
      first = await Promise.race([next, sleep(200).then(() => undefined)]);
    }
    expect(first?.done).toBe(false);
    expect(first!.value?.errors).toBeUndefined();
    expect(first!.value?.data?.creditsChanged).toMatchObject({ amount: 5, transaction: { amount: 5, txType: "PURCHASE" } });
    // Now live: the very next grant on A must arrive on B, after any earlier ones in flight.
    const final = await grant(7);
    expect(final).toBe(balance + 7);
    for (;;) {
      next = events.next();
      const ev = (await next).value!.data!.creditsChanged;
      if (ev.amount === 7) {
        expect(ev.balance).toBe(final);
        break;
      }
      expect(ev.balance).toBeLessThanOrEqual(balance);
    }
    await events.return?.();
  });

  it("refuses a creditsChanged subscription on B without credentials, and another user's credits", async () => {
    const anonymous = subscribeOn(b);
    expect((await anonymous.next()).value).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    const [owner, other] = [await registerUser(a), await registerUser(a)];
    const client = createClient({ url: wsUrl(b), webSocketImpl: WebSocket, connectionParams: other.auth, retryAttempts: 0 });
    clients.push(client);
    const spying = client.iterate<ClusterSpySubscription>({ query: print(SPY), variables: { u: owner.id } });
    const refused = (await spying.next()).value;
    expect(refused).toMatchObject({ errors: [{ extensions: { code: "FORBIDDEN" } }] });
    expect(refused?.data ?? null).toBeNull();
  });

  it("shares one rate limit between A and B (createApiKey: 30 per minute)", async () => {
    const user = await registerUser(a);
    for (let i = 0; i < 30; i++) {
      const node = i % 2 ? b : a; // 15 calls on each node
      const res = await node.gql(CREATE_KEY, { input: { label: `k${i}` } }, user.auth);
      expect(res.data?.createApiKey.__typename, `call ${i + 1}`).toBe("CreatedApiKey");
    }
    // 30 in the shared window: the 31st is refused on both nodes, each of which saw only 15.
    for (const node of [a, b]) {
      const res = await node.gql(CREATE_KEY, { input: { label: "over" } }, user.auth);
      const limited = ofType(res.data?.createApiKey, "RateLimitedError");
      expect(limited.code).toBe("RATE_LIMITED");
      expect(limited.retryAfter).toBeGreaterThan(0);
    }
    // A node with another Redis prefix keeps its own count, so the share is the prefix's doing.
    const res = await c.gql(CREATE_KEY, { input: { label: "elsewhere" } }, user.auth);
    expect(res.data?.createApiKey.__typename).toBe("CreatedApiKey");
    // Bad input is refused before it is counted.
    const bad = await a.gql(CREATE_KEY, { input: { label: "" } }, user.auth);
    expect(bad.data?.createApiKey.__typename).toBe("ValidationError");
  });

  it("keeps the shared limit exact under concurrent calls split across A and B", async () => {
    const user = await registerUser(a);
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => (i % 2 ? b : a).gql(CREATE_KEY, { input: { label: `c${i}` } }, user.auth)),
    );
    const kinds = results.map((r) => r.data?.createApiKey.__typename);
    expect(kinds.filter((k) => k === "CreatedApiKey")).toHaveLength(30);
    expect(kinds.filter((k) => k === "RateLimitedError")).toHaveLength(30);
  });

  it("shares failed-login throttling between A and B", async () => {
    const user = await registerUser(a);
    // The default allows 5 failures per account in the window: 3 on A and 2 on B.
    for (const node of [a, a, a, b, b]) {
      const { result } = await loginUser(node, user.email, "wrong-password-9");
      expect(result).toMatchObject({ __typename: "UnauthenticatedError", code: "UNAUTHENTICATED" });
    }
    // The account is now locked on both nodes, even with the right password.
    for (const node of [b, a]) {
      const { result } = await loginUser(node, user.email, user.password);
      expect(result).toMatchObject({ __typename: "RateLimitedError", code: "RATE_LIMITED" });
    }
    // Another prefix has no failures recorded for the account.
    const { result, token } = await loginUser(c, user.email, user.password);
    expect(result?.__typename).toBe("LoginPayload");
    expect(token).toBeTruthy();
  });

  it("revoking an API key on A makes it fail on B at once, although B cached it", async () => {
    const user = await registerUser(a);
    const stranger = await registerUser(a);
    const created = await a.gql(CREATE_KEY, { input: { label: "to revoke" } }, user.auth);
    const victim = ofType(created.data?.createApiKey, "CreatedApiKey");
    const victimAuth = { authorization: `Bearer ${victim.key}` };

    // B resolves the key once and caches the principal.
    expect((await b.gql(ME, {}, victimAuth)).data?.me.email).toBe(user.email);

    // Another user cannot revoke it (not-found, not forbidden), and it keeps working.
    const foreign = await a.gql(REVOKE_KEY, { input: { id: victim.apiKey.id } }, stranger.auth);
    expect(foreign.data?.revokeApiKey).toMatchObject({ __typename: "NotFoundError", code: "NOT_FOUND" });
    const unauthenticated = await a.gql(REVOKE_KEY, { input: { id: victim.apiKey.id } });
    expect(unauthenticated).toMatchObject({ data: null, errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    expect((await b.gql(ME, {}, victimAuth)).data?.me.email).toBe(user.email);

    // The owner revokes it on A (with their other key); B refuses it on the next request.
    const revoked = await a.gql(REVOKE_KEY, { input: { id: victim.apiKey.id } }, user.auth);
    expect(ofType(revoked.data?.revokeApiKey, "ApiKey")).toMatchObject({ id: victim.apiKey.id, revokedAt: expect.any(String) });
    const onB = await b.gql(ME, {}, victimAuth);
    expect(onB.data?.me ?? null).toBeNull();
    expect(onB.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await a.gql(ME, {}, victimAuth)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The owner's other key is unaffected on B.
    expect((await b.gql(ME, {}, user.auth)).data?.me.email).toBe(user.email);
  });

  it("(control) B really serves cached principals: a revocation that skips the event goes unnoticed", async () => {
    // Without this, the test above would pass on a node that never caches.
    const user = await registerUser(a);
    expect((await b.gql(ME, {}, user.auth)).data?.me.email).toBe(user.email);
    const db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE api_keys SET revoked_at = now() WHERE user_id = $1`, [await uuidOf(db, user.email)]);
    } finally {
      await db.end();
    }
    expect((await b.gql(ME, {}, user.auth)).data?.me.email).toBe(user.email); // still cached on B
    expect((await c.gql(ME, {}, user.auth)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED"); // C never cached it
  });
});

async function uuidOf(db: pg.Client, email: string): Promise<string> {
  const { rows } = await db.query(`SELECT id FROM users WHERE email = $1`, [email]);
  return rows[0].id;
}
