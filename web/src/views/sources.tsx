// Proxy sources with their scrape history and a "scrape now" action; every finished scrape
// (scheduled or triggered, on any node) arrives over the scrapeCompleted subscription.
import { useMutation, useQuery, useSubscription } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { SourcesListQuery } from "../gql/graphql.js";
import { Empty, ErrorNote, fmtTime, Loading, num, Pager, payloadError, Table, usePager } from "../ui.js";
import type { View } from "../view.js";

const SourcesList = graphql(`
  query SourcesList($first: Int!, $after: String) {
    sources(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          url
          parserName
          cronSchedule
          isActive
          proxyCount
          lastScrapedAt
          nextScrapeAt
          lastError
          lastErrorAt
          scrapes(first: 5) {
            edges {
              node {
                startedAt
                finishedAt
                durationMs
                proxiesDiscovered
                proxiesNew
                proxiesUpdated
                error
              }
            }
          }
        }
      }
    }
  }
`);

const ScrapeNow = graphql(`
  mutation ScrapeNow($id: ID!) {
    scrapeSource(id: $id) {
      __typename
      ... on ScrapeResult {
        ok
        error
        proxiesDiscovered
        proxiesNew
      }
      ... on Error {
        message
      }
    }
  }
`);

const ScrapesLive = graphql(`
  subscription ScrapesLive {
    scrapeCompleted {
      sourceId
      ok
      error
      proxiesDiscovered
      proxiesNew
      source {
        url
      }
    }
  }
`);

const PAGE = 10;

function SourcesPage() {
  const pager = usePager("sources");
  const [{ data, error, fetching }, refetch] = useQuery({ query: SourcesList, variables: { first: PAGE, after: pager.after } });
  const [{ data: scraped }] = useSubscription({ query: ScrapesLive });
  useEffect(() => {
    if (scraped) refetch({ requestPolicy: "network-only" });
  }, [scraped]);
  const done = scraped?.scrapeCompleted;
  const sources = data?.sources.edges ?? [];
  return (
    <section class="card" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      {done ? (
        <p class="muted small" role="status" data-testid="last-scrape">
          Latest scrape: {done.source?.url ?? "a deleted source"} {done.ok ? `found ${done.proxiesDiscovered} (${done.proxiesNew} new)` : `failed: ${done.error}`}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : sources.length === 0 ? (
        <Empty>No sources yet. Add one with the createSource mutation (or POST /sources); its proxies then fill the pool.</Empty>
      ) : (
        <ul class="sources" data-testid="source-list">
          {sources.map(({ node }) => (
            <SourceItem key={node.id} source={node} />
          ))}
        </ul>
      )}
      <Pager pager={pager} info={data?.sources.pageInfo} total={data?.sources.totalCount} label="sources" />
    </section>
  );
}

type Source = SourcesListQuery["sources"]["edges"][number]["node"];

function SourceItem({ source: s }: { source: Source }) {
  const [{ fetching }, scrape] = useMutation(ScrapeNow);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    setOutcome(null);
    const res = await scrape({ id: s.id });
    const r = res.data?.scrapeSource;
    const refused = res.error ? res.error.message : payloadError(r);
    if (refused || r?.__typename !== "ScrapeResult") return setOutcome({ ok: false, text: refused ?? "The scrape did not run." });
    setOutcome(r.ok ? { ok: true, text: `Found ${r.proxiesDiscovered} proxies, ${r.proxiesNew} new.` } : { ok: false, text: `The scrape failed: ${r.error}` });
  };
  const runs = s.scrapes.edges;
  return (
    <li class="source">
      <header>
        <span class="url">{s.url}</span>
        <button type="button" onClick={run} disabled={fetching} aria-label={`Scrape ${s.url} now`}>
          {fetching ? "Scraping…" : "Scrape now"}
        </button>
      </header>
      <p class="muted small">
        {s.isActive ? "active" : "paused"} · parser {s.parserName} · schedule <code>{s.cronSchedule}</code> · {s.proxyCount} proxies · last
        scraped {fmtTime(s.lastScrapedAt)} · next {fmtTime(s.nextScrapeAt)}
      </p>
      {s.lastError ? (
        <p class="error">
          Last error ({fmtTime(s.lastErrorAt)}): {s.lastError}
        </p>
      ) : null}
      {outcome ? (
        <p class={outcome.ok ? "pass" : "error"} role={outcome.ok ? "status" : "alert"}>
          {outcome.text}
        </p>
      ) : null}
      {runs.length === 0 ? (
        <Empty>Never scraped yet.</Empty>
      ) : (
        <Table label={`Scrape history of ${s.url}`} head={["Started", num("Duration"), num("Found"), num("New"), num("Updated"), "Error"]}>
          {runs.map(({ node: r }) => (
            <tr key={r.startedAt}>
              <td>{fmtTime(r.startedAt)}</td>
              <td class="num">{r.durationMs === null || r.durationMs === undefined ? "running" : `${r.durationMs} ms`}</td>
              <td class="num">{r.proxiesDiscovered}</td>
              <td class="num">{r.proxiesNew}</td>
              <td class="num">{r.proxiesUpdated}</td>
              <td class={r.error ? "fail" : ""}>{r.error ?? "–"}</td>
            </tr>
          ))}
        </Table>
      )}
    </li>
  );
}

export const sourcesView: View = { path: "/pool/sources", title: "Proxy sources", nav: "Sources", component: SourcesPage };
