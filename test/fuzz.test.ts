// A bounded, seeded fuzz over every legacy route (read from the domains' route tables) and
// every GraphQL query and mutation (read from the schema): malformed ids, bodies, query
// strings, credentials and arguments. Nothing may answer 5xx or INTERNAL, and every 4xx of
// a legacy route must be in that route's documented envelope. Domains added later are
// covered without touching this file. FUZZ_SEED reproduces a run.
import { randomUUID } from "node:crypto";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { expect, it } from "vitest";
import { domains } from "../src/domains.js";
import type { LegacyApi, LegacyRoute } from "../src/http/legacy.js";
import { schema } from "../src/schema.js";
import { registerUser, useNode } from "./helpers.js";

const SEED = Number(process.env.FUZZ_SEED ?? 7);
const LEGACY_REQUESTS = 1_500;
const GRAPHQL_REQUESTS = 1_500;
const PARALLEL = 8;

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
const rnd = prng(SEED);
const b64 = (s: string) => Buffer.from(s).toString("base64");
const UUIDS = [randomUUID(), "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF"];

const STRINGS = [
  "", " ", "x", "n\u0000ul@b.c", "\udfff", "a\ud800b", "%", "%00", "%E0%A4%A", "a".repeat(5_000), "../../etc/passwd",
  "' OR 1=1 --", "{bad", "null", "[]", "-1", "0", "2147483648", "1e309", "NaN", "true", "😀", "<script>",
  "R1BDOk46MQ==", b64("GPC:S:not-a-uuid"), b64(`GPC:S:${UUIDS[0]}`), b64("GPC:J:[1]"), b64("User:1"),
  b64(`User:${UUIDS[0]}`), b64(`Proxy:${UUIDS[1]}`), b64("Nope:x"), ...UUIDS, "http://127.0.0.1:1/", "socks5://[::1]:1",
  "user@local", "admin@local", "pp_" + "a".repeat(48), "probeops.x", "*", "ACTIVE", "http", "us",
];
const NUMBERS = [0, -1, 1, 50, 2 ** 31, -(2 ** 31) - 1, 1e308, 0.5, Number.MAX_SAFE_INTEGER];

function junk(depth = 0): unknown {
  switch (rnd.int(depth > 2 ? 4 : 7)) {
    case 0: return rnd.pick(STRINGS);
    case 1: return rnd.pick(NUMBERS);
    case 2: return rnd.chance(0.5);
    case 3: return null;
    case 4: return [junk(depth + 1), junk(depth + 1)];
    case 5: return { [rnd.pick(["a", "id", "email", "\u0000"])]: junk(depth + 1) };
    default: return rnd.pick(STRINGS);
  }
}

// ---- legacy routes ------------------------------------------------------------------

const routes: LegacyRoute[] = domains.flatMap((d) => d.legacyRoutes ?? []);
const QUERY_KEYS = ["limit", "cursor", "page", "per_page", "status", "sort", "order", "is_active", "protocol", "country", "anonymity", "min_score", "max_latency", "search", "tier", "role", "api_key"];
const BODY_KEYS = ["email", "password", "username", "display_name", "name", "label", "url", "parser", "schedule", "role", "tier", "protocol", "country", "duration", "lease_id", "proxy_ids", "target", "options", "is_active", "enabled"];

/** Percent-encodes a path segment; a lone surrogate becomes the bytes of one (not UTF-8). */
function segment(s: string) {
  try {
    return encodeURIComponent(s).slice(0, 200) || "x";
  } catch {
    return "%ED%BF%BF";
  }
}

function legacyPath(route: LegacyRoute) {
  return route.path.replace(/:[a-z_]+/g, () => segment(String(rnd.pick([...STRINGS, ...UUIDS, ...UUIDS, "1", "99999"]))));
}

function legacyBody(): { body?: BodyInit; type?: string } {
  switch (rnd.int(8)) {
    case 0: return {};
    case 1: return { body: "garbage", type: rnd.pick(["multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json"]) };
    case 2: return { body: rnd.pick(['{"email":"\\udfff"}', '{"a":"\\u0000"}', "[1,2]", "null", "{", '"x"', "1"]), type: "application/json" };
    case 3: {
      const form = new FormData();
      for (let i = rnd.int(4); i > 0; i--) form.set(rnd.pick(BODY_KEYS), String(rnd.pick(STRINGS)));
      return { body: form };
    }
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = 1 + rnd.int(5); i > 0; i--) obj[rnd.pick(BODY_KEYS)] = junk();
      return { body: JSON.stringify(obj), type: "application/json" };
    }
  }
}

/** The documented error envelope of each API (docs/compat.md). */
function envelopeOk(api: LegacyApi, body: any): boolean {
  if (!body || typeof body !== "object") return false;
  switch (api) {
    case "seed000":
    case "seed004":
      return typeof body.detail === "string" && Object.keys(body).length === 1;
    case "seed001":
      return typeof body.error?.code === "string" && typeof body.error.message === "string" && typeof body.error.request_id === "string";
    case "seed002":
      return typeof body.error?.code === "string" && typeof body.error.message === "string" && typeof body.error.details === "object";
    case "seed003":
      return typeof body.error === "string" && typeof body.message === "string";
  }
}

// ---- GraphQL operations -------------------------------------------------------------

const typeString = (t: GraphQLInputType): string => t.toString();

