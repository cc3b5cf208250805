// What other web pages can do with a signed-in browser: read /graphql only from the origins
// in CORS_ORIGINS, never run mutations through forms or text bodies (CSRF), and never see
// credentials reflected by /judge. Requests are made as a browser would send them, with
// Origin and Cookie headers set by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginUser, registerUser, startNode, useNode, type TestNode, type TestUser } from "./helpers.js";

// One node with the default configuration for the whole file; CORS_ORIGINS gets its own.
const { node } = useNode();

const EVIL = "https://evil.example";
const APP = "https://app.example";

const CREATE_KEY = `mutation HttpSecurityCreateKey { createApiKey(input: { label: "csrf" }) { __typename } }`;
const KEY_COUNT = `query HttpSecurityKeyCount { me { apiKeyCount } }`;

function raw(target: TestNode, init: RequestInit & { path?: string } = {}) {
  return fetch(`${target.url}${init.path ?? "/graphql"}`, init);
}

function corsHeaders(res: Response) {
  return {
    origin: res.headers.get("access-control-allow-origin"),
    credentials: res.headers.get("access-control-allow-credentials"),
  };
}

describe("CORS on /graphql", () => {
  describe("with CORS_ORIGINS unset", () => {
    it("answers no origin, not even the caller's own, to a preflight or a request", async () => {
      const preflight = await raw(node, {
        method: "OPTIONS",
        headers: { origin: EVIL, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
      expect(preflight.status).toBeLessThan(300);
      expect(corsHeaders(preflight)).toEqual({ origin: null, credentials: null });

      const res = await raw(node, {
        method: "POST",
        headers: { origin: EVIL, "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(res.status).toBe(200);
      expect(corsHeaders(res)).toEqual({ origin: null, credentials: null });
    });
  });

  describe("with CORS_ORIGINS set", () => {
    let configured: TestNode;
    beforeAll(async () => {
      configured = await startNode({ env: { CORS_ORIGINS: `${APP}, http://localhost:5173` } });
    });
    afterAll(() => configured?.close());

    it("allows a listed origin with credentials", async () => {
      const preflight = await raw(configured, {
        method: "OPTIONS",
        headers: { origin: APP, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
      });
      expect(corsHeaders(preflight)).toEqual({ origin: APP, credentials: "true" });
      expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type, authorization");

      const res = await raw(configured, {
        method: "POST",
        headers: { origin: "http://localhost:5173", "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(corsHeaders(res)).toEqual({ origin: "http://localhost:5173", credentials: "true" });
      expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
      expect(res.headers.get("vary")).toMatch(/\bOrigin\b/);
    });

    it("answers nothing to any other origin, including the sandboxed-frame origin null", async () => {
      for (const origin of [EVIL, "null", `${APP}.evil.example`, "http://app.example"]) {
        const res = await raw(configured, {
          method: "POST",
          headers: { origin, "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        expect(corsHeaders(res), origin).toEqual({ origin: null, credentials: null });
        expect(res.headers.get("vary"), origin).toMatch(/\bOrigin\b/);
      }
    });
  });
});

describe("mutations authenticated by the session cookie (CSRF)", () => {
  let user: TestUser;
  let cookie: string;

  beforeAll(async () => {
    user = await registerUser(node);
    cookie = (await loginUser(node, user.email, user.password)).cookie!;
    expect(cookie).toMatch(/^session_id=/);
  });

  const keyCount = async () => (await node.gql(KEY_COUNT, {}, user.auth)).data.me.apiKeyCount as number;

  it("runs from a JSON request", async () => {
    const before = await keyCount();
    const res = await raw(node, {
      method: "POST",
      headers: { cookie, "content-type": "application/json", origin: node.url },
      body: JSON.stringify({ query: CREATE_KEY }),
    });
    expect(await res.json()).toEqual({ data: { createApiKey: { __typename: "CreatedApiKey" } } });
    expect(await keyCount()).toBe(before + 1);
  });

  // Bodies any page can send cross-origin without a preflight: an HTML form (url-encoded,
  // multipart) or fetch with mode "no-cors" (text/plain, or a list browsers read as text/plain).
  const forged: [string, () => { body: BodyInit; type?: string }][] = [
    ["a url-encoded form", () => ({ body: new URLSearchParams({ query: CREATE_KEY }).toString(), type: "application/x-www-form-urlencoded" })],
    ["a multipart form", () => {
      const form = new FormData();
      form.set("operations", JSON.stringify({ query: CREATE_KEY }));
      return { body: form };
    }],
    ["text/plain", () => ({ body: JSON.stringify({ query: CREATE_KEY }), type: "text/plain;charset=UTF-8" })],
    ["a list of types browsers read as text/plain", () => ({ body: JSON.stringify({ query: CREATE_KEY }), type: "application/json, text/plain" })],
  ];

  it.each(forged)("refuses one sent as %s", async (_name, make) => {
    const before = await keyCount();
    const { body, type } = make();
    const res = await raw(node, {
      method: "POST",
      headers: { cookie, origin: EVIL, ...(type ? { "content-type": type } : {}) },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    // Yoga answers a type it does not parse with an empty 415; the others with a GraphQL error.
    const text = await res.text();
    if (text) expect(JSON.parse(text)).toMatchObject({ errors: [{ message: expect.any(String) }] });
    expect(text).not.toContain("CreatedApiKey");
    expect(await keyCount()).toBe(before);
  });

  it("says what to do instead", async () => {
    const res = await raw(node, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: CREATE_KEY }).toString(),
    });
    expect(res.status).toBe(415);
    const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" } });
    expect(json.errors[0].message).toMatch(/Content-Type: application\/json/);
  });

  it("refuses a forged login too (login CSRF), and a mutation over GET", async () => {
    const login = `mutation HttpSecurityLogin { login(input: { email: "${user.email}", password: "${user.password}" }) { __typename } }`;
    const form = await raw(node, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: EVIL },
      body: new URLSearchParams({ query: login }).toString(),
    });
    expect(form.status).toBe(415);
    expect(form.headers.get("set-cookie")).toBeNull();

    const before = await keyCount();
    const get = await raw(node, { path: `/graphql?query=${encodeURIComponent(CREATE_KEY)}`, headers: { cookie } });
    expect(get.status).toBe(405);
    expect(await keyCount()).toBe(before);
  });

  it("still answers queries from a form (another origin cannot read the answer)", async () => {
    const res = await raw(node, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: KEY_COUNT }).toString(),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { me: { apiKeyCount: number } } }).data.me.apiKeyCount).toBeGreaterThan(0);
  });

  it("leaves API-key clients alone", async () => {
    const before = await keyCount();
    const res = await node.gql(CREATE_KEY, {}, user.auth);
    expect(res.data?.createApiKey.__typename).toBe("CreatedApiKey");
    expect(await keyCount()).toBe(before + 1);
  });
});

describe("/judge", () => {
  it("echoes the caller's headers but never its Cookie or Authorization", async () => {
    const res = await raw(node, {
      path: "/judge",
      headers: { cookie: "session_id=secret-session", authorization: "Bearer pp_secret", "x-probe": "42", "x-forwarded-for": "203.0.113.7" },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { headers: Record<string, string> };
    expect(body.headers["x-probe"]).toBe("42");
    expect(body.headers["x-forwarded-for"]).toBe("203.0.113.7"); // what a transparent proxy adds stays visible
    expect(body.headers).not.toHaveProperty("cookie");
    expect(body.headers).not.toHaveProperty("authorization");
    expect(JSON.stringify(body)).not.toMatch(/secret/);
  });
});
