// Seed 004 (LLM gateway) auth routes: an OAuth2-style password form for a bearer token
// (`username` carries the email, as FastAPI's OAuth2PasswordRequestForm does) and the
// caller's profile with its integer id.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { BodyCheck, payload } from "../../http/legacy-input.js";

const api = "seed004" as const;

const Token = graphql(`
  mutation Legacy004Token($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token tokenType }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const Me = graphql(`
  query Legacy004Me {
    me { legacyId email displayName role }
  }
`);

export const routes004 = [
  defineRoute({
    method: "POST",
    path: "/api/auth/token",
    api,
    document: Token,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const email = check.string("username", { required: true, max: 254 });
      const password = check.string("password", { required: true, max: 256 });
      check.done();
      return { input: { email, password } };
    },
    result: (data) => {
      const r = payload(data.login, "LoginPayload");
      return { body: { access_token: r.token, token_type: r.tokenType } };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/auth/me",
    api,
    document: Me,
    result: ({ me }) => ({
      body: { id: me.legacyId, email: me.email, full_name: me.displayName, is_admin: me.role === "ADMIN" },
    }),
  }),
];