function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (rnd.chance(0.12)) return junk(depth);
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (rnd.chance(0.1)) return null;
  if (isListType(type)) return Array.from({ length: rnd.int(3) }, () => valueFor(type.ofType, depth + 1));
  if (isEnumType(type)) return rnd.pick(type.getValues()).value;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(type.getFields()).filter(() => rnd.chance(0.8)).map((f) => [f.name, valueFor(f.type, depth + 1)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int": return rnd.pick([0, -1, 1, 5, 100, 2 ** 31 - 1, -(2 ** 31)]);
      case "Float": return rnd.pick(NUMBERS);
      case "Boolean": return rnd.chance(0.5);
      case "JSON": return junk();
      case "DateTime": return rnd.pick(["2024-01-01T00:00:00Z", "not a date", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z"]);
      default: return rnd.pick(STRINGS);
    }
  }
  return junk(depth);
}

/** A small selection that still makes the resolver run: `__typename`, or a connection's cursors. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && "edges" in named.getFields()) return "{ totalCount: __typename edges { cursor } }";
  return isObjectType(named) || !isScalarType(named) && !isEnumType(named) ? "{ __typename }" : "";
}

const rootFields = (["query", "mutation"] as const).flatMap((kind) =>
  Object.values((kind === "query" ? schema.getQueryType()! : schema.getMutationType()!).getFields()).map((field) => ({ kind, field })),
);

/** The n-th operation: every root field once in turn, then random ones. */
function graphqlOperation(n: number): { query: string; variables: Record<string, unknown> } {
  const { kind, field } = n < rootFields.length ? rootFields[n] : rnd.pick(rootFields);
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  field.args.forEach((arg, i) => {
    if (!isNonNullType(arg.type) && rnd.chance(0.3)) return;
    defs.push(`$a${i}: ${typeString(arg.type)}`);
    args.push(`${arg.name}: $a${i}`);
    variables[`a${i}`] = valueFor(arg.type);
  });
  const query = `${kind} Fuzz${defs.length ? `(${defs.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection(field)} }`;
  return { query, variables };
}

// ---- the run ------------------------------------------------------------------------

// A fuzzed `shutdown` would stop the node under test.
const { node, admin } = useNode({ admin: true, env: { SHUTDOWN_API_ENABLED: "false" } });

it(`no 5xx, no INTERNAL and the documented envelope on every 4xx (seed ${SEED})`, { timeout: 120_000 }, async () => {
  const user = await registerUser(node);
  const credentials: Record<string, string>[] = [
    {}, {}, user.auth, user.auth, admin, { "x-api-key": user.key },
    { authorization: "Bearer garbage" }, { authorization: `Bearer ${b64("{}")}.${b64("{}")}.x` },
    { authorization: `Basic ${b64("n\u0000ul@b.c:pw")}` }, { authorization: `Basic ${b64("\udfff")}` },
    { authorization: "Digest x" }, { cookie: "session_id=%" }, { cookie: "session_id=%E0%A4%A; a=b" },
  ];
  const failures: string[] = [];
  const note = (what: string, status: number, text: string) => failures.push(`${what} -> ${status} ${text.slice(0, 300)}`);

  // Every route and root field at least once, then random ones.
  const legacyCase = async (n: number) => {
    const route = n < routes.length ? routes[n] : rnd.pick(routes);
    const path = legacyPath(route);
    const params = new URLSearchParams();
    for (let i = rnd.int(4); i > 0; i--) params.set(rnd.pick(QUERY_KEYS), String(rnd.pick(STRINGS)).slice(0, 300));
    const { body, type } = route.method === "GET" ? {} : legacyBody();
    const headers: Record<string, string> = { ...rnd.pick(credentials), ...(type ? { "content-type": type } : {}) };
    const url = `${path}${params.size ? `?${params}` : ""}`;
    const what = `${route.method} ${url} ${JSON.stringify(headers)} ${typeof body === "string" ? body.slice(0, 200) : body ? "(form)" : ""}`;
    const res = await fetch(`${node.url}${url}`, { method: route.method, headers, body });
    const text = await res.text();
    if (res.status >= 500 || text.includes("INTERNAL")) return note(what, res.status, text);
    if (res.status >= 400) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* not JSON: reported below */
      }
      if (!envelopeOk(route.api, parsed)) note(`${what} (not ${route.api}'s envelope)`, res.status, text);
    }
  };

  const graphqlCase = async (n: number) => {
    const op = graphqlOperation(n);
    const headers = { "content-type": "application/json", ...rnd.pick(credentials) };
    const res = await fetch(`${node.url}/graphql`, { method: "POST", headers, body: JSON.stringify(op) });
    const text = await res.text();
    if (res.status >= 500 || text.includes('"INTERNAL"')) note(`${op.query} ${JSON.stringify(op.variables).slice(0, 300)} ${JSON.stringify(headers)}`, res.status, text);
  };

  // Generated in order from the seed, then sent a few at a time.
  const cases = [
    ...Array.from({ length: LEGACY_REQUESTS }, (_, n) => () => legacyCase(n)),
    ...Array.from({ length: GRAPHQL_REQUESTS }, (_, n) => () => graphqlCase(n)),
  ];
  for (let i = 0; i < cases.length; i += PARALLEL) {
    await Promise.all(cases.slice(i, i + PARALLEL).map((run) => run()));
  }
  expect(routes.length).toBeGreaterThan(0);
  expect(failures.slice(0, 20)).toEqual([]);
});
