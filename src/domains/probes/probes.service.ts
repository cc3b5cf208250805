// Probes as jobs: validate the input and check the target with the outbound guard (a refused
// probe costs nothing), charge the quota in SQL, write the job row, run the probe, record
// its results. `runProbe` waits for the result; `startProbe` returns the RUNNING job at once
// and finishes it in the background, publishing progress and completion. No GraphQL imports.
//
// The client going away: `runProbe` takes the request's signal. When it aborts during the
// run, the runner stops (ping and traceroute are killed) and the job ends FAILED with
// "client went away". The quota unit is charged when the job row is written, so a probe
// refused before that (bad input, the guard, the quota, or a client already gone) costs
// nothing, and one stopped while it ran counts: it did run. `startProbe` is detached from
// its request by design: its job runs to the end (or the timeout) whoever is watching.
import dns from "node:dns";
import { probeQuotas } from "./settings.js";
import type { NodeRuntime } from "../../graphql/context.js";
import net from "node:net";
import type { Db, SqlRunner } from "../../db.js";
import type { Config } from "../../config.js";
import { AppError, NotFoundError, ValidationError } from "../../errors.js";
import type { Principal } from "../../graphql/context.js";
import { ProbeKind, type ProbeJob } from "../../generated/prisma/client.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { PubSub } from "../../pubsub.js";
import { isAdmin } from "../../ownership.js";
import { finishJob, insertJob } from "./job-row.js";
import { chargeProbe, type QuotaState } from "./quota.service.js";
import { parseHost, parseHostPort, resolveTarget } from "./target.js";
import { opener, proxyLabel, type LeasedProxy } from "./tunnel.js";
import { RECORD_TYPES, runDns, type RecordType } from "./runners/dns.js";
import { runHttp } from "./runners/http.js";
import { runPing } from "./runners/ping.js";
import { runTcp } from "./runners/tcp.js";
import { runTraceroute } from "./runners/traceroute.js";
import { ClientGone, ProbeTimeout, type RunContext, type RunOutcome } from "./runners/types.js";
import { runWhois } from "./runners/whois.js";

export interface ProbeDeps {
  prisma: Db;
  sql: SqlRunner;
  pubsub: PubSub;
  outbound: OutboundGuard;
  config: Pick<Config, "probes">;
  /** This node: the live probe quotas are read from it (settings.ts). */
  node: NodeRuntime;
}

export interface ProbeInput {
  kind: ProbeKind;
  /** Host (ping, traceroute, tcp), domain or IP (dns, whois), or URL (http). */
  target: string;
  count?: number | null;
  maxHops?: number | null;
  recordType?: string | null;
  nameserver?: string | null;
  port?: number | null;
  /** TCP for DNS (also implied by leaseId). */
  overTcp?: boolean | null;
  /** Run from the exit of a proxy the caller holds a live lease on (http, tcp, dns). */
  leaseId?: string | null;
}

export const LIMITS = { count: { min: 1, max: 10, def: 4 }, maxHops: { min: 1, max: 30, def: 15 }, targetMax: 2048 };

const invalid = (field: string, message: string) => new ValidationError(`${field}: ${message}`, [{ field, message }]);

function intIn(value: number | null | undefined, field: string, r: { min: number; max: number; def: number }): number {
  const v = value ?? r.def;
  if (!Number.isInteger(v) || v < r.min || v > r.max) throw invalid(field, `must be an integer from ${r.min} to ${r.max}`);
  return v;
}

/** A prepared probe: what was checked, the stored parameters, and how to run it. */
interface Prepared {
  target: string;
  parameters: Record<string, unknown>;
  run: (ctx: RunContext) => Promise<RunOutcome>;
}

const reverseName = (ip: string) =>
  net.isIPv4(ip)
    ? `${ip.split(".").reverse().join(".")}.in-addr.arpa`
    : `${expandV6(ip).split("").reverse().join(".")}.ip6.arpa`;

function expandV6(ip: string): string {
  const [head, tail = ""] = ip.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  return groups.map((g) => g.padStart(4, "0")).join("");
}

/** The probes that can run from a leased proxy's exit: they speak TCP through it. */
const LEASE_KINDS: readonly ProbeKind[] = [ProbeKind.HTTP, ProbeKind.TCP, ProbeKind.DNS];

