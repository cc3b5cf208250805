// Sessions: success rates per proxy and per target host, IP health, the sessions list and
// their events. Figures arrive over statsUpdated (a snapshot at once, then after each change);
// sessionStarted / sessionEnded reload the list and eventLogged adds events as they happen.
// The CSV buttons ask the API for a signed, short-lived export link of the current filter.
import { useClient, useQuery, useSubscription } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { IpHealthStatus, SessionEventFilter, SessionEventType, SessionFilter, SessionStatus, SessionsEventsQuery } from "../gql/graphql.js";
import { download, Empty, ErrorNote, errorText, fmtMs, fmtNum, fmtPct, fmtTime, Loading, num, Pager, Select, Stat, StatusBadge, Table, usePager, useReloadOn } from "../ui.js";
import type { View, ViewProps } from "../view.js";

const StatsLive = graphql(`
  subscription SessionsStatsLive {
    statsUpdated {
      total
      active
      successful
      failed
      successRate
      ipHealth {
        healthy
        flagged
        blacklisted
      }
      proxyStats {
        proxy
        sessions
        successful
        failed
        successRate
        avgDurationSeconds
      }
      hostStats {
        targetHost
        sessions
        successful
        failed
        successRate
        ipHealth {
          healthy
          flagged
          blacklisted
        }
      }
    }
  }
`);

const SessionsList = graphql(`
  query SessionsList($first: Int!, $after: String, $filter: SessionFilter) {
    automationSessions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          proxy
          targetHost
          country
          device
          status
          durationSeconds
          error
          startedAt
        }
      }
    }
  }
`);

const HealthList = graphql(`
  query SessionsHealth($first: Int!, $after: String, $filter: IpHealthFilter) {
    ipHealth(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          proxyAddress
          targetHost
          status
          successRate
          successes
          failures
          blocks
          avgLatencyMs
          statusChangedAt
        }
      }
    }
  }
`);

const EventsList = graphql(`
  query SessionsEvents($first: Int!, $after: String, $filter: SessionEventFilter) {
    sessionEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sessionId
          type
          details
          createdAt
        }
      }
    }
  }
`);

const Started = graphql(`
  subscription SessionsStarted {
    sessionStarted {
      id
      proxy
      targetHost
    }
  }
`);

const Ended = graphql(`
  subscription SessionsEnded {
    sessionEnded {
      id
      proxy
      targetHost
      status
    }
  }
`);

const Logged = graphql(`
  subscription SessionsEventLogged {
    eventLogged {
      id
      sessionId
      type
      details
      createdAt
    }
  }
`);

const SessionsCsv = graphql(`
  query SessionsCsvLink($filter: SessionFilter) {
    sessionsExportLink(filter: $filter) {
      url
      expiresAt
    }
  }
`);

const EventsCsv = graphql(`
  query SessionEventsCsvLink($filter: SessionEventFilter) {
    sessionEventsExportLink(filter: $filter) {
      url
    }
  }
`);

const PAGE = 20;
const STATUSES: [SessionStatus | "", string][] = [["", "any"], ["ACTIVE", "active"], ["COMPLETED", "completed"], ["FAILED", "failed"]];
const EVENT_TYPES: SessionEventType[] = ["NAVIGATION", "CLICK", "INPUT", "SCROLL", "SCREENSHOT", "CAPTCHA", "BLOCK", "ERROR", "CUSTOM"];

interface Filters {
  status: SessionStatus | "";
  targetHost: string;
  proxy: string;
  country: string;
}
const NO_FILTER: Filters = { status: "", targetHost: "", proxy: "", country: "" };

function toFilter(f: Filters): SessionFilter {
  const filter: SessionFilter = {};
  if (f.status) filter.status = f.status;
  if (f.targetHost.trim()) filter.targetHost = f.targetHost.trim().toLowerCase();
  if (f.proxy.trim()) filter.proxy = f.proxy.trim();
  if (f.country.trim()) filter.country = f.country.trim().toUpperCase();
  return filter;
}

