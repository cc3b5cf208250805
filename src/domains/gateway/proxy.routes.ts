// The gateway's plain HTTP routes (not GraphQL: their bodies are the providers' own).
import type { Context, Hono } from "hono";
import type { AppDeps } from "../../domain.js";
import type { HttpEnv } from "../../http/server.js";
import type { Endpoint } from "./plan.js";
import { createGateway, type Gateway } from "./proxy.service.js";
import type { Provider } from "./wire.js";

/** Each node's gateway (one per app in a test process), for `stopGateway`. */
const gateways = new WeakMap<AppDeps, Gateway>();

export function mountGateway(app: Hono<HttpEnv>, deps: AppDeps): void {
  const gateway = createGateway(deps);
  gateways.set(deps, gateway);
  const route = (provider: Provider, endpoint: Endpoint) => async (c: Context<HttpEnv>) =>
    gateway.handle({ provider, endpoint, headers: c.req.raw.headers, rawBody: await c.req.text(), signal: c.req.raw.signal });
  app.post("/proxy/openai/v1/chat/completions", route("openai", "chat"));
  app.post("/proxy/openai/v1/embeddings", route("openai", "embeddings"));
  app.post("/proxy/anthropic/v1/messages", route("anthropic", "messages"));
  app.get("/proxy/openai/v1/models", (c) => gateway.models({ provider: "openai", headers: c.req.raw.headers, signal: c.req.raw.signal }));
}

/** Shutdown: the settlements of answers already sent reach the database before it closes. */
export async function stopGateway(deps: AppDeps): Promise<void> {
  await gateways.get(deps)?.drain();
}
