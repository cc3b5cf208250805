// Command-line flags shared by every bench: `--name value` or `--name=value`.
export interface LoadSettings {
  /** Seconds of measured load per target. */
  duration: number;
  /** Concurrent keep-alive connections. */
  connections: number;
  /** Seconds of unrecorded load before each measurement, so JIT and caches are warm. */
  warmup: number;
}

export const DEFAULT_LOAD: LoadSettings = { duration: 10, connections: 50, warmup: 3 };

export class UsageError extends Error {}

/** Parses positive integer flags named in `defaults`; anything else is a usage error. */
export function parseFlags<T extends { [K in keyof T]: number }>(argv: string[], defaults: T): T {
  const out: Record<string, number> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
    const name = m[1];
    if (!(name in defaults)) throw new UsageError(`unknown flag --${name} (known: ${Object.keys(defaults).map((k) => `--${k}`).join(", ")})`);
    const raw = m[2] ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isInteger(value) || value < 0 || (value === 0 && name !== "warmup")) {
      throw new UsageError(`--${name} needs a positive integer, got ${JSON.stringify(raw)}`);
    }
    out[name] = value;
  }
  return out as T;
}
