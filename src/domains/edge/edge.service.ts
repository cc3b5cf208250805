// Vhosts and backends as data: create, change, delete, and the backend controls (stop,
// start, restart). Every change is announced (changes.ts) so each node's routing table
// (router.ts) follows without a query per proxied request. Plain functions over Prisma.
import type { Db } from "../../db.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { Backend } from "../../generated/prisma/client.js";
import type { OutboundGuard } from "../../http/outbound.js";
import type { PubSub } from "../../pubsub.js";
import { announceEdgeChange } from "./changes.js";
import { checkInterval, checkPriority, Issues, nameForTarget, parseCheckPath, parseDomains, parseName, parseTarget } from "./rules.js";

export interface EdgeDeps {
  prisma: Db;
  pubsub: PubSub;
  outbound: Pick<OutboundGuard, "isAddressAllowed">;
}

export interface BackendInput {
  name: string;
  target: string;
  healthCheckPath?: string | null;
  healthCheckInterval?: number | null;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string }).code === "P2002";

export async function createBackend(deps: EdgeDeps, input: BackendInput): Promise<Backend> {
  const issues = new Issues();
  const name = parseName(input.name, issues);
  const target = parseTarget(input.target, deps.outbound, issues);
  const healthCheckPath = input.healthCheckPath == null ? undefined : parseCheckPath(input.healthCheckPath, issues);
  if (input.healthCheckInterval != null) checkInterval(input.healthCheckInterval, issues);
  issues.done();
  try {
    const created = await deps.prisma.backend.create({
      data: { name, target, healthCheckPath, healthCheckInterval: input.healthCheckInterval ?? undefined },
    });
    await announceEdgeChange(deps.pubsub);
    return created;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(`A backend named "${name}" exists`, { resource: "backend", name });
    throw err;
  }
}

export async function backendByName(prisma: Db, name: string): Promise<Backend> {
  const backend = await prisma.backend.findUnique({ where: { name } });
  if (!backend) throw new NotFoundError("Backend", name);
  return backend;
}

export async function deleteBackend(deps: EdgeDeps, name: string): Promise<string> {
  const backend = await backendByName(deps.prisma, name);
  const used = await deps.prisma.vhost.count({ where: { backendId: backend.id } });
  if (used > 0) throw new ConflictError(`Backend "${name}" serves ${used} vhost(s); delete or repoint them first`, { resource: "backend", name, vhosts: used });
  try {
    await deps.prisma.backend.delete({ where: { id: backend.id } });
  } catch (err) {
    // A vhost pointed at it meanwhile: the foreign key refuses (RESTRICT).
    if ((err as { code?: string }).code === "P2003") throw new ConflictError(`Backend "${name}" serves a vhost`, { resource: "backend", name });
    throw err;
  }
  await announceEdgeChange(deps.pubsub);
  return backend.id;
}

export type BackendAction = "STOP" | "START" | "RESTART";

/**
 * Switchyard manages no backend process: `stop` takes the backend out of rotation, `start`
 * puts it back, `restart` does both and forgets its health history (the next check decides).
 * One conditional UPDATE each, so concurrent calls cannot interleave half-states.
 */
export async function controlBackend(deps: EdgeDeps, name: string, action: BackendAction): Promise<Backend> {
  const now = new Date();
  const data =
    action === "STOP"
      ? { stopped: true }
      : action === "START"
        ? { stopped: false, nextCheckAt: now }
        : {
            stopped: false,
            health: "UNKNOWN" as const,
            checksPassed: 0,
            checksFailed: 0,
            failStreak: 0,
            lastCheckAt: null,
            lastResponseMs: null,
            lastStatusCode: null,
            lastError: null,
            nextCheckAt: now,
            startedAt: now,
            restarts: { increment: 1 },
          };
  const updated = await deps.prisma.backend.updateMany({ where: { name }, data });
  if (updated.count === 0) throw new NotFoundError("Backend", name);
  await announceEdgeChange(deps.pubsub);
  return backendByName(deps.prisma, name);
}

