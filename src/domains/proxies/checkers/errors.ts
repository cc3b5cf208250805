// One line per failure for ProxyCheck.detail: the error code where Node gives one.
export function describeError(err: unknown): string {
  const e = err as { code?: string; message?: string; name?: string } | undefined;
  if (e?.name === "OutboundBlockedError") return `refused by outbound guard: ${e.message}`;
  const message = String(e?.message ?? err).slice(0, 300);
  return e?.code && !message.includes(e.code) ? `${e.code}: ${message}` : message;
}
