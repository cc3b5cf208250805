// /graphql is served by Yoga's own Node listener, not through the Hono router, and the
// plugin that took over Hono's middleware answers as it did: request ids, the body limit,
// early answers (CORS preflight) counted, and other methods still a 404.
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { useNode, type TestNode } from "./helpers.js";

/** Writes raw bytes to the node and returns everything it answers until it closes the socket. */
function rawExchange(node: TestNode, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(node.url).port), "127.0.0.1", () => socket.write(head));
    let data = "";
    socket.on("data", (d) => (data += d));
    socket.on("close", () => resolve(data));
    socket.on("error", reject);
  });
}

const metricValue = (text: string, labels: string) =>
  Number(text.split("\n").find((l) => l.startsWith(`http_requests_total{${labels}}`))?.split(" ")[1] ?? 0);

describe("/graphql over HTTP", () => {
  const { node } = useNode({ env: { MAX_BODY_BYTES: "2048", CORS_ORIGINS: "https://app.example.test" } });

  it("is answered by Yoga's Node listener: the Hono router has no /graphql route", async () => {
    const init = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) };
    // The Hono app on its own: /graphql is not one of its routes any more.
    const viaHono = await node.app.fetch(new Request("http://x/graphql", init));
    expect(viaHono.status).toBe(404);
    expect(((await viaHono.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("NOT_FOUND");
    // The node's own listener serves it, with the headers the Hono middleware used to add.
    const res = await fetch(`${node.url}/graphql`, { ...init, headers: { ...init.headers, "x-request-id": "graphql-http-1" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: "Query" } });
    expect(res.headers.get("x-request-id")).toBe("graphql-http-1");
    // Other routes are still Hono's.
    expect((await node.app.fetch(new Request("http://x/healthz"))).status).toBe(200);
  });

  it("refuses a chunked body over MAX_BODY_BYTES with 413 as it arrives", async () => {
    const chunks = Array.from({ length: 8 }, () => new TextEncoder().encode("x".repeat(1024)));
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const res = await fetch(`${node.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
    const json = (await res.json()) as { errors: { extensions: { code: string; details: unknown } }[] };
    expect(json.errors[0].extensions).toEqual({ code: "PAYLOAD_TOO_LARGE", details: { max_bytes: 2048 } });
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("refuses on Content-Length before the body arrives", async () => {
    const answer = await rawExchange(
      node,
      "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\nConnection: close\r\n\r\n{",
    );
    expect(answer).toMatch(/^HTTP\/1.1 413 /);
    expect(answer).toMatch(/PAYLOAD_TOO_LARGE/);
  });

  it("counts and marks answers given before the GraphQL pipeline (CORS preflight)", async () => {
    const before = metricValue((await node.http("GET", "/metrics")).text, 'method="OPTIONS",status="204",route="/graphql",operation=""');
    const res = await fetch(`${node.url}/graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://app.example.test", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example.test");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    const after = metricValue((await node.http("GET", "/metrics")).text, 'method="OPTIONS",status="204",route="/graphql",operation=""');
    expect(after).toBe(before + 1);
  });

  it("leaves methods Yoga does not serve to the router's 404", async () => {
    const res = await node.http("PUT", "/graphql", { body: { query: "{ __typename }" } });
    expect(res.status).toBe(404);
    expect(res.body.errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
