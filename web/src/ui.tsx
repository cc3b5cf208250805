// Small shared pieces of the views: error and empty states, pagination, stat tiles, selects,
// live refetching, downloads, formatting, tables.
import type { CombinedError } from "@urql/core";
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";

/** The server's own words for a failed operation; a network failure says so plainly. */
export function errorText(error: CombinedError): string {
  if (error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join("; ");
  return "Cannot reach the server. Check that switchyard is running, then try again.";
}

export function ErrorNote({ error, message }: { error?: CombinedError | null; message?: string | null }) {
  const text = error ? errorText(error) : message;
  if (!text) return null;
  return (
    <p class="error" role="alert">
      {text}
    </p>
  );
}

/** A typed error of a mutation's result union (`... on Error`), or null for success. */
export function payloadError(result: { __typename?: string; message?: string } | null | undefined): string | null {
  return result && "message" in result && typeof result.message === "string" ? result.message : null;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

export function Loading() {
  return (
    <p class="muted" aria-busy="true">
      Loading…
    </p>
  );
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Forward cursor pagination with a way back: the cursors of the pages before this one. */
export function usePager(resetKey: string) {
  const [stack, setStack] = useState<(string | null)[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  useEffect(() => {
    setStack([]);
    setAfter(null);
  }, [resetKey]);
  return {
    after,
    page: stack.length + 1,
    next(info: PageInfo) {
      if (!info.hasNextPage || !info.endCursor) return;
      setStack([...stack, after]);
      setAfter(info.endCursor);
    },
    prev() {
      if (!stack.length) return;
      setAfter(stack[stack.length - 1]);
      setStack(stack.slice(0, -1));
    },
  };
}

export function Pager({ pager, info, total, label }: { pager: ReturnType<typeof usePager>; info?: PageInfo; total?: number; label: string }) {
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={() => pager.prev()} disabled={pager.page === 1}>
        ← Previous
      </button>
      <span>
        Page {pager.page}
        {total !== undefined ? ` · ${total} ${label}` : ""}
      </span>
      <button type="button" onClick={() => info && pager.next(info)} disabled={!info?.hasNextPage}>
        Next →
      </button>
    </nav>
  );
}

/** The current time, ticking every `ms` (countdowns). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** A figure with its label (the tiles above a view). */
export function Stat({ label, value, tone }: { label: string; value: string | number; tone?: "ok" | "bad" | "warn" }) {
  return (
    <div class={`stat ${tone ?? ""}`}>
      <span class="label">{label}</span>
      <span class="value">{value}</span>
    </div>
  );
}

/** A labelled select over `[value, text]` options. */
export function Select<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Calls `reload` `ms` after `signal` changes (a subscription's latest event that means "read
 * the list again"); a burst of events costs one reload.
 */
export function useReloadOn(signal: unknown, reload: () => void, ms = 300): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current || signal === undefined || signal === null) {
      first.current = false;
      return;
    }
    const t = setTimeout(reload, ms);
    return () => clearTimeout(t);
  }, [signal]);
}

/** Starts a download of a same-origin URL (a CSV export link) without leaving the page. */
export function download(url: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = "";
  document.body.append(a);
  a.click();
  a.remove();
}

export const fmtTime = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : "never");
export const fmtNum = (n?: number | null, digits = 0) => (n === null || n === undefined ? "–" : n.toFixed(digits));
export const fmtPct = (n?: number | null, digits = 1) => (n === null || n === undefined ? "–" : `${n.toFixed(digits)} %`);
export const fmtUsd = (n?: number | null) =>
  n === null || n === undefined ? "–" : n !== 0 && Math.abs(n) < 0.01 ? `$${n.toFixed(4)}` : `$${n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const fmtDate = (iso?: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" }) : "–");
export const fmtMs = (n?: number | null) => (n === null || n === undefined ? "–" : `${Math.round(n)} ms`);

/** "4m 05s" for a duration in milliseconds. */
export function fmtDuration(ms: number): string {
  if (ms <= 0) return "0s";
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${sec}s`;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`badge badge-${status.toLowerCase()}`}>{status.toLowerCase()}</span>;
}

/** A column heading of `Table`: its title, or `num(title)` for a right-aligned number column. */
export type Column = string | { title: string; num: true };
export const num = (title: string): Column => ({ title, num: true });

/**
 * A table that scrolls sideways on narrow screens, with one header row; the body rows are the
 * children. `label` names it for screen readers where no heading does; `live` announces changes.
 */
export function Table({ testid, label, live, head, children }: { testid?: string; label?: string; live?: "polite"; head: Column[]; children: ComponentChildren }) {
  return (
    <div class="scroll">
      <table data-testid={testid} aria-label={label} aria-live={live}>
        <thead>
          <tr>
            {head.map((c, i) =>
              typeof c === "string" ? (
                <th key={i} scope="col">
                  {c}
                </th>
              ) : (
                <th key={i} scope="col" class="num">
                  {c.title}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
