// Sources over GraphQL against a loopback source server: CRUD with ownership, parser choice
// and auto-detection, scraping each list format with exact new/updated counts, failing
// sources recorded (500, too large, too slow, unparseable, refused), and live events.
import { print } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import type { CreateSourceInput, SrcTestAnonSubscription, SrcTestCompletedSubscription } from "../src/generated/graphql/graphql.js";
import { ofType, registerUser, type TestUser, useNode } from "./helpers.js";
import { startSourceServer, type SourceServer } from "./proxies-source-server.js";

graphql(`fragment SrcTestSource on Source {
  id url parserName cronSchedule defaultProtocol options isActive lastScrapedAt nextScrapeAt lastError lastErrorAt canManage proxyCount }`);
graphql(`fragment SrcTestError on Error { __typename code message ... on ValidationError { fields { field message } } }`);
const CREATE = graphql(`mutation SrcTestCreate($input: CreateSourceInput!) { createSource(input: $input) { __typename
  ...SrcTestSource ...SrcTestError } }`);
const UPDATE = graphql(`mutation SrcTestUpdate($input: UpdateSourceInput!) { updateSource(input: $input) { __typename
  ...SrcTestSource ...SrcTestError } }`);
const DELETE = graphql(`mutation SrcTestDelete($input: DeleteSourceInput!) { deleteSource(input: $input) { __typename
  ... on DeleteSourcePayload { deletedSourceId } ...SrcTestError } }`);
const SCRAPE = graphql(`mutation SrcTestScrape($id: ID!) { scrapeSource(id: $id) { __typename
  ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs ok error
    run { proxiesDiscovered proxiesNew proxiesUpdated error finishedAt } source { id lastError lastScrapedAt } }
  ...SrcTestError } }`);
const LIST = graphql(`query SrcTestList($isActive: Boolean, $first: Int, $after: String) { sources(isActive: $isActive, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id url isActive } } } }`);
const NODE = graphql(`query SrcTestNode($id: ID!) { node(id: $id) { __typename ... on Source { id url canManage
  scrapes(first: 5) { totalCount edges { node { error proxiesNew } } } } } }`);
const ME = graphql(`query SrcTestMe { me { id } }`);
const COMPLETED = graphql(`subscription SrcTestCompleted($sourceId: ID) { scrapeCompleted(sourceId: $sourceId) { sourceId proxiesDiscovered ok error source { id } } }`);
const ANON = graphql(`subscription SrcTestAnon { scrapeCompleted { sourceId } }`);

/** The UUID inside a Relay global id, for direct database checks. */
const raw = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];

