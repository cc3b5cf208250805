// Loopback peers for the probe tests and the probes bench: a dns2 server answering every
// record type the DNS probe supports, a whois referral chain, an HTTP target.
import http from "node:http";
import net from "node:net";
import dns2 from "dns2";
import { closerFor, listen } from "./peers.js";

const { Packet } = dns2;

/** Answers `<type>.example.test` queries with one record of that type (TTL 300 + type code). */
export async function startDnsPeer() {
  const server = dns2.createServer({
    udp: true,
    tcp: true,
    handle: (request: any, send: (r: any) => void) => {
      const response = Packet.createResponseFromRequest(request);
      const [q] = request.questions;
      const type = Object.entries(Packet.TYPE).find(([, v]) => v === q.type)?.[0] ?? "A";
      const base = { name: q.name, type: q.type, class: Packet.CLASS.IN, ttl: 300 };
      const records: Record<string, object> = {
        A: { address: "192.0.2.10" },
        AAAA: { address: "2001:db8::10" },
        CNAME: { domain: "target.example.test" },
        MX: { exchange: "mail.example.test", priority: 10 },
        NS: { ns: "ns1.example.test" },
        TXT: { data: "v=spf1 -all" },
        SOA: { primary: "ns1.example.test", admin: "hostmaster.example.test", serial: 2026120201, refresh: 3600, retry: 600, expiration: 86400, minimum: 300 },
        PTR: { domain: "host.example.test" },
        SRV: { priority: 1, weight: 5, port: 5060, target: "sip.example.test" },
        CAA: { flags: 0, tag: "issue", value: "letsencrypt.org" },
      };
      if (records[type]) response.answers.push({ ...base, ...records[type] } as never);
      send(response);
    },
  });
  const addrs: any = await new Promise((resolve) => {
    server.on("listening", () => resolve(server.addresses()));
    server.listen({ udp: { port: 0, address: "127.0.0.1" }, tcp: { port: 0, address: "127.0.0.1" } });
  });
  return { udpPort: addrs.udp.port as number, tcpPort: addrs.tcp.port as number, close: () => server.close() };
}

/** A whois "root" that refers every query to a registry, which answers with fields. */
export async function startWhoisPeers() {
  const registry = net.createServer((s) =>
    s.once("data", (q) => {
      const name = q.toString().trim();
      s.end(`% test registry\r\nDomain Name: ${name.toUpperCase()}\r\nRegistrar: Loopback Registrar\r\nName Server: ns1.example.test\r\nName Server: ns2.example.test\r\nCreation Date: 2001-02-03T00:00:00Z\r\n`);
    }),
  );
  const registryPort = await listen(registry);
  const root = net.createServer((s) =>
    s.once("data", (q) => s.end(`% test root\r\n\r\ndomain:       ${q.toString().trim()}\r\nrefer:        127.0.0.1:${registryPort}\r\n`)),
  );
  const rootPort = await listen(root);
  const closeRoot = closerFor(root);
  const closeRegistry = closerFor(registry);
  return { rootPort, registryPort, close: async () => (await closeRoot(), await closeRegistry()) };
}

export async function startHttpTarget() {
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === "/missing" ? 404 : 200, { "content-type": "text/plain" });
    res.end("hello from the loopback target\n");
  });
  const port = await listen(server);
  return { port, close: closerFor(server) };
}
