// Small helpers for loopback peers that tests start themselves.
import type net from "node:net";

/** Listens on port 0 of `host` and returns the port. */
export async function listen(server: net.Server, host = "127.0.0.1"): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as net.AddressInfo).port;
}

/**
 * A closer for `server` that also destroys its open sockets, so closing does not wait for
 * connections a peer keeps open (proxies and silent servers do).
 */
export function closerFor(server: net.Server): () => Promise<void> {
  const sockets = new Set<net.Socket>();
  server.on("connection", (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