describe("proxy sources", () => {
  // Small caps so the huge and slow sources fail quickly.
  const { node, admin } = useNode({ env: { SCRAPE_MAX_BYTES: String(256 * 1024), SCRAPE_TIMEOUT_MS: "1500" }, admin: true });
  let lists: SourceServer;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    lists = await startSourceServer();
    alice = await registerUser(node);
    bob = await registerUser(node);
  });
  afterAll(async () => {
    await lists?.close();
  });

  const attempt = async (input: CreateSourceInput, auth = alice.auth) => (await node.gql(CREATE, { input }, auth)).data?.createSource;
  const create = async (input: CreateSourceInput, auth = alice.auth) => ofType(await attempt(input, auth), "Source");
  const scrape = async (id: string, auth = alice.auth) => (await node.gql(SCRAPE, { id }, auth)).data?.scrapeSource;
  const scraped = async (id: string, auth = alice.auth) => ofType(await scrape(id, auth), "ScrapeResult");
  const sourceNode = async (id: string, auth = alice.auth) => (await node.gql(NODE, { id }, auth)).data?.node;
  const list = async (vars: { isActive?: boolean; first?: number; after?: string | null }) => (await node.gql(LIST, vars, bob.auth)).data!.sources;
  const proxyRows = (sourceId: string) =>
    node.app.db.prisma.proxy.findMany({ where: { sources: { some: { sourceId: raw(sourceId) } } }, orderBy: [{ ip: "asc" }, { port: "asc" }] });

  describe("access", () => {
    it("refuses anonymous callers and hides nodes from them", async () => {
      const src = await create({ url: lists.url("/plaintext"), parserName: "plaintext" });
      expect((await node.gql(LIST, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await node.gql(CREATE, { input: { url: lists.url("/plaintext"), parserName: "plaintext" } })).errors?.[0]?.extensions?.code).toBe(
        "UNAUTHENTICATED",
      );
      expect((await node.gql(SCRAPE, { id: src.id })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await node.gql(DELETE, { input: { id: src.id } })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect((await node.gql(NODE, { id: src.id })).data?.node).toBeNull();
      expect((await node.gql(NODE, { id: src.id }, bob.auth)).data?.node).toMatchObject({ id: src.id });
    });

    it("lets anyone read and scrape a source but only its creator or an admin change or delete it", async () => {
      const src = await create({ url: lists.url("/plaintext"), parserName: "plaintext" });
      expect(src.canManage).toBe(true);
      const seenByBob = await sourceNode(src.id, bob.auth);
      expect(seenByBob).toMatchObject({ id: src.id, canManage: false });

      expect((await node.gql(UPDATE, { input: { id: src.id, isActive: false } }, bob.auth)).data?.updateSource).toMatchObject({
        __typename: "ForbiddenError",
        code: "FORBIDDEN",
      });
      expect((await node.gql(DELETE, { input: { id: src.id } }, bob.auth)).data?.deleteSource).toMatchObject({ __typename: "ForbiddenError" });
      expect(await scrape(src.id, bob.auth)).toMatchObject({ __typename: "ScrapeResult", ok: true });

      const updated = await node.gql(UPDATE, { input: { id: src.id, cronSchedule: "0 */6 * * *", defaultProtocol: "SOCKS5" } }, alice.auth);
      const byOwner = ofType(updated.data?.updateSource, "Source");
      expect(byOwner).toMatchObject({ cronSchedule: "0 */6 * * *", defaultProtocol: "SOCKS5" });
      expect(new Date(byOwner.nextScrapeAt).getUTCMinutes()).toBe(0);
      expect((await node.gql(UPDATE, { input: { id: src.id, isActive: false } }, admin)).data?.updateSource).toMatchObject({ isActive: false });
      expect((await node.gql(DELETE, { input: { id: src.id } }, admin)).data?.deleteSource).toMatchObject({ deletedSourceId: src.id });
      expect((await node.gql(DELETE, { input: { id: src.id } }, alice.auth)).data?.deleteSource).toMatchObject({ __typename: "NotFoundError" });
      expect(await scrape(src.id)).toMatchObject({ __typename: "NotFoundError" });
    });

    it("answers malformed ids with ValidationError", async () => {
      const userGlobalId = alice.id; // a global id of another type
      expect(await scrape(userGlobalId)).toMatchObject({ __typename: "ValidationError" });
      expect((await node.gql(UPDATE, { input: { id: "nope", isActive: true } }, alice.auth)).data?.updateSource).toMatchObject({
        __typename: "ValidationError",
      });
    });
  });

  describe("creating", () => {
    it.each([
      [{ parserName: "yaml" }, "parserName"],
      [{ parserName: "plaintext", cronSchedule: "every now and then" }, "cronSchedule"],
      [{ parserName: "plaintext", cronSchedule: "61 * * * *" }, "cronSchedule"],
      [{ parserName: "plaintext", url: "ftp://127.0.0.1/list" }, "url"],
      [{ parserName: "plaintext", url: "not a url" }, "url"],
      [{ parserName: "plaintext", url: "http://10.0.0.1/list.txt" }, "url"],
      [{ parserName: "json", options: { ipField: "addr", bogus: "x" } }, "options.bogus"],
      [{ parserName: "json", options: ["ipField"] }, "options"],
    ])("rejects bad input %j", async (input, field) => {
      const res = ofType(await attempt({ url: lists.url("/plaintext"), ...input }), "ValidationError");
      expect(res.code).toBe("VALIDATION_ERROR");
      expect(res.fields.map((f) => f.field)).toContain(field);
    });

    it("stores the given fields with defaults", async () => {
      const src = await create({ url: lists.url("/plaintext"), parserName: "plaintext" });
      expect(src).toMatchObject({
        parserName: "plaintext",
        cronSchedule: "*/30 * * * *",
        defaultProtocol: "HTTP",
        options: {},
        isActive: true,
        lastScrapedAt: null,
        lastError: null,
        proxyCount: 0,
      });
    });

    it.each([
      ["/plaintext", "plaintext", undefined],
      ["/url", "url", undefined],
      ["/csv", "csv", undefined],
      ["/json", "json", undefined],
      ["/jsonCustom", "json", { itemsField: "data", ipField: "addr", portField: "p", protocolField: "kind" }],
    ])("detects the parser of %s from a sample", async (path, parser, options) => {
      const before = lists.hits(path);
      const src = await create({ url: lists.url(path), options });
      expect(src).toMatchObject({ __typename: "Source", parserName: parser });
      expect(lists.hits(path)).toBe(before + 1);
    });

    it("refuses detection when no parser supports the sample or the source cannot be fetched", async () => {
      const garbage = ofType(await attempt({ url: lists.url("/garbage") }), "ValidationError");
      expect(garbage.message).toMatch(/no registered parser/i);
      expect(await attempt({ url: lists.url("/error") })).toMatchObject({ __typename: "ValidationError", message: expect.stringMatching(/500/) });
      expect(await attempt({ url: "http://127.0.0.1:1/list" })).toMatchObject({ __typename: "ValidationError" });
    });

    it("lists sources with the active filter and cursor pages", async () => {
      const inactive = await create({ url: lists.url("/csv"), parserName: "csv", isActive: false });
      const all = await list({ first: 200 });
      const onlyInactive = await list({ isActive: false, first: 200 });
      const onlyActive = await list({ isActive: true, first: 200 });
      expect(onlyInactive.edges.map((e) => e.node.id)).toContain(inactive.id);
      expect(onlyActive.edges.every((e) => e.node.isActive)).toBe(true);
      expect(onlyActive.totalCount + onlyInactive.totalCount).toBe(all.totalCount);
      const first = await list({ first: 1 });
      const second = await list({ first: 1, after: first.pageInfo.endCursor });
      expect(first.edges[0].node.id).toBe(inactive.id); // newest first
      expect(second.edges[0].node.id).not.toBe(inactive.id);
      expect(first.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe("scraping", () => {
    it("upserts a plaintext list and counts new and updated proxies exactly", async () => {
      const path = "/fresh-plain";
      lists.set(path, "198.51.100.1:8080\n198.51.100.2:8080\n198.51.100.2:8080\n198.51.100.3:3128\n");
      const src = await create({ url: lists.url(path), parserName: "plaintext", defaultProtocol: "SOCKS4" });
      const first = await scraped(src.id);
      expect(first).toMatchObject({ ok: true, error: null, sourceId: src.id, proxiesDiscovered: 3, proxiesNew: 3, proxiesUpdated: 0 });
      expect(first.run).toMatchObject({ proxiesDiscovered: 3, proxiesNew: 3, proxiesUpdated: 0, error: null });
      expect(first.source?.lastScrapedAt).not.toBeNull();
      const rows = await proxyRows(src.id);
      expect(rows.map((p) => [p.ip, p.port, p.protocol, p.status])).toEqual([
        ["198.51.100.1", 8080, "SOCKS4", "UNCHECKED"],
        ["198.51.100.2", 8080, "SOCKS4", "UNCHECKED"],
        ["198.51.100.3", 3128, "SOCKS4", "UNCHECKED"],
      ]);
      // New proxies are due for validation at once.
      expect(rows.every((p) => p.nextCheckAt.getTime() <= Date.now())).toBe(true);

      lists.set(path, "198.51.100.1:8080\n198.51.100.3:3128\n198.51.100.4:80\n");
      expect(await scrape(src.id)).toMatchObject({ ok: true, proxiesDiscovered: 3, proxiesNew: 1, proxiesUpdated: 2 });
      const runs = ofType(await sourceNode(src.id), "Source").scrapes;
      expect(runs.totalCount).toBe(2);
      expect(runs.edges.map((e) => e.node.proxiesNew)).toEqual([1, 3]); // newest first
    });

    it("keeps one proxy per (ip, port, protocol) across sources and links it to each", async () => {
      lists.set("/overlap-a", "198.51.100.50:8080\n198.51.100.51:8080\n");
      lists.set("/overlap-b", "198.51.100.51:8080\n198.51.100.52:8080\n");
      const a = await create({ url: lists.url("/overlap-a"), parserName: "plaintext" });
      const b = await create({ url: lists.url("/overlap-b"), parserName: "plaintext" }, bob.auth);
      expect(await scrape(a.id)).toMatchObject({ proxiesNew: 2, proxiesUpdated: 0 });
      expect(await scrape(b.id, bob.auth)).toMatchObject({ proxiesNew: 1, proxiesUpdated: 1 });
      const shared = await node.app.db.prisma.proxy.findMany({ where: { ip: "198.51.100.51" }, include: { sources: true } });
      expect(shared).toHaveLength(1);
      expect(shared[0].sources.map((s) => s.sourceId).sort()).toEqual([raw(a.id), raw(b.id)].sort());

      // Deleting a source keeps the proxies it listed.
      expect((await node.gql(DELETE, { input: { id: a.id } }, alice.auth)).data?.deleteSource).toMatchObject({ deletedSourceId: a.id });
      expect(await node.app.db.prisma.proxy.count({ where: { ip: { in: ["198.51.100.50", "198.51.100.51"] } } })).toBe(2);
      expect(await node.app.db.prisma.proxySource.count({ where: { sourceId: raw(a.id) } })).toBe(0);
    });

    it("reads URL lists with credentials, CSV and JSON with configured field names", async () => {
      const url = await create({ url: lists.url("/url"), parserName: "url" });
      expect(await scrape(url.id)).toMatchObject({ ok: true, proxiesDiscovered: 4 });
      const socks = (await proxyRows(url.id)).find((p) => p.protocol === "SOCKS5");
      expect(socks).toMatchObject({ ip: "203.0.113.20", port: 1080, username: "alice", password: "s@cret" });

      const csv = await create({ url: lists.url("/csv"), parserName: "csv" });
      expect(await scrape(csv.id)).toMatchObject({ ok: true, proxiesDiscovered: 2 });

      const options = { itemsField: "data", ipField: "addr", portField: "p", protocolField: "kind" };
      const json = await create({ url: lists.url("/jsonCustom"), parserName: "json", options, defaultProtocol: "HTTPS" });
      expect(json.options).toEqual(options);
      expect(await scrape(json.id)).toMatchObject({ ok: true, proxiesDiscovered: 2 });
      expect((await proxyRows(json.id)).map((p) => [p.ip, p.port, p.protocol])).toEqual([
        ["203.0.113.50", 9000, "SOCKS4"],
        ["203.0.113.51", 9001, "HTTPS"],
      ]);
    });

    it.each([
      ["/error", /HTTP 500/],
      ["/huge", /too large/],
      ["/slow", /timed out/],
      ["/garbage", /no proxies found/],
      ["/missing", /HTTP 404/],
    ])("records a failing source %s without failing the call", async (path, message) => {
      const src = await create({ url: lists.url(path), parserName: "plaintext" });
      const res = await scraped(src.id);
      expect(res).toMatchObject({ ok: false, proxiesDiscovered: 0, proxiesNew: 0, proxiesUpdated: 0 });
      expect(res.error).toMatch(message);
      expect(res.run?.error).toBe(res.error);
      expect(res.source).toMatchObject({ lastError: res.error, lastScrapedAt: null });
      expect(await node.app.db.prisma.proxySource.count({ where: { sourceId: raw(src.id) } })).toBe(0);
    });

    it("records a refused connection and an unparseable JSON body", async () => {
      const refused = await create({ url: "http://127.0.0.1:1/list.txt", parserName: "plaintext" });
      expect(await scrape(refused.id)).toMatchObject({ ok: false, error: expect.stringMatching(/fetch failed|ECONNREFUSED/) });
      lists.set("/broken-json", '[{"ip": "1.2.3.4", "port": 80}, {"ip":', "application/json");
      const broken = await create({ url: lists.url("/broken-json"), parserName: "json" });
      expect(await scrape(broken.id)).toMatchObject({ ok: false, error: expect.stringMatching(/could not parse source as json/) });
      // The node keeps serving.
      expect((await node.gql(ME, {}, alice.auth)).data?.me.id).toBe(alice.id);
    });
  });

  describe("live events", () => {
    it("publishes proxies:discovered with the count of new proxies", async () => {
      const events = node.app.pubsub.subscribe("proxies:discovered")[Symbol.asyncIterator]();
      const src = await create({ url: lists.url("/disc"), parserName: "plaintext" });
      const next = events.next();
      // Registration of a Redis subscription is asynchronous: scrape fresh lists until one is heard.
      for (let i = 0; ; i++) {
        lists.set("/disc", `198.18.${i}.1:8080\n198.18.${i}.2:8080\n`);
        expect(await scrape(src.id)).toMatchObject({ proxiesNew: 2 });
        const got = await Promise.race([next, new Promise((r) => setTimeout(r, 100)).then(() => undefined)]);
        if (got) {
          expect(got).toEqual({ done: false, value: { sourceId: raw(src.id), count: 2 } });
          break;
        }
        if (i > 50) throw new Error("no proxies:discovered event");
      }
      await events.return?.();
    });

    it("streams scrapeCompleted to authenticated subscribers, filtered by source", async () => {
      const src = await create({ url: lists.url("/plaintext"), parserName: "plaintext" });
      const other = await create({ url: lists.url("/error"), parserName: "plaintext" });
      const client = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: bob.auth, retryAttempts: 0 });
      const sub = client.iterate<SrcTestCompletedSubscription>({ query: print(COMPLETED), variables: { sourceId: src.id } });
      const next = sub.next();
      try {
        for (let i = 0; ; i++) {
          await scrape(other.id); // filtered out
          await scrape(src.id);
          const got = await Promise.race([next, new Promise((r) => setTimeout(r, 100)).then(() => undefined)]);
          if (got) {
            expect(got.value?.data?.scrapeCompleted).toEqual({ sourceId: src.id, proxiesDiscovered: 3, ok: true, error: null, source: { id: src.id } });
            break;
          }
          if (i > 50) throw new Error("no scrapeCompleted event");
        }
      } finally {
        await sub.return?.();
        await client.dispose();
      }

      const anon = createClient({ url: `${node.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
      const refused = await anon.iterate<SrcTestAnonSubscription>({ query: print(ANON) }).next();
      expect(refused.value?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      await anon.dispose();
    });
  });
});
