// Probes: run a ping, traceroute, DNS, whois, TCP or HTTP probe (startProbe), watch its
// replies and hops arrive (probeProgress) until it finishes (probeCompleted), with the day's
// and month's quota and the history of past probes.
import { useClient, useMutation, useQuery, useSubscription } from "@urql/preact";
import { useEffect, useState } from "preact/hooks";
import { graphql } from "../gql/index.js";
import type { DnsRecordType, ProbeInput, ProbeKind, ProbeJobFieldsFragment } from "../gql/graphql.js";
import { Empty, ErrorNote, fmtDuration, fmtMs, fmtTime, Loading, Pager, payloadError, Select, Stat, StatusBadge, useNow, usePager, useReloadOn } from "../ui.js";
import type { View, ViewProps } from "../view.js";

const ProbeJobFields = graphql(`
  fragment ProbeJobFields on ProbeJob {
    id
    kind
    target
    status
    success
    durationMs
    resultText
    createdAt
  }
`);

const Quota = graphql(`
  query ProbesQuota {
    me {
      id
      probeQuota {
        limitDay
        remainingDay
        limitMonth
        remainingMonth
        reset
        unlimited
      }
    }
  }
`);

const History = graphql(`
  query ProbesHistory($first: Int!, $after: String, $filter: ProbeJobFilter) {
    probeJobs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          target
          status
          success
          durationMs
          createdAt
          user {
            email
          }
        }
      }
    }
  }
`);

