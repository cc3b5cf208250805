// The judge: GET /judge echoes the caller's address and the headers it sent, so a checker
// that calls it through a proxy learns the proxy's exit IP and what the proxy added.
// Public on purpose (proxies cannot authenticate); it only reflects the caller's own request.
// Behind a reverse proxy listed in TRUST_PROXY the address is the forwarded client, but the
// reverse proxy's own X-Forwarded-For stays in the echo: run the judge without one, or point
// JUDGE_URL at a node that is reached directly.
import type { AddressInfo } from "node:net";
import type { Context, Hono } from "hono";
import type { Config } from "../../config.js";
import type { RequestMeta } from "../../graphql/context.js";

export const JUDGE_PATH = "/judge";

export interface JudgeEcho {
  ip: string;
  headers: Record<string, string>;
}

/**
 * Never echoed: a checker needs neither, and a judge that reflects them hands a visitor's
 * session to any script that can read the response.
 */
const UNECHOED = new Set(["cookie", "authorization"]);

export function mountJudge(app: Hono<any>): void {
  app.get(JUDGE_PATH, (c: Context) => {
    const meta = c.get("meta") as RequestMeta | undefined;
    const ip = meta?.clientIp ?? c.env?.incoming?.socket?.remoteAddress ?? "unknown";
    const headers: Record<string, string> = {};
    c.req.raw.headers.forEach((value, name) => void (UNECHOED.has(name) || (headers[name] = value)));
    c.header("Cache-Control", "no-store");
    return c.json({ ip, headers } satisfies JudgeEcho);
  });
}

/** This node's judge URL once it listens (the default judge when JUDGE_URL is unset). */
export function ownJudgeUrl(addr: AddressInfo | undefined, config: Pick<Config, "host" | "publicIp">): string | undefined {
  if (!addr) return undefined;
  const wildcard = config.host === "0.0.0.0" || config.host === "::" || config.host === "";
  const host = wildcard ? (config.publicIp ?? "127.0.0.1") : config.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${addr.port}${JUDGE_PATH}`;
}
