// Fetching a source list through the outbound guard: the body is streamed and cut off at a
// byte cap, and the whole exchange (headers and body) has one deadline, so a huge or slow
// source costs bounded memory and time.
import type { OutboundGuard } from "../../http/outbound.js";

export class SourceFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourceFetchError";
  }
}

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Return the first maxBytes instead of failing (auto-detection only needs a sample). */
  truncate?: boolean;
  /** Aborts the fetch early (node shutdown). */
  signal?: AbortSignal;
}

export async function fetchSourceText(outbound: OutboundGuard, url: string, limits: FetchLimits): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const onAbort = () => controller.abort();
  limits.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const res = await outbound.fetch(url, {
      signal: controller.signal,
      headers: { accept: "text/plain, text/csv, application/json, */*;q=0.5", "user-agent": "switchyard-scraper" },
    });
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new SourceFetchError(`HTTP ${res.status} from source`);
    }
    const declared = Number(res.headers.get("content-length") ?? NaN);
    if (!limits.truncate && declared > limits.maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new SourceFetchError(`source body too large: ${declared} bytes declared (limit ${limits.maxBytes})`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (size + value.byteLength > limits.maxBytes) {
          await reader.cancel().catch(() => {});
          if (!limits.truncate) throw new SourceFetchError(`source body too large: over ${limits.maxBytes} bytes`);
          chunks.push(value.subarray(0, limits.maxBytes - size));
          size = limits.maxBytes;
          break;
        }
        chunks.push(value);
        size += value.byteLength;
      }
    }
    // A cut sample may end inside a multi-byte character; the decoder replaces it instead of failing.
    return new TextDecoder("utf-8").decode(Buffer.concat(chunks, size));
  } catch (err) {
    if (timedOut) throw new SourceFetchError(`source fetch timed out after ${limits.timeoutMs} ms`);
    if (limits.signal?.aborted) throw new SourceFetchError("source fetch aborted: node shutting down");
    if (err instanceof SourceFetchError) throw err;
    const e = err as Error & { cause?: Error & { code?: string } };
    const cause = e.cause?.code ? `${e.cause.code}` : e.cause?.message;
    throw new SourceFetchError(`source fetch failed: ${e.message}${cause ? ` (${cause})` : ""}`);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener("abort", onAbort);
  }
}
