import { describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { registerUser, useNode } from "./helpers.js";

const ME = graphql(`query SmokeMe { me { email credits role tier } }`);

describe("smoke", () => {
  const { node } = useNode();

  it("registers and reads me with the new key", async () => {
    const u = await registerUser(node);
    const res = await node.gql(ME, {}, u.auth);
    expect(res.data?.me).toEqual({ email: u.email, credits: 0, role: "USER", tier: "FREE" });
  });
});
