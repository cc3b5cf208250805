// API key formats. Keys are high-entropy random strings, so a fast SHA-256 is the right
// hash: lookups go by hash and no slow password hash runs per request.
import { createHash, randomInt } from "node:crypto";

export type KeyKind = "PP" | "PROBEOPS";

const SCHEMES: Record<KeyKind, { prefix: string; length: number }> = {
  PP: { prefix: "pp_", length: 48 }, // seed 002: pp_ + 48 random characters
  PROBEOPS: { prefix: "probeops.", length: 48 }, // seed 003
};

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

export function generateKey(kind: KeyKind): string {
  const { prefix, length } = SCHEMES[kind];
  let body = "";
  for (let i = 0; i < length; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return prefix + body;
}

export function hashKey(raw: string): string {
  return createHash("sha256").update(raw).digest("hex");
}

/** What lists show of a key: `pp_a1b2c` (8 characters for pp_ keys, as seed 002 shows). */
export function keyPrefix(raw: string): string {
  const scheme = Object.values(SCHEMES).find((s) => raw.startsWith(s.prefix));
  return raw.slice(0, (scheme?.prefix.length ?? 3) + 5);
}

/** Does this bearer token look like one of our API keys (rather than a JWT)? */
export function looksLikeApiKey(token: string): boolean {
  return Object.values(SCHEMES).some((s) => token.startsWith(s.prefix)) || token.startsWith("vk_");
}
