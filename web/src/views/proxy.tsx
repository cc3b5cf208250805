// One proxy and its latest checks, fetched again when a validation changes its status.
import { useQuery, useSubscription } from "@urql/preact";
import { useEffect } from "preact/hooks";
import { graphql } from "../gql/index.js";
import { Link } from "../router.js";
import { Empty, ErrorNote, fmtMs, fmtNum, fmtTime, Loading, num, StatusBadge, Table } from "../ui.js";
import type { View, ViewProps } from "../view.js";

const ProxyDetail = graphql(`
  query ProxyDetail($id: ID!) {
    proxy(id: $id) {
      id
      ip
      port
      protocol
      status
      anonymity
      country
      exitIp
      score
      avgLatencyMs
      uptimePct
      isLeased
      hasCredentials
      firstSeenAt
      lastCheckedAt
      recentChecks(first: 30) {
        id
        createdAt
        stage
        checkerName
        passed
        latencyMs
        detail
      }
    }
  }
`);

const ThisProxyChanged = graphql(`
  subscription ProxyDetailChanges {
    proxyStatusChanged {
      newStatus
      proxy {
        id
      }
    }
  }
`);

function ProxyPage({ params }: ViewProps) {
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProxyDetail, variables: { id: params.id } });
  const [{ data: change }] = useSubscription({ query: ThisProxyChanged });
  useEffect(() => {
    if (change?.proxyStatusChanged.proxy?.id === data?.proxy?.id) refetch({ requestPolicy: "network-only" });
  }, [change]);
  const p = data?.proxy;
  if (!data && fetching) return <Loading />;
  if (error) return <ErrorNote error={error} />;
  if (!p)
    return (
      <Empty>
        No proxy with this id: it may have been deleted. <Link href="/pool">Back to the pool</Link>.
      </Empty>
    );
  return (
    <>
      <p>
        <Link href="/pool">← Pool</Link>
      </p>
      <section class="card" aria-labelledby="proxy-title">
        <h2 id="proxy-title">
          {p.ip}:{p.port} <StatusBadge status={p.status} />
        </h2>
        <dl class="facts" data-testid="proxy-facts">
          <dt>Protocol</dt>
          <dd>{p.protocol.toLowerCase()}</dd>
          <dt>Anonymity</dt>
          <dd>{p.anonymity?.toLowerCase() ?? "not known yet"}</dd>
          <dt>Country</dt>
          <dd>{p.country ?? "unknown"}</dd>
          <dt>Exit IP</dt>
          <dd>{p.exitIp ?? "–"}</dd>
          <dt>Score</dt>
          <dd>{fmtNum(p.score, 2)}</dd>
          <dt>Latency</dt>
          <dd>{fmtMs(p.avgLatencyMs)}</dd>
          <dt>Uptime</dt>
          <dd>{p.uptimePct === null || p.uptimePct === undefined ? "–" : `${fmtNum(p.uptimePct, 1)} %`}</dd>
          <dt>Leased now</dt>
          <dd>{p.isLeased ? "yes" : "no"}</dd>
          <dt>Credentials</dt>
          <dd>{p.hasCredentials ? "yes" : "no"}</dd>
          <dt>First seen</dt>
          <dd>{fmtTime(p.firstSeenAt)}</dd>
          <dt>Last checked</dt>
          <dd>{fmtTime(p.lastCheckedAt)}</dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="checks-title">
        <h2 id="checks-title">Latest checks</h2>
        {p.recentChecks.length === 0 ? (
          <Empty>Not checked yet: the validator checks new proxies shortly after a scrape finds them.</Empty>
        ) : (
          <Table testid="proxy-checks" head={["When", "Stage", "Checker", "Result", num("Latency"), "Detail"]}>
            {p.recentChecks.map((c) => (
              <tr key={c.id}>
                <td>{fmtTime(c.createdAt)}</td>
                <td>{c.stage}</td>
                <td>{c.checkerName}</td>
                <td class={c.passed ? "pass" : "fail"}>{c.passed ? "passed" : "failed"}</td>
                <td class="num">{fmtMs(c.latencyMs)}</td>
                <td>{c.detail}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}

export const proxyView: View = { path: "/pool/proxies/:id", title: "Proxy", component: ProxyPage };
