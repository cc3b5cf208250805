// The client's address: the socket peer, or, when that peer is a trusted reverse proxy
// (TRUST_PROXY), the right-most X-Forwarded-For entry that is not itself trusted.
import ipaddr from "ipaddr.js";
import { memo } from "../memo.js";

/** Distinct peer addresses whose normalised form is kept. */
const MAX_PEERS = 10_000;

export function createClientIp(trusted: string[]) {
  const ranges = trusted.map((cidr) => (cidr.includes("/") ? ipaddr.parseCIDR(cidr) : ipaddr.parseCIDR(`${cidr}/${ipaddr.parse(cidr).kind() === "ipv4" ? 32 : 128}`)));
  const isTrusted = (addr: string) => {
    if (!ipaddr.isValid(addr)) return false;
    const ip = normalize(addr);
    return ranges.some(([range, bits]) => ip.kind() === range.kind() && ip.match([range, bits] as never));
  };
  // Socket peers, normalised: every request asks, mostly from addresses seen before, and
  // parsing one (ipaddr.js) took about 3 µs.
  const peerOf = memo((peer) => normalize(peer).toString(), MAX_PEERS);
  return (peer: string | undefined, forwardedFor: string | null): string => {
    const remote = peer ? peerOf(peer) : "unknown";
    if (!ranges.length || !forwardedFor || !isTrusted(remote)) return remote;
    const hops = forwardedFor.split(",").map((s) => s.trim()).filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      if (!ipaddr.isValid(hops[i])) return remote;
      if (!isTrusted(hops[i])) return normalize(hops[i]).toString();
    }
    return hops.length ? normalize(hops[0]).toString() : remote;
  };
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) becomes plain IPv4 so limits count one client once. */
function normalize(addr: string) {
  const ip = ipaddr.parse(addr);
  return ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}
