// A loopback source server for scraper tests: serves each list format, a 500, a huge body
// and a body that never finishes, on 127.0.0.1 with an ephemeral port.
import http from "node:http";
import type { AddressInfo } from "node:net";

export const LISTS = {
  plaintext: "# free proxies\n203.0.113.10:8080\n203.0.113.11:3128 US\n\n[2001:db8::1]:8000\n",
  url: "socks5://alice:s%40cret@203.0.113.20:1080\nhttp://203.0.113.21:8080\nhttps://203.0.113.22:8443\nsocks4://203.0.113.23:1080\n",
  csv: "ip,port,protocol,country\n203.0.113.30,8080,http,US\n203.0.113.31,1080,socks5,DE\n203.0.113.32,notaport,http,FR\n",
  json: JSON.stringify([
    { ip: "203.0.113.40", port: 8080, protocol: "http" },
    { ip: "203.0.113.41", port: "3128", protocol: "https" },
    { ip: "203.0.113.42", port: 1080, protocol: "socks5" },
  ]),
  // Field names configured through the source's options.
  jsonCustom: JSON.stringify({ data: [{ addr: "203.0.113.50", p: 9000, kind: "socks4" }, { addr: "203.0.113.51", p: 9001 }] }),
  garbage: "<html><body>Not a proxy list</body></html>\n",
} as const;

export interface SourceServer {
  url(path: string): string;
  /** Replace what a path serves (to make a list change between scrapes). */
  set(path: string, body: string, contentType?: string): void;
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startSourceServer(): Promise<SourceServer> {
  const bodies = new Map<string, { body: string; type: string }>();
  const counts = new Map<string, number>();
  for (const [name, body] of Object.entries(LISTS)) {
    bodies.set(`/${name}`, { body, type: name.startsWith("json") ? "application/json" : name === "csv" ? "text/csv" : "text/plain" });
  }
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (path === "/error") {
      res.writeHead(500, { "content-type": "text/plain" }).end("boom");
    } else if (path === "/huge") {
      // No content-length: the cap must hold while streaming, not only on a declared size.
      res.writeHead(200, { "content-type": "text/plain" });
      const line = "203.0.113.99:8080\n".repeat(1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += line.length;
          if (!res.write(line)) return void res.once("drain", pump);
        }
        res.end();
      };
      pump();
    } else if (path === "/slow") {
      // Headers and one line, then nothing: only the fetch deadline ends it.
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("203.0.113.98:8080\n");
      open.add(res);
    } else if (bodies.has(path)) {
      const b = bodies.get(path)!;
      res.writeHead(200, { "content-type": b.type }).end(b.body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, body, type = "text/plain") => void bodies.set(path, { body, type }),
    hits: (path) => counts.get(path) ?? 0,
    async close() {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
