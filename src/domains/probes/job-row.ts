// The probe_jobs row written and finished straight through the driver (db.ts SqlRunner),
// returned as the Prisma model so Pothos resolves it like a Prisma result. A probe writes its
// row twice; through Prisma's client those two writes cost more CPU than the probe itself
// (bench `probes`). Only what the database decides comes back (serial, created_at): the
// rest is what we just sent, and reading the result JSON back would cost as much again.
import { randomUUID } from "node:crypto";
import type { SqlRunner } from "../../db.js";
import { Prisma, type ProbeJob, type ProbeKind } from "../../generated/prisma/client.js";

export interface NewJob {
  userId: string;
  kind: ProbeKind;
  target: string;
  parameters: Record<string, unknown>;
}

/** Inserts the RUNNING row. */
export async function insertJob(sql: SqlRunner, job: NewJob): Promise<ProbeJob> {
  const id = randomUUID();
  const [row] = await sql<{ serial: number; createdAt: Date | string }>(Prisma.sql`
    INSERT INTO probe_jobs (id, user_id, kind, target, parameters)
    VALUES (${id}::uuid, ${job.userId}::uuid, ${job.kind}::"ProbeKind", ${job.target}, ${JSON.stringify(job.parameters)}::jsonb)
    RETURNING serial, created_at AS "createdAt"`);
  return {
    id,
    serial: Number(row.serial),
    ...job,
    status: "RUNNING",
    success: false,
    result: null,
    resultText: null,
    durationMs: null,
    // Raw rows may carry timestamps as strings (PGlite); the model has Dates.
    createdAt: new Date(row.createdAt),
    finishedAt: null,
  } as ProbeJob;
}

export interface Finish {
  success: boolean;
  result: Record<string, unknown>;
  text: string;
  durationMs: number;
}

/** Records the outcome: SUCCEEDED or FAILED, with the results and the time it finished. */
export async function finishJob(sql: SqlRunner, job: ProbeJob, f: Finish): Promise<ProbeJob> {
  const status = f.success ? "SUCCEEDED" : "FAILED";
  const [row] = await sql<{ finishedAt: Date | string }>(Prisma.sql`
    UPDATE probe_jobs SET status = ${status}::"ProbeStatus", success = ${f.success},
      result = ${JSON.stringify(f.result)}::jsonb, result_text = ${f.text}, duration_ms = ${f.durationMs}::float8, finished_at = now()
    WHERE id = ${job.id}::uuid
    RETURNING finished_at AS "finishedAt"`);
  // No row: the job went with its user (deleted meanwhile); the caller still gets the outcome.
  const finishedAt = row ? new Date(row.finishedAt) : new Date();
  return { ...job, status, success: f.success, result: f.result as Prisma.JsonObject, resultText: f.text, durationMs: f.durationMs, finishedAt };
}
