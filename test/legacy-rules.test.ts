// Every rule has one owner, checked where it shows: GraphQL takes the raw ids legacy routes
// print (`proxy(id)` as well as mutation inputs), a result mapper's domain error comes out
// in the route's envelope, the country rule answers the same on both APIs, GraphQL enums
// are Prisma's, NotFoundError reads "<resource> not found", and the source keeps one copy
// of each rule (no re-encoded global ids, no hand-built envelopes, one country pattern).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../src/errors.js";
import { graphql } from "../src/generated/graphql/index.js";
import { Anonymity, ProxyProtocol, ProxyStatus, Tier, UserRole } from "../src/generated/prisma/client.js";
import { registerUser, useNode } from "./helpers.js";

const SRC = path.resolve(import.meta.dirname, "../src");
const MISSING = "00000000-0000-4000-8000-000000000000";

const PROXY = graphql(`query LegacyRulesProxy($id: ID!) { proxy(id: $id) { id ip } }`);
const FILTERED = graphql(`query LegacyRulesFiltered($filter: ProxyFilter) { proxies(first: 1, filter: $filter) { totalCount } }`);
const ENUMS = graphql(`query LegacyRulesEnums($name: String!) { __type(name: $name) { enumValues { name } } }`);

const { node } = useNode();

describe("GraphQL takes the ids legacy routes print", () => {
  it("proxy(id) finds a proxy by raw UUID or global id; malformed ids and anonymous callers are refused", async () => {
    const u = await registerUser(node);
    const { id } = await node.app.db.prisma.proxy.create({ data: { ip: "198.51.100.77", port: 3128, protocol: "HTTP" } });
    const global = encodeGlobalID("Proxy", id);
    expect((await node.gql(PROXY, { id }, u.auth)).data?.proxy).toEqual({ id: global, ip: "198.51.100.77" });
    expect((await node.gql(PROXY, { id: global }, u.auth)).data?.proxy).toEqual({ id: global, ip: "198.51.100.77" });
    expect((await node.gql(PROXY, { id: MISSING }, u.auth)).data?.proxy).toBeNull();
    expect((await node.gql(PROXY, { id: "42" }, u.auth)).errors?.[0].extensions?.code).toBe("VALIDATION_ERROR");
    expect((await node.gql(PROXY, { id: encodeGlobalID("Lease", id) }, u.auth)).errors?.[0].extensions?.code).toBe("VALIDATION_ERROR");
    expect((await node.gql(PROXY, { id })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a result mapper's NotFoundError comes out in seed 002's envelope", async () => {
    const u = await registerUser(node);
    const res = await node.http("GET", `/proxies/${MISSING}`, { headers: u.auth });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: "NOT_FOUND", message: "Proxy not found", details: { resource: "Proxy", id: MISSING } } });
  });
});

describe("one rule, one answer", () => {
  it("the country rule says the same through GraphQL and the legacy route", async () => {
    const u = await registerUser(node);
    const gql = await node.gql(FILTERED, { filter: { country: "USA" } }, u.auth);
    const legacy = await node.http("GET", "/proxies?country=USA", { headers: u.auth });
    expect(legacy.status).toBe(422);
    const [legacyIssue] = legacy.body.error.details.fields;
    expect(legacyIssue).toEqual({ field: "country", message: "must be an ISO 3166-1 alpha-2 code" });
    expect(JSON.stringify(gql.errors)).toContain(legacyIssue.message);
    expect((await node.gql(FILTERED, { filter: { country: "us" } }, u.auth)).errors).toBeUndefined();
  });

  it("GraphQL enums list Prisma's values", async () => {
    const u = await registerUser(node);
    for (const [name, values] of Object.entries({ ProxyProtocol, ProxyStatus, Anonymity, Tier, Role: UserRole })) {
      const res = await node.gql(ENUMS, { name }, u.auth);
      expect(res.data?.__type?.enumValues?.map((v) => v.name).sort(), name).toEqual(Object.values(values).sort());
    }
  });

  it("NotFoundError names its resource once", () => {
    expect(new NotFoundError("Notifier", MISSING).message).toBe("Notifier not found");
    expect(new NotFoundError("Proxy").message).toBe("Proxy not found");
  });
});

describe("the source keeps one copy of each rule", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return name === "generated" ? [] : files(full);
      return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [full] : [];
    });
  const sources = files(SRC).map((f) => ({ file: path.relative(SRC, f), text: readFileSync(f, "utf8") }));

  it("no domain re-encodes global ids and no legacy route builds an error envelope", () => {
    expect(sources.filter((s) => s.file.startsWith("domains/") && s.text.includes("encodeGlobalID")).map((s) => s.file)).toEqual([]);
    const routes = sources.filter((s) => /\/rest\.[^/]+\.ts$/.test(s.file));
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((s) => /error:\s*\{\s*code:/.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it("the country pattern, NotFoundError messages and enum value lists are written once", () => {
    expect(sources.filter((s) => s.text.includes("[A-Za-z]{2}")).map((s) => s.file)).toEqual(["domains/proxies/pool-query.service.ts"]);
    expect(sources.flatMap((s) => [...s.text.matchAll(/new NotFoundError\("[^"]* not found/g)].map(() => s.file))).toEqual([]);
    const enumLiterals = /\[\s*"(HTTP|UNCHECKED|TRANSPARENT|USER|FREE)"/;
    expect(sources.filter((s) => enumLiterals.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});