const Start = graphql(`
  mutation StartProbe($input: ProbeInput!) {
    startProbe(input: $input) {
      __typename
      ... on RunProbePayload {
        job {
          ...ProbeJobFields
        }
        quota {
          remainingDay
          remainingMonth
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

const Job = graphql(`
  query ProbeJob($id: ID!) {
    node(id: $id) {
      ... on ProbeJob {
        ...ProbeJobFields
      }
    }
  }
`);

const Progress = graphql(`
  subscription ProbeProgressLive {
    probeProgress {
      jobId
      seq
      type
      event
    }
  }
`);

const Completed = graphql(`
  subscription ProbeCompletedLive {
    probeCompleted {
      ...ProbeJobFields
    }
  }
`);

type Job = ProbeJobFieldsFragment;

const KINDS: [ProbeKind, string, string][] = [
  ["PING", "ping", "127.0.0.1 or example.com"],
  ["TRACEROUTE", "traceroute", "example.com"],
  ["DNS", "dns", "example.com"],
  ["WHOIS", "whois", "example.com"],
  ["TCP", "tcp", "example.com:443"],
  ["HTTP", "http", "https://example.com/"],
];
const RECORD_TYPES: DnsRecordType[] = ["A", "AAAA", "CAA", "CNAME", "MX", "NS", "PTR", "SOA", "SRV", "TXT"];
const PAGE = 10;

function ProbesPage({ me }: ViewProps) {
  const [{ data: quota, error: quotaError }, reloadQuota] = useQuery({ query: Quota });
  const [{ data: completed }] = useSubscription({ query: Completed });
  // Every step of the caller's probes, from page load on: open before startProbe, so the first
  // ping reply of a fast probe is not missed. The reducer keeps each event (the latest 500).
  const [{ data: steps = [], error: progressError }] = useSubscription({ query: Progress }, (seen: Step[] = [], e) => {
    const p = e.probeProgress;
    return [...seen.slice(-499), { jobId: p.jobId, seq: p.seq, type: p.type, event: (p.event ?? {}) as Record<string, unknown> }];
  });
  const [current, setCurrent] = useState<Job | null>(null);
  // The finished job, from the subscription (open since the page loaded, so it is not missed).
  useEffect(() => {
    const done = completed?.probeCompleted;
    if (done && done.id === current?.id) setCurrent(done);
  }, [completed]);
  useReloadOn(completed, () => reloadQuota({ requestPolicy: "network-only" }));
  const q = quota?.me.probeQuota;
  const now = useNow(30_000);
  return (
    <>
      <ErrorNote error={quotaError ?? progressError} />
      {q ? (
        <div class="stats" data-testid="probe-quota">
          {q.unlimited ? (
            <Stat label="Quota" value="unlimited" />
          ) : (
            <>
              <Stat label="Left today" value={`${q.remainingDay} / ${q.limitDay}`} tone={q.remainingDay === 0 ? "bad" : undefined} />
              <Stat label="Left this month" value={`${q.remainingMonth} / ${q.limitMonth}`} tone={q.remainingMonth === 0 ? "bad" : undefined} />
              <Stat label="Day quota resets in" value={fmtDuration(q.reset * 1000 - now)} />
            </>
          )}
        </div>
      ) : null}
      <RunForm onStarted={(job) => (setCurrent(job), reloadQuota({ requestPolicy: "network-only" }))} />
      {current ? <Running key={current.id} job={current} steps={steps.filter((st) => st.jobId === current.id)} onDone={setCurrent} /> : null}
      <HistoryCard admin={me.role === "ADMIN"} finished={completed?.probeCompleted ?? null} />
    </>
  );
}

function RunForm({ onStarted }: { onStarted: (job: Job) => void }) {
  const [kind, setKind] = useState<ProbeKind>("PING");
  const [target, setTarget] = useState("");
  const [count, setCount] = useState("4");
  const [maxHops, setMaxHops] = useState("15");
  const [recordType, setRecordType] = useState<DnsRecordType>("A");
  const [nameserver, setNameserver] = useState("");
  const [overTcp, setOverTcp] = useState(false);
  const [port, setPort] = useState("");
  const [{ fetching }, start] = useMutation(Start);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setFailure(null);
    const input: ProbeInput = { kind, target: target.trim() };
    if (kind === "PING") input.count = Number(count);
    if (kind === "TRACEROUTE") input.maxHops = Number(maxHops);
    if (kind === "DNS") {
      input.recordType = recordType;
      if (nameserver.trim()) input.nameserver = nameserver.trim();
      if (overTcp) input.overTcp = true;
    }
    if (kind === "TCP" && port) input.port = Number(port);
    const res = await start({ input });
    const r = res.data?.startProbe;
    const refused = res.error ? res.error.message : payloadError(r);
    if (refused || r?.__typename !== "RunProbePayload") return setFailure(refused ?? "The probe did not start.");
    onStarted(r.job);
  };
  const placeholder = KINDS.find(([k]) => k === kind)![2];
  return (
    <form class="card filters" onSubmit={submit} aria-labelledby="run-title">
      <h2 id="run-title">Run a probe</h2>
      <Select label="Kind" value={kind} onChange={setKind} options={KINDS.map(([k, text]) => [k, text] as [ProbeKind, string])} />
      <label class="grow">
        Target
        <input name="target" required value={target} placeholder={placeholder} onInput={(e) => setTarget(e.currentTarget.value)} />
      </label>
      {kind === "PING" ? (
        <label>
          Packets
          <input type="number" min={1} max={10} required value={count} onInput={(e) => setCount(e.currentTarget.value)} />
        </label>
      ) : null}
      {kind === "TRACEROUTE" ? (
        <label>
          Max hops
          <input type="number" min={1} max={30} required value={maxHops} onInput={(e) => setMaxHops(e.currentTarget.value)} />
        </label>
      ) : null}
      {kind === "DNS" ? (
        <>
          <Select label="Record type" value={recordType} onChange={setRecordType} options={RECORD_TYPES.map((t) => [t, t] as [DnsRecordType, string])} />
          <label>
            Nameserver
            <input value={nameserver} placeholder="system resolver" onInput={(e) => setNameserver(e.currentTarget.value)} />
          </label>
          <label class="check">
            <input type="checkbox" checked={overTcp} onChange={(e) => setOverTcp(e.currentTarget.checked)} /> over TCP
          </label>
        </>
      ) : null}
      {kind === "TCP" ? (
        <label>
          Port
          <input type="number" min={1} max={65535} value={port} placeholder="from target" onInput={(e) => setPort(e.currentTarget.value)} />
        </label>
      ) : null}
      <button type="submit" disabled={fetching}>
        {fetching ? "Starting…" : "Run probe"}
      </button>
      <ErrorNote message={failure} />
    </form>
  );
}

interface Step {
  jobId: string;
  seq: number;
  type: string;
  event: Record<string, unknown>;
}

/** One job: its replies or hops as they arrive, then its result. */
function Running({ job, steps, onDone }: { job: Job; steps: Step[]; onDone: (job: Job) => void }) {
  const client = useClient();
  const running = job.status === "RUNNING";
  // A fast probe may be done before its progress subscription starts: read the job once.
  useEffect(() => {
    if (!running) return;
    void client
      .query(Job, { id: job.id }, { requestPolicy: "network-only" })
      .toPromise()
      .then((res) => {
        const j = res.data?.node;
        if (j && "status" in j && j.status !== "RUNNING") onDone(j as Job);
      });
  }, [job.id]);
  return (
    <section class="card" aria-labelledby="probe-title" aria-busy={running} data-testid="probe-run">
      <h2 id="probe-title">
        {job.kind.toLowerCase()} {job.target} <StatusBadge status={job.status} />
      </h2>
      {steps.length ? (
        <ol class="events" aria-live="polite" data-testid="probe-progress">
          {steps.map((s) => (
            <li key={s.seq}>{stepText(s)}</li>
          ))}
        </ol>
      ) : running ? (
        <p class="muted" role="status">
          Running… replies and hops appear here as they arrive.
        </p>
      ) : null}
      {!running ? (
        <>
          <p class={job.success ? "pass" : "fail"} role="status">
            {job.success ? "Succeeded" : "Failed"}
            {job.durationMs != null ? ` in ${fmtMs(job.durationMs)}` : ""}.
          </p>
          {job.resultText ? (
            <pre class="result" data-testid="probe-result" tabIndex={0}>
              {job.resultText}
            </pre>
          ) : (
            <Empty>No output.</Empty>
          )}
        </>
      ) : null}
    </section>
  );
}

function stepText({ type, event: e }: Step): string {
  const rtt = typeof e.rttMs === "number" ? `${e.rttMs.toFixed(2)} ms` : "no answer";
  if (type === "reply") return `reply ${e.seq ?? ""}${e.ttl != null ? ` ttl=${e.ttl}` : ""}: ${rtt}`;
  if (type === "hop") return `hop ${e.hop}: ${e.address ?? "*"} ${rtt}`;
  if (type === "whois_hop") return `asked ${e.server} (${e.bytes} bytes)`;
  return `${type}: ${JSON.stringify(e)}`;
}

/** `finished`: the latest job to finish, shown as such at once (the page is read again just after). */
function HistoryCard({ admin, finished }: { admin: boolean; finished: Job | null }) {
  const [kind, setKind] = useState<ProbeKind | "">("");
  const filter = kind ? { kind } : {};
  const pager = usePager(kind);
  const [{ data, error, fetching }, refetch] = useQuery({ query: History, variables: { first: PAGE, after: pager.after, filter } });
  useReloadOn(finished, () => refetch({ requestPolicy: "network-only" }));
  const [open, setOpen] = useState<string | null>(null);
  const rows = data?.probeJobs.edges ?? [];
  return (
    <section class="card" aria-labelledby="history-title">
      <div class="filters">
        <h2 id="history-title">History{admin ? " (every user's)" : ""}</h2>
        <Select label="Kind" value={kind} onChange={setKind} options={[["", "any"], ...KINDS.map(([k, text]) => [k, text] as [ProbeKind, string])]} />
      </div>
      <ErrorNote error={error} />
      {!data && fetching ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>No probes{kind ? ` of this kind` : ""} yet. Run one above.</Empty>
      ) : (
        <div class="scroll">
          <table data-testid="probe-history">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Kind</th>
                <th scope="col">Target</th>
                {admin ? <th scope="col">User</th> : null}
                <th scope="col">Status</th>
                <th scope="col" class="num">Duration</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ node: row }) => {
                const j = finished?.id === row.id ? { ...row, ...finished } : row;
                return (
                  <tr key={j.id}>
                    <td>{fmtTime(j.createdAt)}</td>
                    <td>{j.kind.toLowerCase()}</td>
                    <td>{j.target}</td>
                    {admin ? <td>{j.user.email}</td> : null}
                    <td>
                      <StatusBadge status={j.status} />
                    </td>
                    <td class="num">{j.durationMs == null ? "–" : j.durationMs < 60_000 ? fmtMs(j.durationMs) : fmtDuration(j.durationMs)}</td>
                    <td>
                      <button type="button" class="link" aria-expanded={open === j.id} onClick={() => setOpen(open === j.id ? null : j.id)} aria-label={`Result of the ${j.kind.toLowerCase()} probe of ${j.target}`}>
                        {open === j.id ? "Hide" : "Show"}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {open ? <ResultOf id={open} /> : null}
      <Pager pager={pager} info={data?.probeJobs.pageInfo} total={data?.probeJobs.totalCount} label="probes" />
    </section>
  );
}

function ResultOf({ id }: { id: string }) {
  const [{ data, error, fetching }] = useQuery({ query: Job, variables: { id } });
  const job = data?.node && "resultText" in data.node ? (data.node as Job) : null;
  if (fetching && !data) return <Loading />;
  if (error) return <ErrorNote error={error} />;
  if (!job) return <Empty>This probe is gone.</Empty>;
  return (
    <pre class="result" tabIndex={0} aria-label={`Result of the ${job.kind.toLowerCase()} probe of ${job.target}`}>
      {job.resultText ?? (job.status === "RUNNING" ? "Still running." : "No output.")}
    </pre>
  );
}

export const probesView: View = { path: "/probes", title: "Network probes", nav: "Probes", component: ProbesPage };
