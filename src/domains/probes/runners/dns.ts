// DNS: one query, built and parsed with dns-packet, sent to the chosen server only (UDP, or
// TCP on request or when the UDP answer is truncated). No resolver state is shared or
// changed: each probe has its own socket bound to that one server. Over TCP the socket may
// come from a leased proxy (probe-through-lease).
import dgram from "node:dgram";
import type { Duplex } from "node:stream";
import { randomInt } from "node:crypto";
import dnsPacket from "dns-packet";
import { abortable, round, stopped, type RunContext, type RunOutcome } from "./types.js";

export const RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SOA", "PTR", "SRV", "CAA"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
const MAX_TCP_ANSWER = 65_535 + 2;

export interface DnsParams {
  name: string;
  type: RecordType;
  server: { address: string; port: number; label: string };
  /** Over TCP (a socket the caller opened, e.g. through a proxy) instead of UDP. */
  tcp?: () => Promise<Duplex>;
}

export interface DnsAnswer {
  name: string;
  type: string;
  ttl: number;
  data: unknown;
  text: string;
}

function query(name: string, type: RecordType): { id: number; buf: Buffer } {
  const id = randomInt(0x10000);
  const buf = dnsPacket.encode({ type: "query", id, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name, class: "IN" }] });
  return { id, buf };
}

/** Record data as dig prints it. */
export function dataText(type: string, d: any): string {
  switch (type) {
    case "MX":
      return `${d.preference} ${d.exchange}.`;
    case "SOA":
      return `${d.mname}. ${d.rname}. ${d.serial} ${d.refresh} ${d.retry} ${d.expire} ${d.minimum}`;
    case "SRV":
      return `${d.priority} ${d.weight} ${d.port} ${d.target}.`;
    case "CAA":
      return `${d.flags ?? 0} ${d.tag} "${d.value}"`;
    case "TXT":
      return (Array.isArray(d) ? d : [d]).map((b: Buffer | string) => JSON.stringify(b.toString())).join(" ");
    case "CNAME":
    case "NS":
    case "PTR":
      return `${d}.`;
    default:
      return String(d);
  }
}

const jsonData = (type: string, d: any): unknown =>
  type === "TXT" ? (Array.isArray(d) ? d : [d]).map((b: Buffer | string) => b.toString()) : Buffer.isBuffer(d) ? d.toString("base64") : d;

function udpExchange(p: DnsParams, q: { id: number; buf: Buffer }, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const sock = dgram.createSocket(p.server.address.includes(":") ? "udp6" : "udp4");
    const done = (err: Error | null, msg?: Buffer) => {
      signal.removeEventListener("abort", onAbort);
      sock.close();
      if (err) reject(err);
      else resolve(msg!);
    };
    const onAbort = () => done(stopped(signal));
    if (signal.aborted) return done(stopped(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    sock.on("error", (err) => done(err));
    sock.on("message", (msg, rinfo) => {
      // Only the server we asked, with our id (a stray datagram is not the answer).
      if (rinfo.address !== p.server.address || rinfo.port !== p.server.port || msg.length < 2 || msg.readUInt16BE(0) !== q.id) return;
      done(null, msg);
    });
    sock.send(q.buf, p.server.port, p.server.address);
  });
}

async function tcpExchange(open: () => Promise<Duplex>, q: { id: number; buf: Buffer }, signal: AbortSignal): Promise<Buffer> {
  const sock = await abortable(open(), signal);
  return new Promise((resolve, reject) => {
    let acc = Buffer.alloc(0);
    const done = (err: Error | null, msg?: Buffer) => {
      signal.removeEventListener("abort", onAbort);
      sock.destroy();
      if (err) reject(err);
      else resolve(msg!);
    };
    const onAbort = () => done(stopped(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    sock.on("error", (err) => done(err));
    sock.on("data", (chunk: Buffer) => {
      acc = Buffer.concat([acc, chunk]);
      if (acc.length > MAX_TCP_ANSWER) return done(new Error("DNS answer too large"));
      if (acc.length >= 2 && acc.length >= 2 + acc.readUInt16BE(0)) done(null, acc.subarray(2, 2 + acc.readUInt16BE(0)));
    });
    sock.on("end", () => done(new Error("DNS server closed the connection before answering")));
    const len = Buffer.alloc(2);
    len.writeUInt16BE(q.buf.length);
    sock.write(Buffer.concat([len, q.buf]));
  });
}

export async function runDns(p: DnsParams, ctx: RunContext): Promise<RunOutcome> {
  const q = query(p.name, p.type);
  const started = performance.now();
  let raw = p.tcp ? await tcpExchange(p.tcp, q, ctx.signal) : await udpExchange(p, q, ctx.signal);
  let packet = dnsPacket.decode(raw);
  let transport = p.tcp ? "tcp" : "udp";
  if (!p.tcp && packet.flags !== undefined && (packet.flags & dnsPacket.TRUNCATED_RESPONSE) !== 0) {
    const net = await import("node:net");
    raw = await tcpExchange(() => Promise.resolve(net.connect(p.server.port, p.server.address)), q, ctx.signal);
    packet = dnsPacket.decode(raw);
    transport = "tcp";
  }
  const ms = round(performance.now() - started);
  const answers: DnsAnswer[] = (packet.answers ?? []).map((a: any) => ({
    name: a.name,
    type: a.type,
    ttl: a.ttl ?? 0,
    data: jsonData(a.type, a.data),
    text: dataText(a.type, a.data),
  }));
  const rcode = (packet as { rcode?: string }).rcode ?? "NOERROR";
  const lines = [";; QUESTION SECTION:", `;${p.name}.\t\tIN\t${p.type}`, "", ";; ANSWER SECTION:"];
  for (const a of answers) lines.push(`${a.name}.\t${a.ttl}\tIN\t${a.type}\t${a.text}`);
  lines.push("", `;; Query time: ${Math.round(ms)} msec`, `;; SERVER: ${p.server.address}#${p.server.port}`, `;; WHEN: ${new Date().toUTCString()}`);
  if (rcode !== "NOERROR") lines.push(`;; status: ${rcode}`);
  return {
    success: rcode === "NOERROR",
    result: { name: p.name, type: p.type, server: p.server.label, transport, rcode, queryTimeMs: ms, answers },
    text: lines.join("\n"),
  };
}
