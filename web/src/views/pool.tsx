// Pool: live counts (the poolStats subscription sends a snapshot at once and again when the
// pool changes), active proxies over time, and the proxy table with the API's filters and
// sort, refreshed when a validation changes a proxy's status.
import { useQuery, useSubscription } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { Anonymity, ProxyFilter, ProxyOrder, ProxyProtocol, ProxySortField, ProxyStatus, SortDirection } from "../gql/graphql.js";
import { Link } from "../router.js";
import { Empty, ErrorNote, fmtMs, fmtNum, fmtTime, Loading, num, Pager, Select, Stat, StatusBadge, Table, usePager } from "../ui.js";
import type { View } from "../view.js";
import { ActiveChart } from "./pool-chart.js";

const PoolStatsLive = graphql(`
  subscription PoolStatsLive {
    poolStats {
      totalProxies
      avgScore
      avgLatencyMs
      sourcesActive
      sourcesTotal
      lastScrapeAt
      lastValidationAt
      byStatus {
        active
        dead
        unchecked
      }
      byProtocol {
        http
        https
        socks4
        socks5
      }
      byAnonymity {
        elite
        anonymous
        transparent
      }
      byCountry(first: 12) {
        country
        count
      }
    }
  }
`);

const ProxyTable = graphql(`
  query ProxyTable($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {
    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ip
          port
          protocol
          status
          anonymity
          country
          score
          avgLatencyMs
          uptimePct
          lastCheckedAt
          isLeased
        }
      }
    }
  }
`);

const StatusChanges = graphql(`
  subscription ProxyStatusChanges {
    proxyStatusChanged {
      oldStatus
      newStatus
      proxy {
        id
        ip
        port
      }
    }
  }
`);

const PAGE = 25;

