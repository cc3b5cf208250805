// Cluster (admins): the nodes with the leader, their load and state, read again on every
// clusterEvents event and with each of this node's metrics samples (the others' load comes
// from their heartbeats); vhosts and backends with health, read again on edgeChanged;
// webhooks with their deliveries, read again on deliveryUpdated; and this node's log as it
// is written, at a chosen level (logs).
import { useQuery, useSubscription } from "@urql/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { ClusterEventsLiveSubscription, ClusterLogTailSubscription, LogLevel } from "../gql/graphql.js";
import { Empty, ErrorNote, fmtMs, fmtNum, fmtPct, fmtTime, Loading, num, Pager, Select, Stat, StatusBadge, Table, usePager, useReloadOn } from "../ui.js";
import type { View } from "../view.js";

const Status = graphql(`
  query ClusterOverview {
    clusterStatus {
      enabled
      clusterName
      nodeId
      leaderId
      nodes {
        id
        address
        state
        role
        version
        pid
        startedAt
        lastHeartbeatAt
        load {
          cpu
          memory
          connections
        }
      }
    }
  }
`);

const Metrics = graphql(`
  subscription ClusterMetricsLive {
    metrics(intervalSeconds: 5) {
      timestamp
      requestsPerSecond
      latencyP95Ms
      errorRate
    }
  }
`);

const Events = graphql(`
  subscription ClusterEventsLive {
    clusterEvents {
      event
      nodeId
      address
      at
    }
  }
`);

const Backends = graphql(`
  query ClusterBackends($first: Int!, $after: String) {
    backends(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          target
          status
          health
          inRotation
          checksPassed
          checksFailed
          lastCheckAt
          lastResponseMs
          lastStatusCode
          lastError
          vhostCount
        }
      }
    }
  }
`);

const Vhosts = graphql(`
  query ClusterVhosts($first: Int!, $after: String) {
    vhosts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          domains
          priority
          tls
          backend {
            id
            name
            health
            inRotation
          }
        }
      }
    }
  }
`);

const EdgeLive = graphql(`
  subscription ClusterEdgeChanged {
    edgeChanged {
      at
    }
  }
`);

const Webhooks = graphql(`
  query ClusterWebhooks($first: Int!, $after: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          url
          events
          isActive
          healthy
          lastError
          lastErrorAt
          failed: deliveries(first: 0, status: FAILED) {
            totalCount
          }
          pending: deliveries(first: 0, status: PENDING) {
            totalCount
          }
          deliveries(first: 3) {
            totalCount
            edges {
              node {
                id
                event
                status
                attempts
                lastError
                createdAt
                deliveredAt
                nextAttemptAt
              }
            }
          }
        }
      }
    }
  }
`);

const DeliveryLive = graphql(`
  subscription ClusterDeliveryUpdated {
    deliveryUpdated {
      id
      event
      status
      notifier {
        name
      }
    }
  }
`);

const Logs = graphql(`
  subscription ClusterLogTail($level: LogLevel!) {
    logs(level: $level) {
      timestamp
      level
      message
      fields
    }
  }
`);

const PAGE = 10;

function ClusterPage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: Status });
  const [{ data: metrics, error: metricsError }] = useSubscription({ query: Metrics });
  const [{ data: event }] = useSubscription({ query: Events });
  const [events, setEvents] = useState<ClusterEventsLiveSubscription["clusterEvents"][]>([]);
  useEffect(() => {
    if (event) setEvents((l) => [event.clusterEvents, ...l].slice(0, 50));
  }, [event]);
  const reload = () => refetch({ requestPolicy: "network-only" });
  useReloadOn(event, reload);
  useReloadOn(metrics, reload, 0);
  const status = data?.clusterStatus;
  const m = metrics?.metrics;
  if (!data && fetching) return <Loading />;
  if (error && !status) return <ErrorNote error={error} />;
  return (
    <>
      {status ? (
        <div class="stats" data-testid="cluster-stats">
          <Stat label="Cluster" value={status.clusterName} />
          <Stat label="Nodes live" value={`${status.nodes.filter((n) => n.state === "active").length} / ${status.nodes.length}`} />
          <Stat label="Leader" value={status.leaderId ? status.leaderId.slice(0, 12) : "none"} tone={status.leaderId ? undefined : "bad"} />
          {m ? (
            <>
              <Stat label="Requests/s (this node)" value={fmtNum(m.requestsPerSecond, 1)} />
              <Stat label="p95 latency" value={fmtMs(m.latencyP95Ms)} />
              <Stat label="Errors" value={fmtPct(m.errorRate * 100)} tone={m.errorRate > 0.05 ? "bad" : undefined} />
            </>
          ) : null}
        </div>
      ) : null}
      <ErrorNote error={metricsError} />
      <section class="card" aria-labelledby="nodes-title">
        <h2 id="nodes-title">Nodes</h2>
        <ErrorNote error={error} />
        {!status || status.nodes.length === 0 ? (
          <Empty>No node has registered yet{status && !status.enabled ? ": clustering is off on this node" : ""}.</Empty>
        ) : (
          <Table testid="cluster-nodes" head={["Node", "Address", "Role", "State", num("CPU"), num("Memory"), num("Connections"), "Version", "Last heartbeat"]}>
            {status.nodes.map((n) => (
              <tr key={n.id}>
                <td>
                  <code title={n.id}>{n.id.slice(0, 12)}</code>
                  {n.id === status.nodeId ? <span class="tag">this node</span> : null}
                </td>
                <td>{n.address}</td>
                <td>{n.role === "leader" ? <strong>leader</strong> : "follower"}</td>
                <td>
                  <StatusBadge status={n.state} />
                </td>
                <td class="num">{fmtPct(n.load.cpu)}</td>
                <td class="num">{fmtPct(n.load.memory)}</td>
                <td class="num">{n.load.connections}</td>
                <td>{n.version}</td>
                <td>{fmtTime(n.lastHeartbeatAt)}</td>
              </tr>
            ))}
          </Table>
        )}
        <h3>Cluster events</h3>
        {events.length === 0 ? (
          <Empty>None since this page opened: nodes joining, leaving or failing and leader elections appear here.</Empty>
        ) : (
          <ol class="events" aria-live="polite" data-testid="cluster-events">
            {events.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                <time dateTime={e.at}>{new Date(e.at).toLocaleTimeString()}</time> {e.event.replace("_", " ")}: <code>{e.nodeId.slice(0, 12)}</code>
                {e.address ? ` (${e.address})` : ""}
              </li>
            ))}
          </ol>
        )}
      </section>
      <Edge />
      <WebhooksCard />
      <LogTail />
    </>
  );
}

