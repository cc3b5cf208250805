// My leases: acquire a proxy, watch each lease count down, release it, and see lease-expiry
// events (leaseExpiring a minute before, leaseEnded on release or expiry) as they happen.
import { useMutation, useQuery, useSubscription } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { AcquireProxyInput, Anonymity, MyLeasesQuery, ProxyProtocol } from "../gql/graphql.js";
import { Empty, ErrorNote, fmtDuration, fmtTime, Loading, Pager, payloadError, useNow, usePager } from "../ui.js";
import type { View } from "../view.js";

const MyLeases = graphql(`
  query MyLeases($first: Int!, $after: String) {
    me {
      id
      credits
      leases(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            createdAt
            expiresAt
            proxyUsername
            proxyPassword
            proxy {
              id
              ip
              port
              protocol
              country
            }
          }
        }
      }
    }
  }
`);

const Acquire = graphql(`
  mutation AcquireLease($input: AcquireProxyInput!) {
    acquireProxy(input: $input) {
      __typename
      ... on AcquireProxyPayload {
        creditsRemaining
        lease {
          id
          expiresAt
          proxy {
            ip
            port
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const Release = graphql(`
  mutation ReleaseLease($id: ID!) {
    releaseLease(input: { id: $id }) {
      __typename
      ... on Lease {
        id
        isActive
      }
      ... on Error {
        message
      }
    }
  }
`);

const Expiring = graphql(`
  subscription LeaseExpiringLive {
    leaseExpiring {
      id
      expiresAt
      proxy {
        ip
        port
      }
    }
  }
`);

const Ended = graphql(`
  subscription LeaseEndedLive {
    leaseEnded {
      id
      releasedAt
      expiresAt
      proxy {
        ip
        port
      }
    }
  }
`);

const Credits = graphql(`
  subscription CreditsLive {
    creditsChanged {
      balance
      amount
    }
  }
`);

const PAGE = 20;

interface LeaseEvent {
  key: string;
  at: number;
  text: string;
}

function LeasesPage() {
  const pager = usePager("leases");
  const [{ data, error, fetching }, refetch] = useQuery({ query: MyLeases, variables: { first: PAGE, after: pager.after } });
  const [events, setEvents] = useState<LeaseEvent[]>([]);
  const log = (text: string) => setEvents((list) => [{ key: `${Date.now()}-${list.length}`, at: Date.now(), text }, ...list].slice(0, 50));
  const reload = () => refetch({ requestPolicy: "network-only" });

  const [{ data: expiring }] = useSubscription({ query: Expiring });
  const [{ data: ended }] = useSubscription({ query: Ended });
  const [{ data: credits }] = useSubscription({ query: Credits });
  useEffect(() => {
    const l = expiring?.leaseExpiring;
    if (l) log(`Lease on ${l.proxy.ip}:${l.proxy.port} expires at ${new Date(l.expiresAt).toLocaleTimeString()}`);
  }, [expiring]);
  useEffect(() => {
    const l = ended?.leaseEnded;
    if (!l) return;
    log(`Lease on ${l.proxy.ip}:${l.proxy.port} ${l.releasedAt ? "was released" : "expired"}`);
    reload();
  }, [ended]);

  // A balance change is also how a lease acquired elsewhere (the API, another tab) shows up.
  useEffect(() => {
    if (credits) reload();
  }, [credits]);

  const balance = credits?.creditsChanged.balance ?? data?.me.credits;
  const leases = data?.me.leases.edges ?? [];
  return (
    <>
      <p class="credits">
        Credits: <strong data-testid="credits">{balance ?? "–"}</strong> <span class="muted small">(a lease costs 1)</span>
      </p>
      <AcquireForm onAcquired={(text) => (log(text), reload())} />
      <section class="card" aria-labelledby="leases-title">
        <h2 id="leases-title">Live leases</h2>
        <ErrorNote error={error} />
        {!data && fetching ? (
          <Loading />
        ) : leases.length === 0 ? (
          <Empty>You hold no lease. Acquire one above.</Empty>
        ) : (
          <ul class="leases" data-testid="lease-list">
            {leases.map(({ node }) => (
              <LeaseRow key={node.id} lease={node} onReleased={(text) => (log(text), reload())} />
            ))}
          </ul>
        )}
        <Pager pager={pager} info={data?.me.leases.pageInfo} total={data?.me.leases.totalCount} label="leases" />
      </section>
      <section class="card" aria-labelledby="events-title">
        <h2 id="events-title">Lease events</h2>
        {events.length === 0 ? (
          <Empty>Nothing yet: releases, expiries and warnings a minute before expiry appear here as they happen.</Empty>
        ) : (
          <ol class="events" aria-live="polite" data-testid="lease-events">
            {events.map((e) => (
              <li key={e.key}>
                <time>{new Date(e.at).toLocaleTimeString()}</time> {e.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

type Lease = MyLeasesQuery["me"]["leases"]["edges"][number]["node"];

function LeaseRow({ lease, onReleased }: { lease: Lease; onReleased: (text: string) => void }) {
  const now = useNow(1000);
  const [{ fetching }, release] = useMutation(Release);
  const [failure, setFailure] = useState<string | null>(null);
  const left = Date.parse(lease.expiresAt) - now;
  const addr = `${lease.proxy.ip}:${lease.proxy.port}`;
  const doRelease = async () => {
    setFailure(null);
    const res = await release({ id: lease.id });
    const refused = res.error ? res.error.message : payloadError(res.data?.releaseLease);
    if (refused) return setFailure(refused);
    onReleased(`Released the lease on ${addr}`);
  };
  return (
    <li class="lease">
      <div>
        <strong>{addr}</strong> <span class="muted">{lease.proxy.protocol.toLowerCase()}</span> {lease.proxy.country ?? ""}
        {lease.proxyUsername ? (
          <div class="muted small">
            credentials: <code>{lease.proxyUsername}</code>
          </div>
        ) : null}
        <div class="muted small">since {fmtTime(lease.createdAt)}</div>
      </div>
      <div class={`countdown ${left < 60_000 ? "soon" : ""}`} aria-label={`expires in ${fmtDuration(left)}`}>
        {left > 0 ? fmtDuration(left) : "expired"}
      </div>
      <button type="button" onClick={doRelease} disabled={fetching} aria-label={`Release the lease on ${addr}`}>
        Release
      </button>
      <ErrorNote message={failure} />
    </li>
  );
}

function AcquireForm({ onAcquired }: { onAcquired: (text: string) => void }) {
  const [protocol, setProtocol] = useState<ProxyProtocol | "">("");
  const [anonymity, setAnonymity] = useState<Anonymity | "">("");
  const [country, setCountry] = useState("");
  const [minutes, setMinutes] = useState("5");
  const [{ fetching }, acquire] = useMutation(Acquire);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    const input: AcquireProxyInput = { leaseDurationSeconds: Math.round(Number(minutes) * 60) };
    if (protocol) input.protocol = protocol;
    if (anonymity) input.anonymity = anonymity;
    if (country.trim()) input.country = country.trim();
    const res = await acquire({ input });
    const result = res.data?.acquireProxy;
    const refused = res.error ? res.error.message : payloadError(result);
    if (refused || result?.__typename !== "AcquireProxyPayload") return setFailure(refused ?? "The lease was not granted.");
    onAcquired(`Acquired ${result.lease.proxy.ip}:${result.lease.proxy.port} until ${new Date(result.lease.expiresAt).toLocaleTimeString()}`);
  };
  return (
    <form class="card filters" onSubmit={submit} aria-labelledby="acquire-title">
      <h2 id="acquire-title">Acquire a proxy</h2>
      <label>
        Protocol
        <select value={protocol} onChange={(e) => setProtocol(e.currentTarget.value as ProxyProtocol)}>
          <option value="">any</option>
          <option value="HTTP">http</option>
          <option value="HTTPS">https</option>
          <option value="SOCKS4">socks4</option>
          <option value="SOCKS5">socks5</option>
        </select>
      </label>
      <label>
        Anonymity
        <select value={anonymity} onChange={(e) => setAnonymity(e.currentTarget.value as Anonymity)}>
          <option value="">any</option>
          <option value="ELITE">elite</option>
          <option value="ANONYMOUS">anonymous</option>
          <option value="TRANSPARENT">transparent</option>
        </select>
      </label>
      <label>
        Country
        <input value={country} maxLength={2} size={3} placeholder="any" onInput={(e) => setCountry(e.currentTarget.value)} />
      </label>
      <label>
        Minutes
        <input type="number" min={1} max={1440} required value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={fetching}>
        {fetching ? "Acquiring…" : "Acquire"}
      </button>
      <ErrorNote message={failure} />
    </form>
  );
}

export const leasesView: View = { path: "/my-leases", title: "My leases", nav: "My leases", component: LeasesPage };