/** The backend with this target, or a new one named after its host (the seed's inline `backend.target`). */
async function backendForTarget(deps: EdgeDeps, target: string): Promise<string> {
  const found = await deps.prisma.backend.findFirst({ where: { target }, select: { id: true }, orderBy: { createdAt: "asc" } });
  if (found) return found.id;
  const base = nameForTarget(target);
  for (let i = 0; i < 20; i++) {
    const name = i === 0 ? base : `${base}-${i + 1}`;
    try {
      return (await deps.prisma.backend.create({ data: { name, target }, select: { id: true } })).id;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Someone created the same target meanwhile: reuse theirs.
      const again = await deps.prisma.backend.findFirst({ where: { target }, select: { id: true } });
      if (again) return again.id;
    }
  }
  throw new ConflictError("No free backend name for this target", { resource: "backend" });
}

export interface VhostInput {
  domains: string[];
  priority?: number | null;
  tls?: boolean | null;
  /** One of: the name of an existing backend, or a target (reused or created). */
  backendName?: string | null;
  backendTarget?: string | null;
}

async function resolveBackend(deps: EdgeDeps, input: Pick<VhostInput, "backendName" | "backendTarget">, issues: Issues): Promise<string | undefined> {
  if (input.backendName != null) {
    const b = await deps.prisma.backend.findUnique({ where: { name: input.backendName }, select: { id: true } });
    if (!b) issues.add("backend.name", "no backend with this name");
    return b?.id;
  }
  if (input.backendTarget != null) {
    const target = parseTarget(input.backendTarget, deps.outbound, issues, "backend.target");
    issues.done();
    return backendForTarget(deps, target);
  }
  return undefined;
}

function domainConflict(err: unknown): never {
  if (isUniqueViolation(err)) {
    throw new ConflictError("A domain already belongs to another vhost", { resource: "vhost", fields: [{ field: "domains", message: "already served by another vhost" }] });
  }
  throw err;
}

export async function createVhost(deps: EdgeDeps, input: VhostInput): Promise<{ id: string }> {
  const issues = new Issues();
  const domains = parseDomains(input.domains, issues);
  if (input.priority != null) checkPriority(input.priority, issues);
  if (input.backendName == null && input.backendTarget == null) issues.add("backend.target", "a backend target (or backend name) is required");
  issues.done();
  // Taken domains are refused before a backend is created for nothing.
  const taken = await deps.prisma.vhostDomain.findMany({ where: { domain: { in: domains } }, select: { domain: true } });
  if (taken.length) domainConflict({ code: "P2002" });
  const backendId = await resolveBackend(deps, input, issues);
  issues.done();
  const created = await deps.prisma.vhost
    .create({
      data: {
        priority: input.priority ?? undefined,
        tls: input.tls ?? undefined,
        backendId: backendId!,
        domains: { create: domains.map((domain, position) => ({ domain, position })) },
      },
      select: { id: true },
    })
    .catch(domainConflict);
  await announceEdgeChange(deps.pubsub);
  return created;
}

export async function updateVhost(deps: EdgeDeps, id: string, patch: Partial<VhostInput>): Promise<{ id: string }> {
  const issues = new Issues();
  const domains = patch.domains == null ? undefined : parseDomains(patch.domains, issues);
  if (patch.priority != null) checkPriority(patch.priority, issues);
  issues.done();
  const current = await deps.prisma.vhost.findUnique({ where: { id }, select: { id: true } });
  if (!current) throw new NotFoundError("Vhost", id);
  const backendId = await resolveBackend(deps, patch, issues);
  issues.done();
  const update = deps.prisma.vhost.update({
    where: { id },
    data: {
      ...(patch.priority != null && { priority: patch.priority }),
      ...(patch.tls != null && { tls: patch.tls }),
      ...(backendId && { backendId }),
    },
    select: { id: true },
  });
  await (domains
    ? deps.prisma.$transaction([
        deps.prisma.vhostDomain.deleteMany({ where: { vhostId: id } }),
        deps.prisma.vhostDomain.createMany({ data: domains.map((domain, position) => ({ domain, vhostId: id, position })) }),
        update,
      ])
    : update
  ).catch(domainConflict);
  await announceEdgeChange(deps.pubsub);
  return current;
}

export async function deleteVhost(deps: EdgeDeps, id: string): Promise<string> {
  const deleted = await deps.prisma.vhost.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new NotFoundError("Vhost", id);
  await announceEdgeChange(deps.pubsub);
  return id;
}