function Edge() {
  const backendPager = usePager("backends");
  const vhostPager = usePager("vhosts");
  const [{ data: b, error: bError, fetching: bFetching }, reloadBackends] = useQuery({ query: Backends, variables: { first: PAGE, after: backendPager.after } });
  const [{ data: v, error: vError, fetching: vFetching }, reloadVhosts] = useQuery({ query: Vhosts, variables: { first: PAGE, after: vhostPager.after } });
  const [{ data: changed }] = useSubscription({ query: EdgeLive });
  useReloadOn(changed, () => (reloadBackends({ requestPolicy: "network-only" }), reloadVhosts({ requestPolicy: "network-only" })));
  const backends = b?.backends.edges ?? [];
  const vhosts = v?.vhosts.edges ?? [];
  return (
    <>
      <section class="card" aria-labelledby="backends-title">
        <h2 id="backends-title">Backends</h2>
        <ErrorNote error={bError} />
        {!b && bFetching ? (
          <Loading />
        ) : backends.length === 0 ? (
          <Empty>No backends. Add one with createBackend (or POST /api/v1/backends).</Empty>
        ) : (
          <Table testid="backend-table" head={["Backend", "Health", "Rotation", num("Checks ok / failed"), num("Last check's answer"), "Last check"]}>
            {backends.map(({ node: x }) => (
              <tr key={x.id}>
                <td>
                  <strong>{x.name}</strong>
                  <div class="muted small">{x.target}</div>
                </td>
                <td>
                  <StatusBadge status={x.health} />
                  {x.lastError ? <div class="fail small">{x.lastError}</div> : null}
                </td>
                <td>{x.status === "STOPPED" ? "stopped" : x.inRotation ? "in rotation" : <span class="fail">out</span>}</td>
                <td class="num">
                  {x.checksPassed} / {x.checksFailed}
                </td>
                <td class="num">{x.lastStatusCode != null ? `${x.lastStatusCode} in ${fmtMs(x.lastResponseMs)}` : x.lastCheckAt ? "no answer" : "–"}</td>
                <td>{fmtTime(x.lastCheckAt)}</td>
              </tr>
            ))}
          </Table>
        )}
        <Pager pager={backendPager} info={b?.backends.pageInfo} total={b?.backends.totalCount} label="backends" />
      </section>
      <section class="card" aria-labelledby="vhosts-title">
        <h2 id="vhosts-title">Virtual hosts</h2>
        <ErrorNote error={vError} />
        {!v && vFetching ? (
          <Loading />
        ) : vhosts.length === 0 ? (
          <Empty>No virtual hosts. Add one with createVhost (or POST /api/v1/vhosts).</Empty>
        ) : (
          <Table testid="vhost-table" head={["Domains", num("Priority"), "Backend"]}>
            {vhosts.map(({ node: x }) => (
              <tr key={x.id}>
                <td>
                  {x.domains.join(", ")}
                  {x.tls ? <span class="tag">tls</span> : null}
                </td>
                <td class="num">{x.priority}</td>
                <td>
                  {x.backend.name} <StatusBadge status={x.backend.health} />
                </td>
              </tr>
            ))}
          </Table>
        )}
        <Pager pager={vhostPager} info={v?.vhosts.pageInfo} total={v?.vhosts.totalCount} label="virtual hosts" />
      </section>
    </>
  );
}

