// Settlements on their way to the database. A proxied answer goes out as soon as the upstream's
// answer is read (or its stream ends), and its settle follows: the settle's round trip is not
// part of the answer's latency, where it was half of what the gateway added (BENCHMARKS.md,
// gateway). Until a settle lands its reservation, the worst case, is still held, so the budget
// can never be overrun. (An answer for which the upstream reported more than that worst case
// does wait for its settle: the held figures are too low to decide the next request on.) Two rules keep the lag out of sight on the node:
// - any other request the node serves (GraphQL over HTTP or WebSocket, the legacy routes,
//   /metrics) first waits for the settles in flight when it arrived (`landed`, asked by
//   http/server.ts through the gateway's interceptor, for PENDING_WAIT_MS at most). A client
//   that reads its usage, spend or key after its answer reads the settled figures.
// - a request refused for its budget or tokens per minute while settles of its key are in
//   flight decides again once they have landed (proxy.service.ts). A client's next request is
//   never refused for the reservation of the one it was just answered, and a refusal waits for
//   nothing of other keys.
// Across nodes, a read or a refusal on another node in that round trip can still see the
// reservation held (README, gateway).

export class Settling {
  private readonly inFlight = new Set<Promise<void>>();
  /** The same settles by key, for a refusal: only its own key's can stand in its way. */
  private readonly byKey = new Map<string, Set<Promise<void>>>();

  /** `p` must not reject: a failed settle is logged by its caller, and released when its reservation expires. */
  track(keyId: string, p: Promise<void>): void {
    this.inFlight.add(p);
    let mine = this.byKey.get(keyId);
    if (!mine) this.byKey.set(keyId, (mine = new Set()));
    mine.add(p);
    void p.finally(() => {
      this.inFlight.delete(p);
      mine.delete(p);
      if (mine.size === 0 && this.byKey.get(keyId) === mine) this.byKey.delete(keyId);
    });
  }

  /**
   * Resolves once every settle in flight now (of `keyId`, when given) has landed; those begun
   * later are not waited for, so a read never waits more than one settle's round trip however
   * busy the gateway is. Null when none is in flight: the caller goes on at once, with no
   * promise made.
   */
  landed(keyId?: string): Promise<void> | null {
    const set = keyId === undefined ? this.inFlight : this.byKey.get(keyId);
    if (!set || set.size === 0) return null;
    return Promise.all(set).then(() => undefined);
  }

  /** Shutdown: waits until none is in flight, those begun meanwhile included. */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight);
  }
}
