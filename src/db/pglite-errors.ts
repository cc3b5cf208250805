// pglite-prisma-adapter reports every PostgreSQL error as kind "postgres", so Prisma cannot
// raise its typed errors (P2002 unique violation and friends) on PGlite the way it does
// through @prisma/adapter-pg. This wrapper maps the same SQLSTATE codes adapter-pg maps,
// so code that handles P2002 behaves the same on both databases.
import { DriverAdapterError } from "@prisma/driver-adapter-utils";

type Cause = { kind: string; code?: string; detail?: string; column?: string; message?: string };

function mapCause(cause: Cause): Record<string, unknown> | null {
  if (cause.kind !== "postgres") return null;
  const fields = cause.detail?.match(/Key \(([^)]+)\)/)?.at(1)?.split(", ");
  const constraint = fields ? { fields } : undefined;
  switch (cause.code) {
    case "23505":
      return { kind: "UniqueConstraintViolation", constraint };
    case "23502":
      return { kind: "NullConstraintViolation", constraint };
    case "23503":
      return { kind: "ForeignKeyConstraintViolation", constraint: cause.column ? { fields: [cause.column] } : undefined };
    case "40001":
      return { kind: "TransactionWriteConflict" };
    case "22001":
      return { kind: "LengthMismatch", column: cause.column };
    case "22003":
      return { kind: "ValueOutOfRange", cause: cause.message };
    default:
      return null;
  }
}

function translate(err: unknown): never {
  const cause = (err as { cause?: Cause })?.cause;
  const mapped = err instanceof Error && err.name === "DriverAdapterError" && cause ? mapCause(cause) : null;
  if (mapped) throw new DriverAdapterError({ ...mapped, originalCode: cause!.code, originalMessage: cause!.message } as never);
  throw err;
}

function wrapQueryable<T extends { queryRaw: Function; executeRaw: Function }>(q: T): T {
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = ((...args: unknown[]) => queryRaw(...args).catch(translate)) as never;
  q.executeRaw = ((...args: unknown[]) => executeRaw(...args).catch(translate)) as never;
  return q;
}

/** Wraps a PGlite adapter factory so the adapters it makes report typed errors. */
export function withPostgresErrors<F extends { connect(): Promise<any> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = (async () => {
    const adapter = wrapQueryable(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args: unknown[]) => wrapQueryable(await startTransaction(...args));
    return adapter;
  }) as never;
  return factory;
}
