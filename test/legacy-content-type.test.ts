// Legacy routes read JSON only when the request says it is JSON (or says nothing, as
// non-browser clients do): a text/plain body is what a cross-site form can send without a
// preflight, so it must not be read as JSON.
import { describe, expect, it } from "vitest";
import { useNode } from "./helpers.js";

describe("legacy request bodies", () => {
  const { node } = useNode();
  const body = (email: string) => JSON.stringify({ email, password: "correct-horse-1", display_name: "CT" });

  it("refuses a JSON text sent as text/plain, in the route's envelope, and creates nothing", async () => {
    const res = await node.http("POST", "/auth/register", { body: body("plain@example.test"), headers: { "content-type": "text/plain;charset=UTF-8" } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("VALIDATION_ERROR");
    expect(res.body.error.message).toMatch(/application\/json/);
    const again = await node.http("POST", "/auth/register", { body: body("plain@example.test") });
    expect(again.status).toBe(201);
  });

  it("reads application/json, +json types and bodies without a content type", async () => {
    for (const [i, type] of ["application/json; charset=utf-8", "application/vnd.api+json", undefined].entries()) {
      const res = await fetch(`${node.url}/auth/register`, {
        method: "POST",
        headers: type ? { "content-type": type } : {},
        body: new TextEncoder().encode(body(`ok${i}@example.test`)),
      });
      expect(res.status, String(type)).toBe(201);
    }
  });
});
