// Source URLs often carry the provider account's credentials. Every authenticated user reads
// sources (the shared pool), but only the creator and admins read the userinfo and query
// values; everyone else sees `***` in their place, over GraphQL and the seed 002 routes.
import { describe, expect, it } from "vitest";
import { redactSourceUrl } from "../src/domains/proxies/source-url.js";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode } from "./helpers.js";

const SECRET_URL = "http://acct:s3cret-pass@lists.example.test:8080/proxies.txt?api_key=s3cret-key&format=txt";
const REDACTED_URL = "http://***:***@lists.example.test:8080/proxies.txt?api_key=***&format=***";
const NODE = graphql(`query RedactionSourceNode($id: ID!) { node(id: $id) { ... on Source { url canManage } } }`);
const LIST = graphql(`query RedactionSources { sources(first: 50) { edges { node { id url } } } }`);

const raw = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];
const globalId = (id: string) => Buffer.from(`Source:${id}`).toString("base64");

describe("redactSourceUrl", () => {
  it("hides userinfo, every query value and a fragment, and keeps the rest", () => {
    expect(redactSourceUrl(SECRET_URL)).toBe(REDACTED_URL);
    expect(redactSourceUrl("https://token@example.test/list#sig=abc")).toBe("https://***@example.test/list#***");
    expect(redactSourceUrl("https://example.test/list.txt")).toBe("https://example.test/list.txt");
    expect(redactSourceUrl("not a url")).toBe("***");
  });
});

describe("source URLs", () => {
  const { node, admin } = useNode({ env: { SCHEDULER_ENABLED: "false" }, admin: true });

  async function secretSource() {
    const owner = await registerUser(node);
    const other = await registerUser(node);
    const row = await node.app.db.prisma.source.create({
      data: { url: SECRET_URL, parserName: "plaintext", cronSchedule: "*/30 * * * *", createdById: raw(owner.id), nextScrapeAt: new Date(Date.now() + 86_400_000) },
    });
    return { owner, other, id: row.id };
  }

  it("are shown whole to the creator and admins and redacted for other users over GraphQL", async () => {
    const { owner, other, id } = await secretSource();
    const url = async (auth: Record<string, string>) => (await node.gql(NODE, { id: globalId(id) }, auth)).data?.node;
    expect(await url(owner.auth)).toEqual({ url: SECRET_URL, canManage: true });
    expect(await url(admin)).toEqual({ url: SECRET_URL, canManage: true });
    expect(await url(other.auth)).toEqual({ url: REDACTED_URL, canManage: false });
    const listed = (await node.gql(LIST, {}, other.auth)).data!.sources.edges.find((e) => raw(e.node.id) === id);
    expect(listed?.node.url).toBe(REDACTED_URL);
  });

  it("are redacted on the seed 002 routes for everyone but the creator and admins", async () => {
    const { owner, other, id } = await secretSource();
    const listed = async (auth: Record<string, string>) =>
      ((await node.http("GET", "/sources?limit=200", { headers: auth })).body.items as { id: string; url: string }[]).find((s) => s.id === id)?.url;
    expect(await listed(owner.auth)).toBe(SECRET_URL);
    expect(await listed(admin)).toBe(SECRET_URL);
    expect(await listed(other.auth)).toBe(REDACTED_URL);
    // A change by the creator answers with the whole URL, since they manage the source.
    const patched = await node.http("PATCH", `/sources/${id}`, { headers: owner.auth, body: { is_active: false } });
    expect(patched.body.url).toBe(SECRET_URL);
  });
});