async function leasedProxy(deps: ProbeDeps, principal: Principal, leaseId: string): Promise<LeasedProxy> {
  const lease = /^[0-9a-f-]{36}$/i.test(leaseId)
    ? await deps.prisma.lease.findFirst({
        where: { id: leaseId, userId: principal.userId, releasedAt: null, expiresAt: { gt: new Date() } },
        select: { proxy: { select: { ip: true, port: true, protocol: true, username: true, password: true } } },
      })
    : null;
  // Only the holder's own live lease: anyone else's (even an admin's view) is not found.
  if (!lease) throw new NotFoundError("Lease", leaseId);
  return lease.proxy as LeasedProxy;
}

async function prepare(deps: ProbeDeps, principal: Principal, input: ProbeInput): Promise<Prepared> {
  const raw = input.target ?? "";
  if (raw.length > LIMITS.targetMax) throw invalid("target", `must be at most ${LIMITS.targetMax} characters`);
  const g = deps.outbound;
  const cfg = deps.config.probes;
  if (input.leaseId && !LEASE_KINDS.includes(input.kind)) throw invalid("leaseId", "only http, tcp and dns probes can run through a lease");
  const proxy = input.leaseId ? await leasedProxy(deps, principal, input.leaseId) : undefined;
  switch (input.kind) {
    case "PING": {
      const count = intIn(input.count, "count", LIMITS.count);
      const host = parseHost(raw, "host");
      const { address, family } = await resolveTarget(g, host, "host");
      return { target: host, parameters: { count }, run: (ctx) => runPing({ host, address, family, count }, ctx, cfg.outputMaxBytes) };
    }
    case "TRACEROUTE": {
      const maxHops = intIn(input.maxHops, "max_hops", LIMITS.maxHops);
      const host = parseHost(raw, "host");
      const { address, family } = await resolveTarget(g, host, "host");
      return { target: host, parameters: { max_hops: maxHops }, run: (ctx) => runTraceroute({ host, address, family, maxHops }, ctx, cfg.outputMaxBytes) };
    }
    case "DNS": {
      const type = (input.recordType ?? "A").toUpperCase() as RecordType;
      if (!RECORD_TYPES.includes(type)) throw invalid("record_type", `must be one of ${RECORD_TYPES.join(", ")}`);
      let name = parseHost(raw, "domain");
      if (net.isIP(name)) {
        if (type !== "PTR") throw invalid("domain", "an IP address can only be looked up with record_type PTR");
        name = reverseName(name);
      }
      const parameters: Record<string, unknown> = { record_type: type };
      let server: { address: string; port: number; label: string };
      if (input.nameserver) {
        const ns = parseHostPort(input.nameserver, "nameserver", 53);
        const { address } = await resolveTarget(g, ns.host, "nameserver");
        server = { address, port: ns.port, label: `${ns.host}:${ns.port}` };
        parameters.nameserver = server.label;
      } else {
        // The operator's resolver (config or system), not user input: not subject to the guard.
        const def = parseHostPort(cfg.dnsServer ?? dns.getServers()[0] ?? "127.0.0.1", "PROBE_DNS_SERVER", 53);
        server = { address: def.host, port: def.port, label: `${def.host}:${def.port}` };
      }
      const overTcp = !!input.overTcp || !!proxy;
      if (overTcp) parameters.transport = "tcp";
      if (proxy) parameters.via = proxyLabel(proxy);
      const tcp = overTcp ? opener(g, server.address, server.port, cfg.timeoutMs, proxy) : undefined;
      return { target: name, parameters, run: (ctx) => runDns({ name, type, server, tcp }, ctx) };
    }
    case "WHOIS": {
      const query = parseHost(raw, "domain");
      const root = parseHostPort(cfg.whoisServer, "WHOIS_SERVER", 43);
      return {
        target: query,
        parameters: {},
        run: (ctx) =>
          runWhois(
            {
              query,
              root,
              hopTimeoutMs: Math.min(10_000, ctx.timeoutMs),
              parseServer: (s) => parseHostPort(s, "referral", 43),
              connect: (host, port, timeoutMs) => g.connect(host, port, { timeoutMs }),
            },
            ctx,
          ),
      };
    }
    case "TCP": {
      const hp = parseHostPort(raw, "host", input.port ?? 0);
      const port = input.port ?? hp.port;
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalid("port", "must be 1-65535");
      const { address } = await resolveTarget(g, hp.host, "host");
      const parameters: Record<string, unknown> = { port, ...(proxy ? { via: proxyLabel(proxy) } : {}) };
      return {
        target: hp.host,
        parameters,
        run: (ctx) => runTcp({ host: hp.host, port, open: opener(g, address, port, ctx.timeoutMs, proxy), via: proxy && proxyLabel(proxy) }, ctx),
      };
    }
    case "HTTP": {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        throw invalid("url", "is not a valid URL");
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid("url", "must be http or https");
      if (url.username || url.password) throw invalid("url", "must not carry credentials");
      const host = parseHost(url.hostname, "url");
      const t = performance.now();
      const { address } = await resolveTarget(g, host, "url");
      const dnsMs = performance.now() - t;
      const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
      return {
        target: url.href,
        parameters: proxy ? { via: proxyLabel(proxy) } : {},
        run: (ctx) => runHttp({ url, dnsMs, open: opener(g, address, port, ctx.timeoutMs, proxy), via: proxy && proxyLabel(proxy) }, ctx),
      };
    }
  }
}

