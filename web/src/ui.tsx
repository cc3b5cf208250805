// Small shared pieces of the views: error and empty states, pagination, formatting.
import type { CombinedError } from "@urql/core";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";

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

export const fmtTime = (iso?: string | null) => (iso ? new Date(iso).toLocaleString() : "never");
export const fmtNum = (n?: number | null, digits = 0) => (n === null || n === undefined ? "–" : n.toFixed(digits));
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