function Counts({ title, counts }: { title: string; counts: [string, number][] }) {
  const max = Math.max(1, ...counts.map(([, n]) => n));
  return (
    <section class="card counts" aria-label={title}>
      <h2>{title}</h2>
      {counts.length === 0 ? (
        <Empty>No proxies yet.</Empty>
      ) : (
        <dl>
          {counts.map(([k, n]) => (
            <div key={k} class="bar-row">
              <dt>{k}</dt>
              <dd>
                <span class="bar" style={{ width: `${(n / max) * 100}%` }} />
                <span class="n">{n}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

const pairs = (o: Record<string, unknown>) => Object.entries(o).filter(([k]) => k !== "__typename") as [string, number][];

function PoolPage() {
  const [{ data: live, error: liveError }] = useSubscription({ query: PoolStatsLive });
  const stats = live?.poolStats;
  return (
    <>
      <ErrorNote error={liveError} />
      {!stats ? (
        <Loading />
      ) : (
        <>
          <div class="stats" data-testid="pool-stats">
            <Stat label="Proxies" value={stats.totalProxies} />
            <Stat label="Active" value={stats.byStatus.active} tone="ok" />
            <Stat label="Dead" value={stats.byStatus.dead} tone="bad" />
            <Stat label="Unchecked" value={stats.byStatus.unchecked} />
            <Stat label="Avg score" value={fmtNum(stats.avgScore, 2)} />
            <Stat label="Avg latency" value={fmtMs(stats.avgLatencyMs)} />
            <Stat label="Sources active" value={`${stats.sourcesActive} / ${stats.sourcesTotal}`} />
          </div>
          <p class="muted small">
            Last scrape {fmtTime(stats.lastScrapeAt)} · last validation {fmtTime(stats.lastValidationAt)}
          </p>
          <div class="grid">
            <Counts title="By status" counts={pairs(stats.byStatus)} />
            <Counts title="By protocol" counts={pairs(stats.byProtocol)} />
            <Counts title="By anonymity" counts={pairs(stats.byAnonymity)} />
            <Counts title="By country" counts={stats.byCountry.map((c) => [c.country ?? "unknown", c.count])} />
          </div>
        </>
      )}
      <ActiveChart />
      <Proxies total={stats?.totalProxies} />
    </>
  );
}

interface Filters {
  status: ProxyStatus | "";
  protocol: ProxyProtocol | "";
  anonymity: Anonymity | "";
  country: string;
  minScore: string;
  maxLatencyMs: string;
  field: ProxySortField;
  direction: SortDirection | "";
}

const EMPTY: Filters = { status: "", protocol: "", anonymity: "", country: "", minScore: "", maxLatencyMs: "", field: "SCORE", direction: "" };

function toVariables(f: Filters): { filter: ProxyFilter; orderBy: ProxyOrder } {
  const filter: ProxyFilter = {};
  if (f.status) filter.status = f.status;
  if (f.protocol) filter.protocol = f.protocol;
  if (f.anonymity) filter.anonymity = f.anonymity;
  if (f.country.trim()) filter.country = f.country.trim();
  if (f.minScore !== "") filter.minScore = Number(f.minScore);
  if (f.maxLatencyMs !== "") filter.maxLatencyMs = Number(f.maxLatencyMs);
  return { filter, orderBy: { field: f.field, ...(f.direction ? { direction: f.direction } : {}) } };
}

/** `total`: the pool's size from the live stats; a change (a scrape found proxies) reloads the page of rows. */
function Proxies({ total }: { total?: number }) {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const vars = toVariables(filters);
  const pager = usePager(JSON.stringify(vars));
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProxyTable, variables: { first: PAGE, after: pager.after, ...vars } });
  const [{ data: change }] = useSubscription({ query: StatusChanges });
  // A status change may move rows in or out of this page: fetch it again (at most once a second).
  useEffect(() => {
    if (!change) return;
    const t = setTimeout(() => refetch({ requestPolicy: "network-only" }), 1000);
    return () => clearTimeout(t);
  }, [change]);
  useEffect(() => {
    if (total !== undefined && data && total !== data.proxies.totalCount) refetch({ requestPolicy: "network-only" });
  }, [total]);
  const set = <K extends keyof Filters>(k: K) => (v: Filters[K]) => setFilters({ ...filters, [k]: v });
  const rows = data?.proxies.edges ?? [];
  const last = change?.proxyStatusChanged;
  return (
    <section class="card" aria-labelledby="proxies-title">
      <h2 id="proxies-title">Proxies</h2>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter and sort proxies">
        <Select label="Status" value={filters.status} onChange={set("status")} options={[["", "any"], ["ACTIVE", "active"], ["DEAD", "dead"], ["UNCHECKED", "unchecked"]]} />
        <Select label="Protocol" value={filters.protocol} onChange={set("protocol")} options={[["", "any"], ["HTTP", "http"], ["HTTPS", "https"], ["SOCKS4", "socks4"], ["SOCKS5", "socks5"]]} />
        <Select label="Anonymity" value={filters.anonymity} onChange={set("anonymity")} options={[["", "any"], ["ELITE", "elite"], ["ANONYMOUS", "anonymous"], ["TRANSPARENT", "transparent"]]} />
        <label>
          Country
          <input value={filters.country} maxLength={2} size={3} placeholder="DE" onChange={(e) => set("country")(e.currentTarget.value)} />
        </label>
        <label>
          Min score
          <input type="number" min={0} max={1} step={0.05} value={filters.minScore} onChange={(e) => set("minScore")(e.currentTarget.value)} />
        </label>
        <label>
          Max latency (ms)
          <input type="number" min={0} step={50} value={filters.maxLatencyMs} onChange={(e) => set("maxLatencyMs")(e.currentTarget.value)} />
        </label>
        <Select label="Sort by" value={filters.field} onChange={set("field")} options={[["SCORE", "score"], ["LATENCY", "latency"], ["UPTIME", "uptime"], ["LAST_CHECKED", "last checked"]]} />
        <Select label="Order" value={filters.direction} onChange={set("direction")} options={[["", "best first"], ["ASC", "ascending"], ["DESC", "descending"]]} />
        <button type="button" onClick={() => setFilters(EMPTY)}>
          Reset
        </button>
      </form>
      {last ? (
        <p class="muted small" role="status" data-testid="last-change">
          Latest change: {last.proxy ? `${last.proxy.ip}:${last.proxy.port}` : "a deleted proxy"} {last.oldStatus.toLowerCase()} → {last.newStatus.toLowerCase()}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>No proxy matches these filters{filters === EMPTY ? ": the pool is empty. Add a source to fill it." : "."}</Empty>
      ) : (
        <Table testid="proxy-table" head={["Proxy", "Protocol", "Status", "Anonymity", "Country", num("Score"), num("Latency"), num("Uptime"), "Last checked"]}>
          {rows.map(({ node: p }) => (
            <tr key={p.id}>
              <td>
                <Link href={`/pool/proxies/${encodeURIComponent(p.id)}`}>
                  {p.ip}:{p.port}
                </Link>
                {p.isLeased ? <span class="tag">leased</span> : null}
              </td>
              <td>{p.protocol.toLowerCase()}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
              <td>{p.anonymity?.toLowerCase() ?? "–"}</td>
              <td>{p.country ?? "–"}</td>
              <td class="num">{fmtNum(p.score, 2)}</td>
              <td class="num">{fmtMs(p.avgLatencyMs)}</td>
              <td class="num">{p.uptimePct === null || p.uptimePct === undefined ? "–" : `${fmtNum(p.uptimePct, 0)} %`}</td>
              <td>{fmtTime(p.lastCheckedAt)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pager pager={pager} info={data?.proxies.pageInfo} total={data?.proxies.totalCount} label="proxies" />
    </section>
  );
}

export const poolView: View = { path: "/pool", title: "Proxy pool", nav: "Pool", component: PoolPage };
