// Starting real switchyard nodes for tests: PGlite in memory by default, or a fresh
// PostgreSQL database per call when TEST_DATABASE_URL is set; Redis with a private key
// prefix when TEST_REDIS_URL is set.
import { randomBytes } from "node:crypto";
import type { ResultOf, TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { buildApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { graphql } from "../src/generated/graphql/index.js";
import type { RegisterInput } from "../src/generated/graphql/graphql.js";
import { currentRequest } from "../src/graphql/context.js";

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
  /**
   * Sees every statement the node sends, with the X-Request-Id of the HTTP request it belongs
   * to (undefined for work outside one: jobs, subscription deliveries over graphql-ws).
   */
  onStatement?: (sql: string, requestId: string | undefined) => void;
  /**
   * false: build the node as production does, without an SQL observer (so requests do not run
   * in currentRequest's async scope); recordSql and onStatement then see nothing.
   */
  observeSql?: boolean;
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
  /**
   * Starts recording the SQL statements of the requests that carry `headers` (a fresh
   * X-Request-Id). Statements are attributed by request, so background work and the
   * stragglers of earlier requests are never counted.
   */
  recordSql(): SqlRecording;
  close(): Promise<void>;
}

export interface SqlRecording {
  headers: { "x-request-id": string };
  /** Every statement the request sent so far, in order (BEGIN/COMMIT included). */
  statements: string[];
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
    POOL_SAMPLES_ENABLED: "false", // pool history samples only where a test turns them on
    ...opts.env,
  });
  // Only requests a test asked about are recorded (by X-Request-Id).
  const recordings = new Map<string, string[]>();
  const sqlObserver = (sql: string) => {
    const requestId = currentRequest.getStore()?.requestId;
    if (requestId) recordings.get(requestId)?.push(sql);
    opts.onStatement?.(sql, requestId);
  };
  const app = await buildApp(config, opts.observeSql === false ? {} : { sqlObserver });
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
    recordSql() {
      const requestId = `sql-${randomBytes(6).toString("hex")}`;
      const statements: string[] = [];
      recordings.set(requestId, statements);
      return { headers: { "x-request-id": requestId }, statements };
    },
    async close() {
      await app.stop();
      await dropDb?.();
    },
  };
  return node;
}

const REGISTER = graphql(`mutation HelpersRegister($input: RegisterInput!) { register(input: $input) { __typename
  ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }
  ... on Error { code message } } }`);
const LOGIN = graphql(`mutation HelpersLogin($input: LoginInput!) { login(input: $input) { __typename
  ... on LoginPayload { token session { id } } ... on Error { code message } } }`);

export type TestUser = Awaited<ReturnType<typeof registerUser>>;

/** Registers a user through GraphQL and returns its id, raw pp_ key and password. */
export async function registerUser(node: TestNode, overrides: Partial<RegisterInput> = {}) {
  const email = `u${randomBytes(5).toString("hex")}@example.test`;
  const password = "correct-horse-1";
  const res = await node.gql(REGISTER, { input: { email, password, displayName: "Test User", ...overrides } });
  const r = res.data?.register;
  if (r?.__typename !== "RegisterPayload" || !r.apiKey) throw new Error(`register failed: ${JSON.stringify(res)}`);
  return {
    id: r.user.id,
    legacyId: r.user.legacyId,
    email: r.user.email,
    password,
    key: r.apiKey.key,
    auth: { authorization: `Bearer ${r.apiKey.key}` },
  };
}

/** Logs in through GraphQL; returns the JWT and the session cookie. */
export async function loginUser(node: TestNode, email: string, password: string) {
  const res = await fetch(`${node.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(LOGIN), variables: { input: { email, password } } }),
  });
  const json = (await res.json()) as { data?: ResultOf<typeof LOGIN> };
  const result = json.data?.login;
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  const ok = result?.__typename === "LoginPayload" ? result : undefined;
  return { result, token: ok?.token as string, cookie, sessionId: ok?.session.id as string };
}

/** The member of a result union named `typename`; anything else fails the test, showing the value. */
export function ofType<T extends { __typename?: string }, N extends NonNullable<T["__typename"]>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value?.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}

/** The `code` of an error member of a result union; undefined for any other member. */
export const codeOf = (value: object | null | undefined) => (value && "code" in value ? (value as { code: unknown }).code : undefined);

export async function adminAuth(node: TestNode) {
  const { token } = await loginUser(node, ADMIN.email, ADMIN.password);
  return { authorization: `Bearer ${token}` };
}

/**
 * Starts a node before the enclosing describe (or file) and closes it after. `node` forwards
 * to the started node; `admin` is filled with the admin's Authorization header when asked.
 */
export function useNode(opts: TestNodeOptions & { admin?: boolean } = {}) {
  let started: TestNode | undefined;
  const admin: Record<string, string> = {};
  beforeAll(async () => {
    started = await startNode(opts);
    if (opts.admin) Object.assign(admin, await adminAuth(started));
  });
  afterAll(() => started?.close());
  return { node: late("useNode", () => started), admin };
}

/**
 * Stands in for an object a `beforeAll` creates, so tests can name it at collection time:
 * reads and writes go to the object once it exists (and throw before).
 */
export function late<T extends object>(owner: string, get: () => T | undefined): T {
  const target = () => {
    const t = get();
    if (!t) throw new Error(`${owner}: used before beforeAll started it`);
    return t;
  };
  return new Proxy({} as T, {
    get: (_t, key) => target()[key as keyof T],
    set: (_t, key, value) => Reflect.set(target(), key, value),
  });
}

export const describeIfPostgres = TEST_DATABASE_URL ? (await import("vitest")).describe : (await import("vitest")).describe.skip;
export const describeIfRedis = TEST_REDIS_URL ? (await import("vitest")).describe : (await import("vitest")).describe.skip;
