// Credentials and account entry points over real HTTP: every way to authenticate, what a
// missing or bad credential answers, revocation, expiry, register/login and throttling.
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { print } from "graphql";
import { graphql } from "../src/generated/graphql/index.js";
import type { AuthTestLoginMutation, RegisterInput } from "../src/generated/graphql/graphql.js";
import { ADMIN, codeOf, loginUser, ofType, registerUser, startNode, TEST_DATABASE_URL, TEST_REDIS_URL, type TestNode, useNode } from "./helpers.js";

const JWT_SECRET = "test-secret-".padEnd(48, "x");
const ME = graphql(`query AuthTestMe { me { email } }`);
const MY_KEYS = graphql(`query AuthTestMyKeys { me { apiKeys { edges { node { id } } } } }`);
const REVOKE_KEY = graphql(`mutation AuthTestRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { isActive } } }`);
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];
const basic = (user: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}` });

const REGISTER = graphql(`mutation AuthTestRegister($input: RegisterInput!) { register(input: $input) { __typename
  ... on RegisterPayload { user { email username displayName } apiKey { key } }
  ... on ValidationError { code fields { field message } }
  ... on Error { code message details } } }`);
const LOGIN = graphql(`mutation AuthTestLogin($input: LoginInput!) { login(input: $input) { __typename
  ... on LoginPayload { token tokenType expiresAt user { email } session { id } }
  ... on RateLimitedError { retryAfter }
  ... on Error { code message details } } }`);
const SESSIONS = graphql(`query AuthTestSessions { me { loginSessions { totalCount edges { node { id current isActive ip } } } } }`);
const REVOKE_SESSION = graphql(`mutation AuthTestRevokeSession($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename
  ... on LoginSession { id isActive revokedAt } ... on Error { code } } }`);

/** The error a request with these headers gets on `me`. */
async function meError(node: TestNode, headers: Record<string, string>) {
  const res = await node.gql(ME, {}, headers);
  expect(res.data?.me ?? null).toBeNull();
  return res.errors?.[0]?.extensions;
}

describe("credentials", () => {
  // A long cache: revocations must reach the cache through pub/sub, not by expiry.
  const { node } = useNode({ env: { JWT_SECRET, AUTH_CACHE_SECONDS: "300" } });

  it("accepts Bearer pp_ keys, X-API-Key and Basic with the key as password", async () => {
    const u = await registerUser(node);
    expect(u.key).toMatch(/^pp_[a-z0-9]{48}$/);
    for (const headers of [u.auth, { "x-api-key": u.key }, basic("x", u.key), basic(u.email, u.key)]) {
      const res = await node.gql(ME, {}, headers);
      expect(res).toEqual({ data: { me: { email: u.email } } });
    }
  });

  it("accepts a login JWT, Basic email:password and the session_id cookie", async () => {
    const u = await registerUser(node);
    const res = await fetch(`${node.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: print(LOGIN), variables: { input: { email: u.email, password: u.password } } }),
    });
    const login = ofType(((await res.json()) as { data: AuthTestLoginMutation }).data.login, "LoginPayload");
    expect(login).toMatchObject({ tokenType: "bearer", user: { email: u.email } });
    expect(login.token.split(".")).toHaveLength(3);
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^session_id=[A-Za-z0-9_-]{20,};/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//);
    const cookie = setCookie.split(";")[0];

    expect((await node.gql(ME, {}, { authorization: `Bearer ${login.token}` })).data?.me.email).toBe(u.email);
    expect((await node.gql(ME, {}, { cookie: `theme=dark; ${cookie}` })).data?.me.email).toBe(u.email);
    expect((await node.gql(ME, {}, basic(u.email.toUpperCase(), u.password))).data?.me.email).toBe(u.email);

    // The cookie and the JWT name the same login session, which knows it is current.
    for (const headers of [{ cookie }, { authorization: `Bearer ${login.token}` }] as Record<string, string>[]) {
      const s = await node.gql(SESSIONS, {}, headers);
      const current = s.data?.me.loginSessions.edges.filter((e) => e.node.current);
      expect(current).toHaveLength(1);
      expect(current?.[0].node).toMatchObject({ id: login.session.id, isActive: true, ip: "127.0.0.1" });
    }
    const viaKey = await node.gql(SESSIONS, {}, u.auth);
    expect(viaKey.data?.me.loginSessions.edges.some((e) => e.node.current)).toBe(false);
  });

  it("answers UNAUTHENTICATED with reason missing when no credential is sent", async () => {
    expect(await meError(node, {})).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
    expect(await meError(node, { cookie: "theme=dark" })).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
  });

  it("answers UNAUTHENTICATED with reason invalid for bad keys, tokens and passwords", async () => {
    const u = await registerUser(node);
    const wrongSecret = new TextEncoder().encode("another-secret-".padEnd(48, "y"));
    const forged = await new SignJWT({ sid: randomBytes(16).toString("hex") })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(uuidOf(u.id))
      .setIssuer("switchyard")
      .setExpirationTime("1h")
      .sign(wrongSecret);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(`{"sub":"${uuidOf(u.id)}","iss":"switchyard"}`).toString("base64url")}.`;
    const cases: Record<string, string>[] = [
      { authorization: `Bearer pp_${"a".repeat(48)}` },
      { authorization: `Bearer probeops.${"a".repeat(48)}` },
      { authorization: "Bearer not-a-jwt" },
      { authorization: `Bearer ${forged}` },
      { authorization: `Bearer ${unsigned}` },
      { authorization: "Token abc" },
      { authorization: "Bearer" },
      { "x-api-key": `pp_${"b".repeat(48)}` },
      { cookie: "session_id=not-a-session" },
      basic(u.email, "wrong-password"),
      basic("x", `pp_${"c".repeat(48)}`),
      { authorization: `Basic ${Buffer.from("no-colon").toString("base64")}` },
    ];
    for (const headers of cases) {
      const ext = await meError(node, headers);
      expect({ headers, ext }).toMatchObject({ headers, ext: { code: "UNAUTHENTICATED", details: { reason: "invalid" } } });
    }
  });

  it("refuses an expired token and accepts a fresh one for the same session", async () => {
    const u = await registerUser(node);
    const { sessionId } = await loginUser(node, u.email, u.password);
    const secret = new TextEncoder().encode(JWT_SECRET);
    const sign = (exp: number) =>
      new SignJWT({ sid: uuidOf(sessionId) })
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setSubject(uuidOf(u.id))
        .setIssuer("switchyard")
        .setIssuedAt(exp - 3600)
        .setExpirationTime(exp)
        .sign(secret);
    const now = Math.floor(Date.now() / 1000);
    // The control: our own signature with JWT_SECRET is accepted while it is valid...
    expect((await node.gql(ME, {}, { authorization: `Bearer ${await sign(now + 600)}` })).data?.me.email).toBe(u.email);
    // ...so the refusal below is the expiry, not the signature.
    expect(await meError(node, { authorization: `Bearer ${await sign(now - 600)}` })).toEqual({
      code: "UNAUTHENTICATED",
      details: { reason: "invalid" },
    });
    // A token naming a session of another user is refused as well.
    const other = await registerUser(node);
    const crossed = await new SignJWT({ sid: uuidOf(sessionId) })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(uuidOf(other.id))
      .setIssuer("switchyard")
      .setExpirationTime(now + 600)
      .sign(secret);
    expect((await meError(node, { authorization: `Bearer ${crossed}` }))?.code).toBe("UNAUTHENTICATED");
  });

  it("stops a revoked API key at once on every way it is sent", async () => {
    const u = await registerUser(node);
    const ways = [u.auth, { "x-api-key": u.key }, basic("x", u.key)];
    // Fill the principal cache for every way first.
    for (const headers of ways) expect((await node.gql(ME, {}, headers)).data?.me.email).toBe(u.email);
    const keyId = (await node.gql(MY_KEYS, {}, u.auth)).data!.me.apiKeys.edges[0].node.id;
    const { token } = await loginUser(node, u.email, u.password);
    const revoked = await node.gql(REVOKE_KEY, { id: keyId }, { authorization: `Bearer ${token}` });
    expect(revoked.data?.revokeApiKey).toEqual({ __typename: "ApiKey", isActive: false });
    for (const headers of ways) {
      expect(await meError(node, headers)).toEqual({ code: "UNAUTHENTICATED", details: { reason: "invalid" } });
    }
    // The user's other credentials keep working.
    expect((await node.gql(ME, {}, { authorization: `Bearer ${token}` })).data?.me.email).toBe(u.email);
  });

  it("stops the JWT and the cookie of a revoked login session", async () => {
    const u = await registerUser(node);
    const a = await loginUser(node, u.email, u.password);
    const b = await loginUser(node, u.email, u.password);
    const jwt = { authorization: `Bearer ${a.token}` };
    const cookie = { cookie: a.cookie! };
    for (const headers of [jwt, cookie]) expect((await node.gql(ME, {}, headers)).data?.me.email).toBe(u.email);

    const res = await node.gql(REVOKE_SESSION, { id: a.sessionId }, { authorization: `Bearer ${b.token}` });
    expect(res.data?.revokeLoginSession).toMatchObject({ __typename: "LoginSession", id: a.sessionId, isActive: false });
    expect(ofType(res.data?.revokeLoginSession, "LoginSession").revokedAt).toBeTruthy();
    for (const headers of [jwt, cookie]) {
      expect(await meError(node, headers)).toEqual({ code: "UNAUTHENTICATED", details: { reason: "invalid" } });
    }
    // The other session is untouched and no longer lists the revoked one as active.
    const list = await node.gql(SESSIONS, {}, { authorization: `Bearer ${b.token}` });
    const ids = list.data?.me.loginSessions.edges.map((e) => e.node.id);
    expect(ids).toContain(b.sessionId);
    expect(ids).not.toContain(a.sessionId);
    // Revoking twice is harmless.
    const again = await node.gql(REVOKE_SESSION, { id: a.sessionId }, { authorization: `Bearer ${b.token}` });
    expect(again.data?.revokeLoginSession.__typename).toBe("LoginSession");
  });

  it("lets only the owner or an admin revoke a login session", async () => {
    const owner = await registerUser(node);
    const stranger = await registerUser(node);
    const s = await loginUser(node, owner.email, owner.password);
    const refused = await node.gql(REVOKE_SESSION, { id: s.sessionId }, stranger.auth);
    expect(refused.data?.revokeLoginSession).toEqual({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect((await node.gql(ME, {}, { authorization: `Bearer ${s.token}` })).data?.me.email).toBe(owner.email);

    const anonymous = await node.gql(REVOKE_SESSION, { id: s.sessionId });
    expect(anonymous.errors?.[0]?.extensions).toEqual({ code: "UNAUTHENTICATED", details: { reason: "missing" } });
    const garbage = await node.gql(REVOKE_SESSION, { id: "bm90LWFuLWlk" }, owner.auth);
    expect(codeOf(garbage.data?.revokeLoginSession)).toBe("VALIDATION_ERROR");
    const unknown = await node.gql(REVOKE_SESSION, { id: Buffer.from(`LoginSession:${crypto.randomUUID()}`).toString("base64") }, owner.auth);
    expect(codeOf(unknown.data?.revokeLoginSession)).toBe("NOT_FOUND");

    const { token } = await loginUser(node, ADMIN.email, ADMIN.password);
    const byAdmin = await node.gql(REVOKE_SESSION, { id: s.sessionId }, { authorization: `Bearer ${token}` });
    expect(byAdmin.data?.revokeLoginSession).toMatchObject({ __typename: "LoginSession", isActive: false });
    expect((await meError(node, { authorization: `Bearer ${s.token}` }))?.details).toEqual({ reason: "invalid" });
  });
});

describe("register and login", () => {
  const { node } = useNode();

  const register = (input: RegisterInput) => node.gql(REGISTER, { input }).then((r) => r.data?.register);
  const registered = async (input: RegisterInput) => ofType(await register(input), "RegisterPayload");
  const email = () => `r${randomBytes(5).toString("hex")}@example.test`;

  it("registers with or without a first key, in either key format", async () => {
    const e = email();
    const pp = await registered({ email: e.toUpperCase(), password: "long-enough-1", username: "user_" + e.slice(1, 8) });
    expect(pp).toMatchObject({ user: { email: e } });
    expect(pp.apiKey?.key).toMatch(/^pp_[a-z0-9]{48}$/);
    const po = await registered({ email: email(), apiKeyFormat: "PROBEOPS", displayName: "Probe Ops" });
    expect(po.apiKey?.key).toMatch(/^probeops\.[a-z0-9]{48}$/);
    expect(po.user.displayName).toBe("Probe Ops");
    const none = await register({ email: email(), password: "long-enough-1", createApiKey: false });
    expect(none).toMatchObject({ __typename: "RegisterPayload", apiKey: null });
    // Dotless domains are allowed (seed 004 logs in as admin@local).
    expect((await register({ email: "someone@intranet" }))?.__typename).toBe("RegisterPayload");
  });

  it("answers a taken email or username with ConflictError as data", async () => {
    const e = email();
    expect((await register({ email: e, password: "long-enough-1", username: `n${e.slice(1, 9)}` }))?.__typename).toBe("RegisterPayload");
    const dup = await register({ email: e.toUpperCase(), password: "long-enough-1" });
    expect(dup).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", details: { field: "email" } });
    const dupName = await register({ email: email(), username: `n${e.slice(1, 9)}` });
    expect(dupName).toMatchObject({ __typename: "ConflictError", code: "CONFLICT", details: { field: "username" } });
  });

  it("answers bad input with ValidationError naming the fields", async () => {
    const bad = ofType(await register({ email: "not-an-email", password: "short" }), "ValidationError");
    expect(bad.fields.map((f) => f.field).sort()).toEqual(["input.email", "input.password"]);
    for (const input of [
      { email: "a b@c" },
      { email: email(), username: "x" },
      { email: email(), username: "has space" },
      { email: email(), password: "p".repeat(257) },
      { email: email(), apiKeyLabel: "" },
      { email: `${"a".repeat(250)}@b.cd` },
    ]) {
      const res = await register(input);
      expect({ input, type: res?.__typename }).toEqual({ input, type: "ValidationError" });
      expect(ofType(res, "ValidationError").fields.length).toBeGreaterThan(0);
    }
  });

  it("answers a wrong password or unknown email with the same UnauthenticatedError", async () => {
    const u = await registerUser(node);
    const wrong = await node.gql(LOGIN, { input: { email: u.email, password: "not-the-password" } });
    const unknown = await node.gql(LOGIN, { input: { email: email(), password: "not-the-password" } });
    expect(wrong.data?.login).toEqual({
      __typename: "UnauthenticatedError",
      code: "UNAUTHENTICATED",
      message: "Invalid email or password",
      details: { reason: "invalid" },
    });
    expect(unknown.data?.login).toEqual(wrong.data?.login);
    // An account created without a password cannot log in with one.
    const e = email();
    await register({ email: e });
    expect((await node.gql(LOGIN, { input: { email: e, password: "anything-1" } })).data?.login.__typename).toBe("UnauthenticatedError");
    const empty = await node.gql(LOGIN, { input: { email: u.email, password: "" } });
    expect(empty.data?.login.__typename).toBe("ValidationError");
  });

  it("logs in with any case of the email and issues a session per login", async () => {
    const u = await registerUser(node);
    const a = await node.gql(LOGIN, { input: { email: u.email.toUpperCase(), password: u.password } });
    const b = await node.gql(LOGIN, { input: { email: u.email, password: u.password } });
    const first = ofType(a.data?.login, "LoginPayload");
    expect(new Date(first.expiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(first.session.id).not.toBe(ofType(b.data?.login, "LoginPayload").session.id);
    const list = await node.gql(SESSIONS, {}, u.auth);
    expect(list.data?.me.loginSessions.totalCount).toBe(2);
  });
});

describe("failed-login throttling", () => {
  const { node } = useNode({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: "3", LOGIN_MAX_FAILURES_PER_ADDRESS: "1000" } });

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    node.gql(LOGIN, { input: { email, password } }, headers).then((r) => r.data?.login);

  it("throttles an account after its failures, even for the right password", async () => {
    const u = await registerUser(node);
    const bystander = await registerUser(node);
    for (let i = 0; i < 3; i++) expect((await login(u.email, "wrong-password"))?.__typename).toBe("UnauthenticatedError");
    const refused = ofType(await login(u.email, u.password), "RateLimitedError");
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(900);
    expect(refused.details).toMatchObject({ retry_after: refused.retryAfter });
    // Another spelling of the same email is the same account.
    expect((await login(u.email.toUpperCase(), u.password))?.__typename).toBe("RateLimitedError");
    // Basic email:password is a login too.
    const basicRes = await node.gql(ME, {}, basic(u.email, u.password));
    expect(basicRes.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    // API keys are not passwords: the owner's key still works, and other accounts log in.
    expect((await node.gql(ME, {}, u.auth)).data?.me.email).toBe(u.email);
    expect((await login(bystander.email, bystander.password))?.__typename).toBe("LoginPayload");
  });

  it("holds the limit when many guesses arrive at once", async () => {
    const u = await registerUser(node);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => login(u.email, `guess-number-${i}`)));
    const kinds = results.map((r) => r?.__typename);
    // Exactly three passwords were tried; every other guess was refused unchecked.
    expect(kinds.filter((k) => k === "UnauthenticatedError")).toHaveLength(3);
    expect(kinds.filter((k) => k === "RateLimitedError")).toHaveLength(17);
    expect((await login(u.email, u.password))?.__typename).toBe("RateLimitedError");
  });

  it("forgets earlier failures after a successful login", async () => {
    const u = await registerUser(node);
    for (let i = 0; i < 2; i++) await login(u.email, "wrong-password");
    expect((await login(u.email, u.password))?.__typename).toBe("LoginPayload");
    for (let i = 0; i < 2; i++) await login(u.email, "wrong-password");
    expect((await login(u.email, u.password))?.__typename).toBe("LoginPayload");
  });
});

describe("failed-login throttling per address", () => {
  const { node } = useNode({ env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: "100", LOGIN_MAX_FAILURES_PER_ADDRESS: "4" } });

  it("throttles an address that fails on many accounts, and X-Forwarded-For does not escape it", async () => {
    const victim = await registerUser(node);
    // Successful logins are not failures: more of them than the limit changes nothing.
    for (let i = 0; i < 6; i++) {
      const ok = await node.gql(LOGIN, { input: { email: victim.email, password: victim.password } });
      expect(ok.data?.login.__typename).toBe("LoginPayload");
    }
    for (let i = 0; i < 4; i++) {
      const r = await node.gql(LOGIN, { input: { email: `nobody${i}@example.test`, password: "guess-guess" } });
      expect(r.data?.login.__typename).toBe("UnauthenticatedError");
    }
    const refused = await node.gql(LOGIN, { input: { email: victim.email, password: victim.password } });
    expect(refused.data?.login).toMatchObject({ __typename: "RateLimitedError", code: "RATE_LIMITED" });
    expect(ofType(refused.data?.login, "RateLimitedError").retryAfter).toBeGreaterThan(0);
    // TRUST_PROXY is unset: a forged X-Forwarded-For is not a new address.
    const forged = await node.gql(LOGIN, { input: { email: victim.email, password: victim.password } }, { "x-forwarded-for": "203.0.113.9" });
    expect(forged.data?.login.__typename).toBe("RateLimitedError");
    expect((await node.gql(ME, {}, victim.auth)).data?.me.email).toBe(victim.email);
  });
});

const describeCluster = TEST_DATABASE_URL && TEST_REDIS_URL ? describe : describe.skip;

describeCluster("two nodes sharing PostgreSQL and Redis", () => {
  let a: TestNode;
  let b: TestNode;
  beforeAll(async () => {
    // Long caches on both: only the pub/sub message can drop a revoked credential.
    a = await startNode({ env: { AUTH_CACHE_SECONDS: "300" } });
    b = await startNode({ databaseUrl: a.databaseUrl, redisPrefix: a.redisPrefix, env: { AUTH_CACHE_SECONDS: "300" } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it("share the generated JWT secret: a token from one node works on the other", async () => {
    const u = await registerUser(a);
    const { token } = await loginUser(a, u.email, u.password);
    expect((await b.gql(ME, {}, { authorization: `Bearer ${token}` })).data?.me.email).toBe(u.email);
  });

  it("drop a key revoked on one node from the other node's cache", async () => {
    const u = await registerUser(a);
    expect((await b.gql(ME, {}, u.auth)).data?.me.email).toBe(u.email);
    const keyId = (await a.gql(MY_KEYS, {}, u.auth)).data!.me.apiKeys.edges[0].node.id;
    const revoked = await a.gql(REVOKE_KEY, { id: keyId }, u.auth);
    expect(revoked.data?.revokeApiKey.__typename).toBe("ApiKey");
    // The message crosses Redis, so the other node learns of it shortly after.
    await vi.waitFor(async () => expect(await meError(b, u.auth)).toEqual({ code: "UNAUTHENTICATED", details: { reason: "invalid" } }));
  });

  it("drop a revoked login session on the other node", async () => {
    const u = await registerUser(a);
    const s = await loginUser(b, u.email, u.password);
    const jwt = { authorization: `Bearer ${s.token}` };
    expect((await b.gql(ME, {}, jwt)).data?.me.email).toBe(u.email);
    const res = await a.gql(REVOKE_SESSION, { id: s.sessionId }, u.auth);
    expect(res.data?.revokeLoginSession.__typename).toBe("LoginSession");
    await vi.waitFor(async () => expect((await meError(b, jwt))?.details).toEqual({ reason: "invalid" }));
  });
});
