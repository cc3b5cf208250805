// Notifier CRUD (admins only; the schema enforces the role). Kind, config and event globs
// (against the event catalogue) are validated here so every entry point stores the same shapes.
import type { Db } from "../../db.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import { parseConfig, parseEvents, parseKind, type EventCatalogue } from "./notifier-config.js";

export interface NotifierInput {
  kind: string;
  name: string;
  config?: unknown;
  events: string[];
  isActive?: boolean | null;
}

function parseName(name: string): string {
  const n = name.trim();
  if (!/^[\w.\- ]{1,100}$/.test(n)) throw new ValidationError("Invalid notifier name", [{ field: "name", message: "1-100 letters, digits, _ . - or spaces" }]);
  return n;
}

async function uniqueName<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if ((err as { code?: string }).code === "P2002") throw new ValidationError("A notifier with this name exists", [{ field: "name", message: "already taken" }]);
    throw err;
  }
}

export function createNotifier(prisma: Db, catalogue: EventCatalogue, input: NotifierInput) {
  const kind = parseKind(input.kind);
  const data = {
    kind,
    name: parseName(input.name),
    config: parseConfig(kind, input.config),
    events: parseEvents(input.events, catalogue),
    isActive: input.isActive ?? true,
  };
  return uniqueName(() => prisma.notifier.create({ data }));
}

export interface NotifierPatch {
  name?: string | null;
  config?: unknown;
  events?: string[] | null;
  isActive?: boolean | null;
}

export async function updateNotifier(prisma: Db, catalogue: EventCatalogue, id: string, patch: NotifierPatch) {
  const current = await prisma.notifier.findUnique({ where: { id } });
  if (!current) throw new NotFoundError("Notifier", id);
  const kind = parseKind(current.kind);
  const data = {
    ...(patch.name != null && { name: parseName(patch.name) }),
    ...(patch.config != null && { config: parseConfig(kind, patch.config) }),
    ...(patch.events != null && { events: parseEvents(patch.events, catalogue) }),
    ...(patch.isActive != null && { isActive: patch.isActive }),
    // A changed destination gets a fresh health record.
    ...(patch.config != null && { lastError: null, lastErrorAt: null }),
  };
  return uniqueName(() => prisma.notifier.update({ where: { id }, data }));
}

export async function deleteNotifier(prisma: Db, id: string) {
  const deleted = await prisma.notifier.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new NotFoundError("Notifier", id);
  return id;
}
