import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerUser, startNode, type TestNode } from "./helpers.js";

describe("smoke", () => {
  let node: TestNode;
  beforeAll(async () => {
    node = await startNode();
  });
  afterAll(() => node?.close());

  it("registers and reads me with the new key", async () => {
    const u = await registerUser(node);
    const res = await node.gql(`{ me { email credits role tier } }`, {}, u.auth);
    expect(res.data.me).toEqual({ email: u.email, credits: 0, role: "USER", tier: "FREE" });
  });
});
