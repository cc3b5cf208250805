// The reverse proxy. Each node keeps the vhost table in memory (reloaded on `edge:changed`,
// see changes.ts, and every REFRESH_MS as a safety net), so a proxied request costs a Map
// lookup, no query. Requests whose Host matches a vhost go to its backend through
// http-proxy-3 (streamed bodies, WebSocket upgrades, X-Forwarded-*); the connection is made
// by an agent that resolves through the outbound guard, so a backend name that resolves to
// a refused address is refused at connect time too.
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import https from "node:https";
import type { Duplex } from "node:stream";
import { createProxyServer } from "http-proxy-3";
import type { AppDeps } from "../../domain.js";
import type { HttpInterceptor } from "../../http/server.js";
import { envelope, type LegacyError } from "../../http/legacy.js";
import { memo } from "../../memo.js";
import { onLocalEdgeChange } from "./changes.js";

export const REFRESH_MS = 30_000;
/** Distinct Host headers whose normalised form the router keeps. */
const MAX_HOSTS = 1_000;

interface Route {
  priority: number;
  backend: { name: string; target: string; stopped: boolean; health: string };
}

/** In rotation: not stopped and not failing its checks (an unchecked backend serves at once). */
export const inRotation = (b: { stopped: boolean; health: string }) => !b.stopped && b.health !== "UNHEALTHY";

/** "Example.COM:8080" -> "example.com"; "[::1]:80" -> "::1". */
export function hostOf(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  const host = h.startsWith("[") ? h.slice(1, h.indexOf("]")) : h.replace(/:\d*$/, "");
  return host.replace(/\.$/, "") || null;
}

export class VhostTable {
  private exact = new Map<string, Route[]>();
  /** `*.example.com` entries as [".example.com", routes], longest suffix first. */
  private wildcard: [string, Route[]][] = [];

  constructor(private readonly deps: Pick<AppDeps, "prisma" | "log">) {}

  async reload(): Promise<void> {
    const rows = await this.deps.prisma.vhostDomain.findMany({
      select: {
        domain: true,
        vhost: { select: { priority: true, createdAt: true, backend: { select: { name: true, target: true, stopped: true, health: true } } } },
      },
    });
    const exact = new Map<string, Route[]>();
    const wild = new Map<string, Route[]>();
    for (const r of rows) {
      const route = { priority: r.vhost.priority, backend: r.vhost.backend };
      const [map, key] = r.domain.startsWith("*.") ? [wild, r.domain.slice(1)] : [exact, r.domain];
      map.set(key, [...(map.get(key) ?? []), route]);
    }
    const byPriority = (routes: Route[]) => routes.sort((a, b) => b.priority - a.priority);
    exact.forEach(byPriority);
    wild.forEach(byPriority);
    this.exact = exact;
    this.wildcard = [...wild].sort((a, b) => b[0].length - a[0].length);
  }

  /** The routes for a host (exact domains before wildcards), best first; null when no vhost serves it. */
  match(host: string): Route[] | null {
    const hit = this.exact.get(host);
    if (hit) return hit;
    for (const [suffix, routes] of this.wildcard) if (host.endsWith(suffix) && host.length > suffix.length) return routes;
    return null;
  }
}

/** An error in seed 001's envelope, written on a raw response or socket. */
function seedError(status: number, err: LegacyError): { status: number; body: string; requestId: string } {
  const requestId = randomUUID();
  return { status, requestId, body: JSON.stringify(envelope("seed001", status, err, { requestId, clientIp: "", setCookies: [] })) };
}

const noBackend = (host: string) =>
  seedError(503, { code: "SERVICE_UNAVAILABLE", message: `No backend of ${host} is in rotation`, details: { host } });
const badGateway = (name: string, reason: string) =>
  seedError(502, { code: "BAD_GATEWAY", message: `Backend ${name} did not answer`, details: { backend: name, error: reason } });

function writeError(res: ServerResponse, e: ReturnType<typeof seedError>) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(e.status, { "content-type": "application/json", "content-length": Buffer.byteLength(e.body), "x-request-id": e.requestId });
  res.end(e.body);
}

function writeSocketError(socket: Duplex, e: ReturnType<typeof seedError>) {
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${e.status} ${http.STATUS_CODES[e.status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(e.body)}\r\n` +
      `X-Request-Id: ${e.requestId}\r\nConnection: close\r\n\r\n${e.body}`,
  );
}

export function createEdgeRouter(deps: AppDeps): HttpInterceptor {
  const table = new VhostTable(deps);
  const lookup = deps.outbound.lookup;
  const agents = {
    http: new http.Agent({ keepAlive: true, lookup }),
    https: new https.Agent({ keepAlive: true, lookup }),
  };
  const proxy = createProxyServer({ xfwd: true, ws: true, proxyTimeout: deps.config.edge.proxyTimeoutMs });
  proxy.on("error", (err, req, resOrSocket) => {
    const name = (req as IncomingMessage & { edgeBackend?: string }).edgeBackend ?? "?";
    deps.log.warn({ err, backend: name }, "proxied request failed");
    const e = badGateway(name, (err as NodeJS.ErrnoException).code ?? err.message);
    if ("writeHead" in resOrSocket) writeError(resOrSocket as ServerResponse, e);
    else writeSocketError(resOrSocket as Duplex, e);
  });

  const reload = () =>
    table.reload().catch((err) => {
      deps.log.error({ err }, "reloading the vhost table failed");
    });
  const off = onLocalEdgeChange(deps.pubsub, reload);
  let closed = false;
  void (async () => {
    await reload();
    for await (const _ of deps.pubsub.subscribe("edge:changed")) {
      if (closed) break;
      await reload();
    }
  })().catch((err) => deps.log.error({ err }, "vhost table subscription ended"));
  const timer = setInterval(() => void reload(), REFRESH_MS);
  timer.unref();

  // Every request of the node (the gateway's too) is asked here first, and its clients send
  // the same few Host values, which `hostOf` took about 2 µs to normalise each time.
  const hostOfHeader = memo(hostOf, MAX_HOSTS);

  /** The backend to use for this request, an error to answer, or null when no vhost serves the host. */
  function pick(req: IncomingMessage): { target: string; name: string } | { error: ReturnType<typeof seedError> } | null {
    const host = req.headers.host ? hostOfHeader(req.headers.host) : null;
    const routes = host ? table.match(host) : null;
    if (!routes) return null;
    const live = routes.find((r) => inRotation(r.backend));
    if (!live) return { error: noBackend(host!) };
    return { target: live.backend.target, name: live.backend.name };
  }

  const options = (target: string) => ({ target, agent: target.startsWith("https:") ? agents.https : agents.http });

  return {
    request(req, res) {
      const chosen = pick(req);
      if (!chosen) return false;
      if ("error" in chosen) {
        writeError(res, chosen.error);
        return { route: "vhost" };
      }
      (req as IncomingMessage & { edgeBackend?: string }).edgeBackend = chosen.name;
      proxy.web(req, res, options(chosen.target));
      // Backend names are admin-made rows, so the label stays bounded.
      return { route: `vhost:${chosen.name}` };
    },
    upgrade(req, socket, head) {
      const chosen = pick(req);
      if (!chosen) return false;
      if ("error" in chosen) {
        writeSocketError(socket, chosen.error);
        return true;
      }
      (req as IncomingMessage & { edgeBackend?: string }).edgeBackend = chosen.name;
      proxy.ws(req, socket, head, options(chosen.target));
      return true;
    },
    async close() {
      closed = true;
      off();
      clearInterval(timer);
      agents.http.destroy();
      agents.https.destroy();
      proxy.close();
    },
  };
}
