// Bad input is a 4xx in the route's own envelope, never a 500 or INTERNAL: undecodable
// cookies, malformed multipart, text PostgreSQL cannot store, made-up cursors, bad GET
// variables, odd JWT claims, unmatched paths and oversized request heads.
import { connect } from "node:net";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { parseCookie } from "../src/domains/accounts/auth.service.js";
import { createTokens } from "../src/domains/accounts/tokens.js";
import { registerUser, useNode, type TestUser } from "./helpers.js";

const { node, admin } = useNode({ admin: true, env: { JWT_SECRET: "s".repeat(40) } });
const b64 = (s: string) => Buffer.from(s).toString("base64");

const noInternal = (res: { status: number; text: string }) => {
  expect(res.status).toBeLessThan(500);
  expect(res.text).not.toMatch(/INTERNAL/);
};

describe("cookies", () => {
  it("an undecodable session cookie does not break /health or any route", async () => {
    for (const path of ["/health", "/api/health", "/healthz", "/ready"]) {
      const res = await node.http("GET", path, { headers: { cookie: "session_id=%" } });
      expect(res.status, path).toBe(200);
    }
    const res = await node.http("GET", "/account", { headers: { cookie: "session_id=%E0%A4%A" } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("parseCookie keeps an undecodable value as it is", () => {
    expect(parseCookie("a=1; session_id=%", "session_id")).toBe("%");
    expect(parseCookie("session_id=a%20b", "session_id")).toBe("a b");
  });
});

describe("bodies", () => {
  it("malformed multipart is a validation error on every legacy body route", async () => {
    for (const [path, status, shape] of [
      ["/api/users/login", 400, { error: "Bad Request" }],
      ["/api/auth/token", 422, {}],
      ["/auth/register", 422, { error: { code: "VALIDATION_ERROR" } }],
    ] as const) {
      const res = await node.http("POST", path, { body: "garbage", headers: { "content-type": "multipart/form-data" } });
      expect(res.status, path).toBe(status);
      expect(res.body, path).toMatchObject(shape);
    }
  });

  it("NUL bytes and lone surrogates are refused before PostgreSQL, with the field named", async () => {
    const user = await registerUser(node);
    const cases: [string, string, string, Record<string, string>?][] = [
      ["/api/users/login", '{"email":"n\\u0000ul@b.c","password":"x"}', "email"],
      ["/api/users/login", '{"email":"\\udfff","password":"x"}', "email"],
      ["/api/users/register", '{"email":"a@b.c","password":"long-enough-1","username":"x\\u0000"}', "username"],
      ["/auth/keys", '{"label":"a\\u0000b"}', "label", user.auth],
      ["/api/apikeys", '{"name":"\\ud800"}', "name", user.auth],
    ];
    for (const [path, body, field, headers] of cases) {
      const res = await node.http("POST", path, { body, headers: { "content-type": "application/json", ...headers } });
      noInternal(res);
      expect([400, 422], `${path} ${body}`).toContain(res.status);
      expect(res.text).toContain(field);
    }
  });

  it("GraphQL refuses the same text in variables and in literals as VALIDATION_ERROR", async () => {
    const login = `mutation HardeningLogin($email: String!) { login(input: { email: $email, password: "x" }) { __typename } }`;
    for (const variables of [{ email: "n\u0000ul@b.c" }, { email: "\udfff" }]) {
      const res = await node.gql(login, variables);
      expect(res.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    }
    const literal = await node.gql(`mutation HardeningLiteral { login(input: { email: "a\\u0000b", password: "x" }) { __typename } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    const user = await registerUser(node);
    const name = await node.gql(`mutation HardeningName($n: String!) { createApiKey(input: { label: $n }) { __typename } }`, { n: "\u0000" }, user.auth);
    expect(name.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
  });

  it("HTTP Basic user names with NUL are invalid credentials", async () => {
    const res = await node.http("GET", "/account", { headers: { authorization: `Basic ${b64("a\u0000b@c.d:password")}` } });
    expect(res.status).toBe(401);
    const gql = await node.gql("{ me { id } }", {}, { authorization: `Basic ${b64("\udfff:pw")}` });
    expect(gql.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("cursors", () => {
  let user: TestUser;
  const madeUp = [b64("GPC:N:1"), b64("GPC:S:not-a-uuid"), b64("GPC:J:[1]"), "!!!", b64("GPC:S:")];

  it("every connection refuses cursors it did not hand out", async () => {
    user ??= await registerUser(node);
    const queries = [
      [`query HardeningProxies($c: String) { proxies(first: 5, after: $c) { edges { cursor } } }`, user.auth],
      [`query HardeningSources($c: String) { sources(first: 5, after: $c) { edges { cursor } } }`, user.auth],
      [`query HardeningKeys($c: String) { me { apiKeys(first: 5, after: $c) { edges { cursor } } } }`, user.auth],
      [`query HardeningSessions($c: String) { me { loginSessions(last: 5, before: $c) { edges { cursor } } } }`, user.auth],
      [`query HardeningTx($c: String) { me { transactions(first: 5, after: $c) { edges { cursor } } } }`, user.auth],
      [`query HardeningUsers($c: String) { users(first: 5, after: $c) { edges { cursor } } }`, admin],
    ] as const;
    for (const [query, auth] of queries) {
      for (const c of madeUp) {
        const res = await node.gql(query, { c }, auth);
        expect(res.errors?.[0]?.extensions?.code, `${query} ${c}`).toBe("VALIDATION_ERROR");
      }
    }
    // Inline cursors too, and a real one still pages.
    const inline = await node.gql(`{ proxies(first: 5, after: "R1BDOk46MQ==") { edges { cursor } } }`, {}, user.auth);
    expect(inline.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    const first = await node.gql(`{ me { apiKeys(first: 1) { edges { cursor } } } }`, {}, user.auth);
    const cursor = first.data.me.apiKeys.edges[0].cursor;
    const next = await node.gql(`query HardeningNext($c: String) { me { apiKeys(first: 1, after: $c) { edges { cursor } } } }`, { c: cursor }, user.auth);
    expect(next.errors).toBeUndefined();
  });

  it("a document seen before is still checked against each request's variables", async () => {
    // The guard caches what it learns from a document (Yoga hands every request with the same
    // text the same DocumentNode); the cursor itself must still be checked per request.
    user ??= await registerUser(node);
    const query = `query HardeningCached($c: String) { me { apiKeys(first: 1, after: $c) { edges { cursor } } } }`;
    const first = await node.gql(`{ me { apiKeys(first: 1) { edges { cursor } } } }`, {}, user.auth);
    const good = first.data.me.apiKeys.edges[0].cursor;
    const accepted = await node.gql(query, { c: good }, user.auth);
    expect(accepted.errors).toBeUndefined();
    const refused = await node.gql(query, { c: b64("GPC:N:1") }, user.auth);
    expect(refused.errors?.[0]?.extensions?.code).toBe("VALIDATION_ERROR");
    expect(refused.errors?.[0]?.message).toContain("apiKeys.after: not a cursor");
  });
});

describe("GET /graphql", () => {
  it("variables or extensions that are not JSON are a 400", async () => {
    for (const q of ["variables={bad", "extensions={bad", "variables=%00"]) {
      const res = await node.http("GET", `/graphql?query=${encodeURIComponent("{__typename}")}&${q}`);
      expect(res.status, q).toBe(400);
      expect(res.text).not.toMatch(/INTERNAL/);
    }
  });
});

describe("tokens", () => {
  const secret = new TextEncoder().encode("s".repeat(40));
  const sign = (claims: Record<string, unknown>, exp = true) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuer("switchyard").setIssuedAt();
    return (exp ? jwt.setExpirationTime("1h") : jwt).sign(secret);
  };

  it("a signed token with non-UUID sid/sub is invalid credentials, not INTERNAL", async () => {
    for (const claims of [
      { sub: "not-a-uuid", sid: "also-not" },
      { sub: "00000000-0000-0000-0000-000000000000", sid: "x\u0000" },
    ]) {
      const token = await sign(claims);
      const res = await node.gql("{ me { id } }", {}, { authorization: `Bearer ${token}` });
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const legacy = await node.http("GET", "/account", { headers: { authorization: `Bearer ${token}` } });
      expect(legacy.status).toBe(401);
    }
  });

  it("tokens without exp are refused", async () => {
    const tokens = createTokens(secret);
    const claims = { sub: "00000000-0000-0000-0000-000000000001", sid: "00000000-0000-0000-0000-000000000002" };
    expect(await tokens.verify(await sign(claims, false))).toBeNull();
    expect(await tokens.verify(await sign(claims))).toEqual({ userId: claims.sub, sessionId: claims.sid });
  });
});

describe("unmatched paths and early errors", () => {
  it("answer in the envelope of the legacy API the path belongs to", async () => {
    const v1 = await node.http("GET", "/api/v1/nothing-here");
    expect(v1.status).toBe(404);
    expect(v1.body.error).toMatchObject({ code: "NOT_FOUND", details: {} });
    expect(v1.body.error.request_id).toBeTruthy();
    expect(v1.body.detail).toBeUndefined();

    const s3 = await node.http("GET", "/api/probes/nothing");
    expect(s3.body).toEqual({ error: "Not Found", message: expect.any(String) });

    for (const path of ["/auth/nothing", "/proxies/x/y/z", "/stats/nothing", "/sources/a/b/c", "/leases/x"]) {
      const res = await node.http("GET", path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String), details: {} } });
    }
    for (const path of ["/api/sessions/x/y", "/api/auth/nothing"]) {
      const res = await node.http("GET", path);
      expect(res.body, path).toEqual({ detail: expect.any(String) });
    }
  });

  it("request heads over the limit get a body in the path's envelope", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const { port } = new URL(node.url);
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(`GET /api/v1/status HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
      });
      let data = "";
      socket.on("data", (d) => (data += d));
      socket.on("end", () => resolve(data));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1.1 431 /);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body.error).toMatchObject({ code: "HEADERS_TOO_LARGE", request_id: expect.any(String) });

    const res = await fetch(`${node.url}/health`, { headers: { "x-big": "a".repeat(20_000) } });
    expect(res.status).toBe(431);
    expect(await res.json()).toMatchObject({ error: { code: "HEADERS_TOO_LARGE" } });
  });
});