function SessionsPage({ me }: ViewProps) {
  const [{ data, error }] = useSubscription({ query: StatsLive });
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const stats = data?.statsUpdated;
  const pick = (f: Partial<Filters>) => setFilters({ ...NO_FILTER, ...f });
  return (
    <>
      {me.role === "ADMIN" ? <p class="muted small">You are an administrator: these are every user's sessions.</p> : null}
      <ErrorNote error={error} />
      {!stats ? (
        <Loading />
      ) : (
        <div class="stats" data-testid="session-stats">
          <Stat label="Sessions" value={stats.total} />
          <Stat label="Active" value={stats.active} />
          <Stat label="Successful" value={stats.successful} tone="ok" />
          <Stat label="Failed" value={stats.failed} tone="bad" />
          <Stat label="Success rate" value={fmtPct(stats.successRate)} />
          <Stat label="Healthy IPs" value={stats.ipHealth.healthy} tone="ok" />
          <Stat label="Flagged IPs" value={stats.ipHealth.flagged} tone="warn" />
          <Stat label="Blacklisted IPs" value={stats.ipHealth.blacklisted} tone="bad" />
        </div>
      )}
      <div class="grid wide">
        <section class="card" aria-labelledby="per-proxy-title">
          <h2 id="per-proxy-title">Success rate per proxy</h2>
          {!stats ? null : stats.proxyStats.length === 0 ? (
            <Empty>No session has named a proxy yet.</Empty>
          ) : (
            <Table testid="proxy-rates" head={["Proxy", num("Sessions"), num("Success"), num("Avg duration")]}>
              {stats.proxyStats.map((p) => (
                <tr key={p.proxy}>
                  <RateCells name={p.proxy} onPick={() => pick({ proxy: p.proxy })} row={p} />
                  <td class="num">{p.avgDurationSeconds == null ? "–" : `${fmtNum(p.avgDurationSeconds, 1)} s`}</td>
                </tr>
              ))}
            </Table>
          )}
        </section>
        <section class="card" aria-labelledby="per-host-title">
          <h2 id="per-host-title">Success rate per target host</h2>
          {!stats ? null : stats.hostStats.length === 0 ? (
            <Empty>No session has named a target URL yet.</Empty>
          ) : (
            <Table testid="host-rates" head={["Target host", num("Sessions"), num("Success"), "IP health there"]}>
              {stats.hostStats.map((h) => (
                <tr key={h.targetHost}>
                  <RateCells name={h.targetHost} onPick={() => pick({ targetHost: h.targetHost })} row={h} />
                  <td>
                    <HealthCounts counts={h.ipHealth} />
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      </div>
      <SessionsCard filters={filters} onFilters={setFilters} />
      <HealthCard host={filters.targetHost.trim().toLowerCase()} statsTick={stats} />
      <EventsCard />
    </>
  );
}

/** The first cells of a per-proxy or per-host row: its name (a link filtering the list below), sessions, success rate. */
function RateCells({ name, onPick, row }: { name: string; onPick: () => void; row: { sessions: number; successRate: number; successful: number; failed: number } }) {
  return (
    <>
      <td>
        <button type="button" class="link" onClick={onPick} aria-label={`Show the sessions on ${name}`}>
          {name}
        </button>
      </td>
      <td class="num">{row.sessions}</td>
      <td class="num">
        <Rate value={row.successRate} ended={row.successful + row.failed} />
      </td>
    </>
  );
}

function Rate({ value, ended }: { value: number; ended: number }) {
  if (!ended) return <span class="muted">none ended</span>;
  return <span class={value >= 90 ? "pass" : value < 50 ? "fail" : ""}>{fmtPct(value)}</span>;
}

function HealthCounts({ counts }: { counts: { healthy: number; flagged: number; blacklisted: number } }) {
  if (!counts.healthy && !counts.flagged && !counts.blacklisted) return <span class="muted">no outcome yet</span>;
  return (
    <span class="health-counts">
      {counts.healthy ? <span class="badge badge-healthy">{counts.healthy} healthy</span> : null}
      {counts.flagged ? <span class="badge badge-flagged">{counts.flagged} flagged</span> : null}
      {counts.blacklisted ? <span class="badge badge-blacklisted">{counts.blacklisted} blacklisted</span> : null}
    </span>
  );
}

function SessionsCard({ filters, onFilters }: { filters: Filters; onFilters: (f: Filters) => void }) {
  const client = useClient();
  const [draft, setDraft] = useState<Filters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const filter = toFilter(filters);
  const pager = usePager(JSON.stringify(filter));
  const [{ data, error, fetching }, refetch] = useQuery({ query: SessionsList, variables: { first: PAGE, after: pager.after, filter } });
  const [{ data: started }] = useSubscription({ query: Started });
  const [{ data: ended }] = useSubscription({ query: Ended });
  const reload = () => refetch({ requestPolicy: "network-only" });
  useReloadOn(started, reload);
  useReloadOn(ended, reload);
  const [last, setLast] = useState<string | null>(null);
  useEffect(() => {
    const s = started?.sessionStarted;
    if (s) setLast(`a session started on ${s.proxy ?? "no proxy"}${s.targetHost ? ` for ${s.targetHost}` : ""}`);
  }, [started]);
  useEffect(() => {
    const s = ended?.sessionEnded;
    if (s) setLast(`a session on ${s.proxy ?? "no proxy"}${s.targetHost ? ` for ${s.targetHost}` : ""} ended: ${s.status.toLowerCase()}`);
  }, [ended]);
  const [csvError, setCsvError] = useState<string | null>(null);
  const csv = async () => {
    setCsvError(null);
    const res = await client.query(SessionsCsv, { filter }, { requestPolicy: "network-only" }).toPromise();
    if (res.error || !res.data) return setCsvError(res.error ? errorText(res.error) : "No export link came back.");
    download(res.data.sessionsExportLink.url);
  };
  const set = <K extends keyof Filters>(k: K) => (v: Filters[K]) => setDraft({ ...draft, [k]: v });
  const rows = data?.automationSessions.edges ?? [];
  const filtered = Object.keys(filter).length > 0;
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <form
        class="filters"
        aria-label="Filter sessions"
        onSubmit={(e) => {
          e.preventDefault();
          onFilters(draft);
        }}
      >
        <Select label="Status" value={draft.status} options={STATUSES} onChange={set("status")} />
        <label>
          Target host
          <input value={draft.targetHost} placeholder="shop.example" onInput={(e) => set("targetHost")(e.currentTarget.value)} />
        </label>
        <label>
          Proxy
          <input value={draft.proxy} placeholder="ip:port" onInput={(e) => set("proxy")(e.currentTarget.value)} />
        </label>
        <label>
          Country
          <input value={draft.country} maxLength={2} size={3} placeholder="DE" onInput={(e) => set("country")(e.currentTarget.value)} />
        </label>
        <button type="submit">Apply</button>
        <button type="button" class="secondary" onClick={() => onFilters(NO_FILTER)} disabled={!filtered}>
          Clear
        </button>
        <button type="button" class="secondary" onClick={csv}>
          Download CSV{filtered ? " (this filter)" : ""}
        </button>
        <ErrorNote message={csvError} />
      </form>
      {last ? (
        <p class="muted small" role="status" data-testid="last-session-change">
          Latest: {last}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>
          {filtered
            ? "No session matches this filter."
            : "No sessions yet. Register one with the registerSession mutation (or POST /api/sessions); it appears here as it starts."}
        </Empty>
      ) : (
        <Table testid="session-table" head={["Started", "Proxy", "Target host", "Country", "Status", num("Duration"), "Error"]}>
          {rows.map(({ node: s }) => (
            <tr key={s.id}>
              <td>{fmtTime(s.startedAt)}</td>
              <td>{s.proxy ?? "–"}</td>
              <td>{s.targetHost ?? "–"}</td>
              <td>{s.country ?? "–"}</td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td class="num">{s.durationSeconds == null ? "–" : `${fmtNum(s.durationSeconds, 1)} s`}</td>
              <td class={s.error ? "fail" : ""}>{s.error ?? "–"}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pager pager={pager} info={data?.automationSessions.pageInfo} total={data?.automationSessions.totalCount} label="sessions" />
    </section>
  );
}

/** IP health rows: overall per proxy, or for one target host when the sessions are filtered by one. */
function HealthCard({ host, statsTick }: { host: string; statsTick: unknown }) {
  const [status, setStatus] = useState<IpHealthStatus | "">("");
  const filter = { ...(host ? { targetHost: host } : {}), ...(status ? { status } : {}) };
  const pager = usePager(JSON.stringify(filter));
  const [{ data, error, fetching }, refetch] = useQuery({ query: HealthList, variables: { first: PAGE, after: pager.after, filter } });
  // Every outcome that moves health also sends a stats snapshot.
  useReloadOn(statsTick, () => refetch({ requestPolicy: "network-only" }));
  const rows = data?.ipHealth.edges ?? [];
  return (
    <section class="card" aria-labelledby="health-title">
      <div class="filters">
        <h2 id="health-title">IP health {host ? `for ${host}` : "(overall, per proxy)"}</h2>
        <Select
          label="Health"
          value={status}
          onChange={setStatus}
          options={[["", "any"], ["HEALTHY", "healthy"], ["FLAGGED", "flagged"], ["BLACKLISTED", "blacklisted"]]}
        />
      </div>
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>No health record matches. A proxy gets one when a session on it ends or logs a block or captcha.</Empty>
      ) : (
        <Table testid="ip-health" head={["Proxy", "Health", num("Success"), num("OK"), num("Failed"), num("Blocks"), num("Latency"), "Health since"]}>
          {rows.map(({ node: h }) => (
            <tr key={h.id}>
              <td>{h.proxyAddress}</td>
              <td>
                <StatusBadge status={h.status} />
              </td>
              <td class="num">{fmtPct(h.successRate)}</td>
              <td class="num">{h.successes}</td>
              <td class="num">{h.failures}</td>
              <td class="num">{h.blocks}</td>
              <td class="num">{fmtMs(h.avgLatencyMs)}</td>
              <td>{fmtTime(h.statusChangedAt)}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pager pager={pager} info={data?.ipHealth.pageInfo} total={data?.ipHealth.totalCount} label="records" />
    </section>
  );
}

type SessionEvent = SessionsEventsQuery["sessionEvents"]["edges"][number]["node"];

/** Recent events: the first page is the query plus every eventLogged since, newest first. */
function EventsCard() {
  const client = useClient();
  const [type, setType] = useState<SessionEventType | "">("");
  const filter: SessionEventFilter = type ? { type } : {};
  const pager = usePager(type);
  const [{ data, error, fetching }] = useQuery({ query: EventsList, variables: { first: PAGE, after: pager.after, filter } });
  const [{ data: logged }] = useSubscription({ query: Logged });
  const [live, setLive] = useState<SessionEvent[]>([]);
  useEffect(() => setLive([]), [data]);
  useEffect(() => {
    const e = logged?.eventLogged;
    if (e && (!type || e.type === type)) setLive((l) => [e, ...l].slice(0, 100));
  }, [logged]);
  const [csvError, setCsvError] = useState<string | null>(null);
  const csv = async () => {
    setCsvError(null);
    const res = await client.query(EventsCsv, { filter }, { requestPolicy: "network-only" }).toPromise();
    if (res.error || !res.data) return setCsvError(res.error ? errorText(res.error) : "No export link came back.");
    download(res.data.sessionEventsExportLink.url);
  };
  const fetched = data?.sessionEvents.edges.map((e) => e.node) ?? [];
  const seen = new Set(fetched.map((e) => e.id));
  const fresh = pager.page === 1 ? live.filter((e) => !seen.has(e.id)) : [];
  const events = [...fresh, ...fetched];
  return (
    <section class="card" aria-labelledby="session-events-title">
      <div class="filters">
        <h2 id="session-events-title">Recent events</h2>
        <Select label="Event type" value={type} onChange={setType} options={[["", "any"], ...EVENT_TYPES.map((t) => [t, t.toLowerCase()] as [SessionEventType, string])]} />
        <button type="button" class="secondary" onClick={csv}>
          Download events CSV
        </button>
        <ErrorNote message={csvError} />
      </div>
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : events.length === 0 ? (
        <Empty>No events{type ? ` of type ${type.toLowerCase()}` : ""} yet. Sessions log them with logSessionEvent; they appear here as they happen.</Empty>
      ) : (
        <ol class="events" aria-live="polite" data-testid="session-events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleTimeString()}</time>
              <StatusBadge status={e.type} /> <span class="muted small">session {e.sessionId.slice(0, 8)}</span> <code>{summary(e.details)}</code>
            </li>
          ))}
        </ol>
      )}
      <Pager pager={pager} info={data?.sessionEvents.pageInfo} total={data ? data.sessionEvents.totalCount + fresh.length : undefined} label="events" />
    </section>
  );
}

function summary(details: unknown): string {
  const text = details && typeof details === "object" && Object.keys(details).length ? JSON.stringify(details) : "";
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export const sessionsView: View = { path: "/sessions", title: "Automation sessions", nav: "Sessions", component: SessionsPage };