export interface Started {
  job: ProbeJob;
  quota: QuotaState;
  done: Promise<ProbeJob>;
}

/** The client left before its probe was charged and started: nothing was charged or recorded. */
export class ProbeCancelledError extends AppError {
  constructor() {
    super("CONFLICT", "The client went away before the probe started; nothing was charged");
  }
}

export const CLIENT_GONE = "client went away before the probe finished";

/**
 * Validates, charges and records the job, then starts the run; `done` settles with the
 * finished row. `signal` (the client going away) stops the run and fails the job.
 */
export async function startProbe(deps: ProbeDeps, principal: Principal, input: ProbeInput, signal?: AbortSignal): Promise<Started> {
  const prepared = await prepare(deps, principal, input);
  if (signal?.aborted) throw new ProbeCancelledError();
  const quota = await chargeProbe(deps.sql, probeQuotas(deps), principal);
  const job = await insertJob(deps.sql, { userId: principal.userId, kind: input.kind, target: prepared.target, parameters: prepared.parameters });
  const done = execute(deps, job, prepared, signal);
  return { job, quota, done };
}

async function execute(deps: ProbeDeps, job: ProbeJob, prepared: Prepared, signal?: AbortSignal): Promise<ProbeJob> {
  const timeoutMs = deps.config.probes.timeoutMs;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new ProbeTimeout(timeoutMs)), timeoutMs);
  const onGone = () => abort.abort(new ClientGone());
  if (signal?.aborted) onGone();
  else signal?.addEventListener("abort", onGone, { once: true });
  const started = performance.now();
  let seq = 0;
  let outcome: RunOutcome;
  try {
    outcome = await prepared.run({
      guard: deps.outbound,
      signal: abort.signal,
      timeoutMs,
      progress: (event) => void deps.pubsub.publish("probe:progress", job.userId, { jobId: job.id, userId: job.userId, seq: seq++, event }),
    });
  } catch (err) {
    const message = err instanceof AppError ? err.message : (err as Error).message;
    outcome = { success: false, result: { error: message }, text: `Probe failed: ${message}` };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onGone);
  }
  if (abort.signal.reason instanceof ClientGone) {
    // Whatever the runner got before it was stopped stays in the result; the job failed.
    outcome = {
      success: false,
      result: { ...outcome.result, error: CLIENT_GONE },
      text: `${outcome.text}\n\nProbe stopped: the ${CLIENT_GONE}.`,
    };
  }
  const finished = await finishJob(deps.sql, job, {
    success: outcome.success,
    result: outcome.result,
    text: outcome.text,
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
  });
  await deps.pubsub.publish("probe:completed", { jobId: job.id, userId: job.userId, success: outcome.success });
  return finished;
}

/** Synchronous probe: the finished job. */
export async function runProbe(deps: ProbeDeps, principal: Principal, input: ProbeInput, signal?: AbortSignal) {
  const s = await startProbe(deps, principal, input, signal);
  return { job: await s.done, quota: s.quota };
}

/** A job the caller may watch (own, or any for admins); not found otherwise. */
export async function visibleJob(prisma: Db, principal: Principal, jobId: string) {
  const job = /^[0-9a-f-]{36}$/i.test(jobId) ? await prisma.probeJob.findUnique({ where: { id: jobId }, select: { id: true, userId: true, status: true } }) : null;
  if (!job || (!isAdmin(principal) && job.userId !== principal.userId)) throw new NotFoundError("ProbeJob", jobId);
  return job;
}
