// Shared pieces of the legacy health routes (rest.000/001/004.ts): every seed's health path
// is a view of the one `health` query.
// Shared paths are settled in architecture.md ("Legacy layer"): /api/health answers seed
// 000's body (its fields include seed 003's), /health merges seeds 001 and 002. Anything
// unhealthy answers 503 on every route so load balancers and orchestrators react to it.
import type { LegacyResult } from "../../http/legacy.js";

export type State = "ok" | "error" | "not_configured";

export const healthStatus = (healthy: boolean) => (healthy ? "healthy" : "unhealthy");
export const respond = (ok: boolean, body: unknown): LegacyResult => ({ status: ok ? 200 : 503, body });

/** Seed 002 names connection states, seed 001 names check results. */
export const connection = (s: State) => (s === "ok" ? "connected" : s);

