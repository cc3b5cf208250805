// Starting real switchyard nodes for tests: PGlite in memory by default, or a fresh
// PostgreSQL database per call when TEST_DATABASE_URL is set; Redis with a private key
// prefix when TEST_REDIS_URL is set.
import { randomBytes } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pg from "pg";
import { buildApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;
export const ADMIN = { email: "admin@local", password: "admin-password-1" };

/** Creates an empty PostgreSQL database on the TEST_DATABASE_URL server; returns its URL and a dropper. */
export async function freshPostgres(baseUrl = TEST_DATABASE_URL!) {
  const name = `sy_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestNodeOptions {
  env?: Record<string, string | undefined>;
  /** Share a database with another node (cluster tests); otherwise a fresh one. */
  databaseUrl?: string;
  /** Force Redis on (true), off (false) or follow TEST_REDIS_URL (undefined). */
  redis?: boolean;
  /** Key prefix to share with another node; default is private to this node. */
  redisPrefix?: string;
}

export interface TestNode {
  app: App;
  url: string;
  databaseUrl?: string;
  redisPrefix?: string;
  gql<TData = any, TVars = Record<string, unknown>>(
    query: string | TypedDocumentNode<TData, TVars>,
    variables?: TVars,
    headers?: Record<string, string>,
  ): Promise<{ data?: TData; errors?: { message: string; extensions?: Record<string, any> }[] }>;
  http(method: string, path: string, opts?: { body?: unknown; headers?: Record<string, string>; form?: FormData }): Promise<{
    status: number;
    headers: Headers;
    body: any;
    text: string;
  }>;
  close(): Promise<void>;
}

export async function startNode(opts: TestNodeOptions = {}): Promise<TestNode> {
  let dropDb: (() => Promise<void>) | undefined;
  let databaseUrl = opts.databaseUrl;
  if (!databaseUrl && TEST_DATABASE_URL) {
    const db = await freshPostgres();
    databaseUrl = db.url;
    dropDb = db.drop;
  }
  const useRedis = opts.redis ?? Boolean(TEST_REDIS_URL);
  if (useRedis && !TEST_REDIS_URL) throw new Error("TEST_REDIS_URL is required for this test");
  const redisPrefix = opts.redisPrefix ?? `sytest:${randomBytes(6).toString("hex")}:`;
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: "memory://",
    DATABASE_URL: databaseUrl,
    REDIS_URL: useRedis ? TEST_REDIS_URL : undefined,
    REDIS_KEY_PREFIX: redisPrefix,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    OUTBOUND_ALLOW: "127.0.0.0/8,::1/128",
    SHUTDOWN_TIMEOUT_MS: "3000",
    SCHEDULER_ENABLED: "false", // background scrapes only where a test turns them on
    VALIDATOR_ENABLED: "false", // background re-checks only where a test turns them on
    LEASE_EVENTS_ENABLED: "false", // lease announcer only where a test turns it on
    ...opts.env,
  });
  const app = await buildApp(config);
  const { url } = await app.listen(0, "127.0.0.1");
  const node: TestNode = {
    app,
    url,
    databaseUrl,
    redisPrefix,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify({ query: typeof query === "string" ? query : print(query), variables }),
      });
      return (await res.json()) as never;
    },
    async http(method, path, { body, headers = {}, form } = {}) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: body !== undefined ? { "content-type": "application/json", ...headers } : headers,
        body: form ?? (body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body)),
      });
      const text = await res.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: res.status, headers: res.headers, body: parsed, text };
    },
    async close() {
      await app.stop();
      await dropDb?.();
    },
  };
  return node;
}

/** Registers a user through GraphQL and returns its id, raw pp_ key and password. */
export async function registerUser(node: TestNode, overrides: Record<string, unknown> = {}) {
  const email = `u${randomBytes(5).toString("hex")}@example.test`;
  const password = "correct-horse-1";
  const res = await node.gql(
    `mutation($input: RegisterInput!) { register(input: $input) { __typename
      ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }
      ... on Error { code message } } }`,
    { input: { email, password, displayName: "Test User", ...overrides } },
  );
  const r = res.data?.register;
  if (!r || r.__typename !== "RegisterPayload") throw new Error(`register failed: ${JSON.stringify(res)}`);
  return {
    id: r.user.id as string,
    legacyId: r.user.legacyId as number,
    email: r.user.email as string,
    password,
    key: r.apiKey?.key as string,
    auth: { authorization: `Bearer ${r.apiKey?.key}` },
  };
}

/** Logs in through GraphQL; returns the JWT and the session cookie. */
export async function loginUser(node: TestNode, email: string, password: string) {
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { __typename ... on LoginPayload { token session { id } } ... on Error { code message } } }`,
      variables: { input: { email, password } },
    }),
  });
  const json = (await res.json()) as any;
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  return { result: json.data?.login, token: json.data?.login?.token as string, cookie, sessionId: json.data?.login?.session?.id as string };
}

export async function adminAuth(node: TestNode) {
  const { token } = await loginUser(node, ADMIN.email, ADMIN.password);
  return { authorization: `Bearer ${token}` };
}

export const describeIfPostgres = TEST_DATABASE_URL ? (await import("vitest")).describe : (await import("vitest")).describe.skip;
export const describeIfRedis = TEST_REDIS_URL ? (await import("vitest")).describe : (await import("vitest")).describe.skip;
