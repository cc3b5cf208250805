// Writes validation verdicts in batches: one statement per batch updates the proxy rows
// (UPDATE ... FROM unnest(...)) and inserts their checks, with no interactive transaction.
// Under load, verdicts that finish while a batch is being written wait for the next one, so
// the number of statements grows with the writers, not with the checks; with no load a
// verdict is written at once. At most `writers` batches are in flight (never more than the
// database pool has connections, and one on PGlite), so checks in flight never queue on
// the pool behind each other's writes.
//
// A verdict lands only while its claim is still the proxy's claim (claimed_until unchanged);
// its checks are inserted only for rows the UPDATE touched, so a stale validator's result
// leaves no trace.
import { randomUUID } from "node:crypto";
import type { Db } from "../../db.js";
import type { Anonymity, ProxyCheck, ProxyStatus } from "../../generated/prisma/client.js";

export interface Verdict {
  proxyId: string;
  /** The claim token: the proxy's claimed_until when it was claimed. */
  claimedUntil: Date;
  status: ProxyStatus;
  score: number;
  avgLatencyMs: number | null;
  consecutiveFailures: number;
  lastSuccessAt: Date | null;
  lastCheckedAt: Date;
  checksTotal: number;
  checksPassed: number;
  uptimePct: number;
  nextCheckAt: Date;
  recentResults: number;
  recentCount: number;
  /** New exit facts (a passed check); null keeps the stored ones. */
  exit: { exitIp: string; anonymity: Anonymity | null; country: string | null } | null;
  checks: Omit<ProxyCheck, "id" | "proxyId">[];
}

export interface VerdictWriter {
  /** Resolves with the stored checks, or null when the claim was lost (nothing written). */
  write(v: Verdict): Promise<ProxyCheck[] | null>;
}

interface Pending {
  verdict: Verdict;
  checks: ProxyCheck[];
  resolve(v: ProxyCheck[] | null): void;
  reject(err: unknown): void;
}

export function createVerdictWriter(prisma: Db, opts: { writers: number; maxBatch?: number }): VerdictWriter {
  const maxBatch = opts.maxBatch ?? 200;
  const queue: Pending[] = [];
  let inFlight = 0;

  const pump = () => {
    while (inFlight < opts.writers && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight++;
      writeBatch(prisma, batch)
        .then((written) => batch.forEach((p) => p.resolve(written.has(p.verdict.proxyId) ? p.checks : null)))
        .catch((err: unknown) => batch.forEach((p) => p.reject(err)))
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  };

  return {
    write(verdict) {
      const checks: ProxyCheck[] = verdict.checks.map((c) => ({ ...c, id: randomUUID(), proxyId: verdict.proxyId }));
      return new Promise((resolve, reject) => {
        queue.push({ verdict, checks, resolve, reject });
        pump();
      });
    },
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One statement for the whole batch; returns the ids whose claim still held. */
async function writeBatch(prisma: Db, batch: Pending[]): Promise<Set<string>> {
  const v = batch.map((p) => p.verdict);
  const c = batch.flatMap((p) => p.checks);
  // Arrays of text for times and enums: both drivers pass them the same way, and SQL casts.
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH v AS (
      SELECT * FROM unnest(
        ${v.map((x) => x.proxyId)}::uuid[], ${v.map((x) => iso(x.claimedUntil))}::text[], ${v.map((x) => x.status)}::text[],
        ${v.map((x) => x.score)}::float8[], ${v.map((x) => x.avgLatencyMs)}::float8[], ${v.map((x) => x.consecutiveFailures)}::int[],
        ${v.map((x) => iso(x.lastSuccessAt))}::text[], ${v.map((x) => iso(x.lastCheckedAt))}::text[], ${v.map((x) => x.checksTotal)}::int[],
        ${v.map((x) => x.checksPassed)}::int[], ${v.map((x) => x.uptimePct)}::float8[], ${v.map((x) => iso(x.nextCheckAt))}::text[],
        ${v.map((x) => x.recentResults)}::int[], ${v.map((x) => x.recentCount)}::int[], ${v.map((x) => x.exit !== null)}::bool[],
        ${v.map((x) => x.exit?.exitIp ?? null)}::text[], ${v.map((x) => x.exit?.anonymity ?? null)}::text[], ${v.map((x) => x.exit?.country ?? null)}::text[]
      ) AS v(id, claimed_until, status, score, avg_latency_ms, consecutive_failures, last_success_at, last_checked_at,
             checks_total, checks_passed, uptime_pct, next_check_at, recent_results, recent_count, set_exit, exit_ip, anonymity, country)),
    upd AS (
      UPDATE proxies p SET
        status = v.status::"ProxyStatus", score = v.score, avg_latency_ms = v.avg_latency_ms,
        consecutive_failures = v.consecutive_failures, last_success_at = v.last_success_at::timestamptz,
        last_checked_at = v.last_checked_at::timestamptz, checks_total = v.checks_total, checks_passed = v.checks_passed,
        uptime_pct = v.uptime_pct, next_check_at = v.next_check_at::timestamptz,
        recent_results = v.recent_results, recent_count = v.recent_count, claimed_until = NULL, claimed_by = NULL, updated_at = now(),
        -- A failed check keeps the last known exit IP and anonymity.
        exit_ip = CASE WHEN v.set_exit THEN v.exit_ip ELSE p.exit_ip END,
        anonymity = CASE WHEN v.set_exit THEN v.anonymity::"Anonymity" ELSE p.anonymity END,
        country = CASE WHEN v.set_exit THEN v.country ELSE p.country END
      FROM v WHERE p.id = v.id AND p.claimed_until = v.claimed_until::timestamptz
      RETURNING p.id),
    ins AS (
      INSERT INTO proxy_checks (id, proxy_id, checker_name, stage, passed, latency_ms, detail, created_at)
      SELECT c.id, c.proxy_id, c.checker_name, c.stage, c.passed, c.latency_ms, c.detail, c.created_at::timestamptz
      FROM unnest(
        ${c.map((x) => x.id)}::uuid[], ${c.map((x) => x.proxyId)}::uuid[], ${c.map((x) => x.checkerName)}::text[],
        ${c.map((x) => x.stage)}::int[], ${c.map((x) => x.passed)}::bool[], ${c.map((x) => x.latencyMs)}::float8[],
        ${c.map((x) => x.detail)}::text[], ${c.map((x) => iso(x.createdAt))}::text[]
      ) AS c(id, proxy_id, checker_name, stage, passed, latency_ms, detail, created_at)
      JOIN upd ON upd.id = c.proxy_id)
    SELECT id::text AS id FROM upd`;
  return new Set(rows.map((r) => r.id));
}