function WebhooksCard() {
  const pager = usePager("webhooks");
  const [{ data, error, fetching }, refetch] = useQuery({ query: Webhooks, variables: { first: PAGE, after: pager.after } });
  const [{ data: updated }] = useSubscription({ query: DeliveryLive });
  useReloadOn(updated, () => refetch({ requestPolicy: "network-only" }));
  const hooks = data?.webhooks.edges ?? [];
  const last = updated?.deliveryUpdated;
  return (
    <section class="card" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">Webhooks</h2>
      {last ? (
        <p class="muted small" role="status">
          Latest delivery: {last.event} to {last.notifier.name}, {last.status.toLowerCase()}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : hooks.length === 0 ? (
        <Empty>No webhooks. Register one with createWebhook (or POST /api/v1/webhooks).</Empty>
      ) : (
        <ul class="sources" data-testid="webhook-list">
          {hooks.map(({ node: h }) => (
            <li key={h.id} class="source">
              <header>
                <span class="url">{h.url ?? h.name}</span>
                <span>
                  {!h.isActive ? <span class="badge badge-unknown">inactive</span> : <StatusBadge status={h.healthy ? "healthy" : "failing"} />}
                </span>
              </header>
              <p class="muted small">
                events {h.events.join(", ")} · {h.deliveries.totalCount} deliveries · {h.pending.totalCount} pending · {h.failed.totalCount} failed
              </p>
              {h.lastError ? (
                <p class="error">
                  Last error ({fmtTime(h.lastErrorAt)}): {h.lastError}
                </p>
              ) : null}
              {h.deliveries.edges.length === 0 ? (
                <Empty>Nothing sent yet.</Empty>
              ) : (
                <Table label={`Latest deliveries to ${h.url ?? h.name}`} head={["Queued", "Event", "Status", num("Attempts"), "Detail"]}>
                  {h.deliveries.edges.map(({ node: d }) => (
                    <tr key={d.id}>
                      <td>{fmtTime(d.createdAt)}</td>
                      <td>{d.event}</td>
                      <td>
                        <StatusBadge status={d.status} />
                      </td>
                      <td class="num">{d.attempts}</td>
                      <td class={d.lastError ? "fail" : ""}>
                        {d.status === "DELIVERED" ? `delivered ${fmtTime(d.deliveredAt)}` : d.status === "PENDING" ? `next try ${fmtTime(d.nextAttemptAt)}` : ""}
                        {d.lastError ? ` ${d.lastError}` : ""}
                      </td>
                    </tr>
                  ))}
                </Table>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager pager={pager} info={data?.webhooks.pageInfo} total={data?.webhooks.totalCount} label="webhooks" />
    </section>
  );
}

type LogLine = ClusterLogTailSubscription["logs"];
const LEVELS: LogLevel[] = ["trace", "debug", "info", "warn", "error", "fatal"];

/** This node's log at or above a level; pausing keeps the lines on screen while new ones are not added. */
function LogTail() {
  const [level, setLevel] = useState<LogLevel>("info");
  const [paused, setPaused] = useState(false);
  const [lines, setLines] = useState<(LogLine & { key: number })[]>([]);
  const [{ data, error }] = useSubscription({ query: Logs, variables: { level }, pause: paused });
  const seq = useRef(0);
  useEffect(() => {
    const l = data?.logs;
    if (l) setLines((list) => [{ ...l, key: ++seq.current }, ...list].slice(0, 200));
  }, [data]);
  return (
    <section class="card" aria-labelledby="logs-title">
      <div class="filters">
        <h2 id="logs-title">Log of this node</h2>
        <Select label="Level" value={level} onChange={(l) => (setLevel(l), setLines([]))} options={LEVELS.map((l) => [l, `${l} and above`] as [LogLevel, string])} />
        <button type="button" class="secondary" aria-pressed={paused} onClick={() => setPaused(!paused)}>
          {paused ? "Resume" : "Pause"}
        </button>
        <button type="button" class="secondary" onClick={() => setLines([])} disabled={!lines.length}>
          Clear
        </button>
      </div>
      <ErrorNote error={error} />
      {lines.length === 0 ? (
        <Empty>{paused ? "Paused." : `Waiting for log lines at ${level} or above (lines below the node's LOG_LEVEL are never written).`}</Empty>
      ) : (
        <ol class="logs" data-testid="log-tail" tabIndex={0} aria-label="Log lines, newest first">
          {lines.map((l) => (
            <li key={l.key} class={`log-${l.level}`}>
              <time dateTime={l.timestamp}>{new Date(l.timestamp).toLocaleTimeString()}</time> <span class="level">{l.level}</span> {l.message}{" "}
              <span class="muted">{fieldsText(l.fields)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function fieldsText(fields: unknown): string {
  if (!fields || typeof fields !== "object") return "";
  const text = Object.entries(fields as Record<string, unknown>)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export const clusterView: View = { path: "/cluster", title: "Cluster", nav: "Cluster", adminOnly: true, component: ClusterPage };
