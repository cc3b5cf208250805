// An in-process tap on the process logger: every line pino writes to stdout is also offered
// to this node's log subscribers (the `logs` subscription, the legacy /ws `logs` channel).
// Nothing here changes what reaches stdout. Lines are parsed only while someone listens; a
// token bucket caps how many entries per second are published, so a log storm cannot flood
// subscribers: entries over the cap are dropped and counted, never queued. Subscribers run
// inside `delivering` (AsyncLocalStorage): a line logged while an entry is being delivered is
// never published, so delivering an entry can never produce another one (no feedback loop).
import { AsyncLocalStorage } from "node:async_hooks";

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
/** pino's numeric levels. */
const LEVEL_VALUES: Record<LogLevelName, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 };

export interface LogEntry {
  timestamp: Date;
  level: LogLevelName;
  message: string;
  /** The line's own fields (pino's bookkeeping removed, secrets redacted). */
  fields: Record<string, unknown>;
}

type Listener = (entry: LogEntry) => void;

/** Keys whose values never leave the node, at any depth (the stdout line may carry them). */
const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|api[-_]?key|credential|private[-_]?key/i;
const BOOKKEEPING = new Set(["level", "time", "msg", "pid", "hostname", "service", "v"]);

export interface LogTapOptions {
  /** Entries published per second at most (the bucket refills at this rate). */
  ratePerSecond?: number;
  /** Entries that may be published at once after a quiet spell. */
  burst?: number;
}

export type LogTap = ReturnType<typeof createLogTap>;

export function createLogTap({ ratePerSecond = 200, burst = 200 }: LogTapOptions = {}) {
  const listeners = new Set<{ min: number; fn: Listener }>();
  const delivering = new AsyncLocalStorage<true>();
  let tokens = burst;
  let refilledAt = Date.now();
  let dropped = 0;

  function take(): boolean {
    const now = Date.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * ratePerSecond);
    refilledAt = now;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  }

  function publish(line: string) {
    if (listeners.size === 0 || delivering.getStore()) return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return; // not a JSON line: nothing structured to publish
    }
    const value = typeof raw.level === "number" ? raw.level : 0;
    // Only lines some subscriber wants spend a token.
    if (![...listeners].some((l) => value >= l.min)) return;
    if (!take()) {
      dropped += 1;
      return;
    }
    const entry = toEntry(raw, value);
    delivering.run(true, () => {
      for (const l of listeners) {
        if (value < l.min) continue;
        try {
          l.fn(entry);
        } catch {
          /* a failing subscriber must not break logging or the others */
        }
      }
    });
  }

  return {
    /** A pino stream (for pino.multistream) that publishes each line it is given. */
    stream: { write: (line: string) => publish(line) },
    /** Calls `fn` with every published entry at or above `level`; returns the unsubscribe. */
    subscribe(level: LogLevelName, fn: Listener): () => void {
      const l = { min: LEVEL_VALUES[level], fn };
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    /** Entries dropped by the rate cap since the node started. */
    dropped: () => dropped,
    subscribers: () => listeners.size,
  };
}

function toEntry(raw: Record<string, unknown>, value: number): LogEntry {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!BOOKKEEPING.has(k)) fields[k] = redact(k, v, 0);
  return {
    timestamp: new Date(typeof raw.time === "number" ? raw.time : Date.now()),
    level: levelName(value),
    message: typeof raw.msg === "string" ? raw.msg : "",
    fields,
  };
}

function levelName(value: number): LogLevelName {
  let name: LogLevelName = "trace";
  for (const l of LOG_LEVELS) if (value >= LEVEL_VALUES[l]) name = l;
  return name;
}

function redact(key: string, value: unknown, depth: number): unknown {
  if (SECRET_KEY.test(key)) return "[redacted]";
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redact("", v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(k, v, depth + 1)]));
}
