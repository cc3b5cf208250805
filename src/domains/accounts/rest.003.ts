// Seed 003 (ProbeOps) account routes: users with passwords and JWT login, `probeops.`
// API keys, and the admin's user list, role and tier changes. Ids are the integer
// `legacyId`; roles print lowercase and tiers capitalised ("Free").
import { graphql } from "../../generated/graphql/index.js";
import { Tier, UserRole } from "../../generated/prisma/client.js";
import { defineRoute } from "../../http/legacy.js";
import { BodyCheck, intParam, payload } from "../../http/legacy-input.js";

const api = "seed003" as const;

const TIER_NAMES: Record<Tier, string> = { FREE: "Free", STANDARD: "Standard", ENTERPRISE: "Enterprise" };

interface UserFields {
  legacyId: number;
  username?: string | null;
  email: string;
  isActive: boolean;
  role: UserRole;
  tier: Tier;
  createdAt: string;
}

const user003 = (u: UserFields) => ({
  id: u.legacyId,
  username: u.username ?? null,
  email: u.email,
  is_active: u.isActive,
  role: u.role.toLowerCase(),
  subscription_tier: TIER_NAMES[u.tier],
  created_at: u.createdAt,
});

/** The shorter user object of the admin role/tier answers (no created_at). */
const adminUser003 = (u: Omit<UserFields, "createdAt">) => ({
  id: u.legacyId,
  username: u.username ?? null,
  email: u.email,
  role: u.role.toLowerCase(),
  subscription_tier: TIER_NAMES[u.tier],
  is_active: u.isActive,
});

const Register = graphql(`
  mutation Legacy003Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const Login = graphql(`
  mutation Legacy003Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const Me = graphql(`
  query Legacy003Me {
    me { legacyId username email isActive role tier createdAt }
  }
`);

const ListKeys = graphql(`
  query Legacy003Keys {
    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }
  }
`);

const CreateKey = graphql(`
  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }
      ... on Error { code message details }
      ... on RateLimitedError { retryAfter }
    }
  }
`);

const DeleteKey = graphql(`
  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on ApiKey { legacyId }
      ... on Error { code message details }
    }
  }
`);

// The seed lists every user without paging; a page of 100 is what one answer carries.
const AdminUsers = graphql(`
  query Legacy003AdminUsers {
    users(first: 100) {
      edges { node { legacyId username email role tier isActive createdAt apiKeyCount probeJobCount } }
    }
  }
`);

const SetRole = graphql(`
  mutation Legacy003SetRole($input: SetUserRoleInput!) {
    setUserRole(input: $input) {
      __typename
      ... on User { legacyId username email role tier isActive }
      ... on Error { code message details }
    }
  }
`);

const SetTier = graphql(`
  mutation Legacy003SetTier($input: SetUserTierInput!) {
    setUserTier(input: $input) {
      __typename
      ... on User { legacyId username email role tier isActive }
      ... on Error { code message details }
    }
  }
`);

export const routes003 = [
  defineRoute({
    method: "POST",
    path: "/api/users/register",
    api,
    document: Register,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const username = check.string("username", { required: true, max: 64 });
      const email = check.string("email", { required: true, max: 254 });
      const password = check.string("password", { required: true, max: 256 });
      check.done();
      return { input: { username, email, password, createApiKey: false } };
    },
    result: (data) => ({
      status: 201,
      body: { message: "User registered successfully", user: user003(payload(data.register, "RegisterPayload").user) },
    }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/users/login",
    api,
    document: Login,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const email = check.string("email", { required: true, max: 254 });
      const password = check.string("password", { required: true, max: 256 });
      check.done();
      return { input: { email, password } };
    },
    result: (data) => {
      const r = payload(data.login, "LoginPayload");
      return { body: { message: "Login successful", token: r.token, user: user003(r.user) } };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/users/me",
    api,
    document: Me,
    result: ({ me }) => ({ body: user003(me) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/apikeys",
    api,
    document: ListKeys,
    result: ({ me }) => ({
      body: {
        // Oldest first, as the seed's integer ids suggest.
        api_keys: me.apiKeys.edges
          .map(({ node: k }) => ({
            id: k.legacyId,
            key: k.keyPreview, // never the whole key
            description: k.label,
            is_active: k.isActive,
            created_at: k.createdAt,
            last_used_at: k.lastUsedAt ?? null,
          }))
          .sort((a, b) => a.id - b.id),
      },
    }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/apikeys",
    api,
    document: CreateKey,
    variables: ({ body }) => {
      const check = new BodyCheck(body);
      const description = check.string("description", { max: 100 });
      if (description !== undefined && !description.trim()) check.fail("description", "must not be empty");
      check.done();
      return { input: { label: description ?? "API key", format: "PROBEOPS" as const } };
    },
    result: (data) => {
      const { key, apiKey } = payload(data.createApiKey, "CreatedApiKey");
      return {
        status: 201,
        body: {
          message: "API key created successfully",
          api_key: {
            id: apiKey.legacyId,
            key, // the whole key, shown this once
            description: apiKey.label,
            is_active: apiKey.isActive,
            created_at: apiKey.createdAt,
            last_used_at: apiKey.lastUsedAt ?? null,
          },
        },
      };
    },
  }),
  defineRoute({
    method: "DELETE",
    path: "/api/apikeys/:key_id",
    api,
    document: DeleteKey,
    variables: ({ params }) => ({ input: { legacyId: intParam(params.key_id, "key_id") } }),
    result: () => ({ body: { message: "API key deleted successfully" } }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/admin/users",
    api,
    document: AdminUsers,
    result: ({ users }) => ({
      body: {
        users: users.edges.map(({ node: u }) => ({
          id: u.legacyId,
          username: u.username ?? null,
          email: u.email,
          role: u.role.toLowerCase(),
          subscription_tier: TIER_NAMES[u.tier],
          is_active: u.isActive,
          created_at: u.createdAt,
          api_key_count: u.apiKeyCount,
          probe_job_count: u.probeJobCount,
        })),
      },
    }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/admin/users/:user_id/role",
    api,
    document: SetRole,
    variables: ({ params, body }) => {
      const userLegacyId = intParam(params.user_id, "user_id");
      const check = new BodyCheck(body);
      const role = check.oneOf("role", Object.values(UserRole));
      check.done();
      return { input: { userLegacyId, role: role! } };
    },
    result: (data) => ({
      body: { message: "User role updated successfully", user: adminUser003(payload(data.setUserRole, "User")) },
    }),
  }),
  defineRoute({
    method: "POST",
    path: "/api/admin/users/:user_id/tier",
    api,
    document: SetTier,
    variables: ({ params, body }) => {
      const userLegacyId = intParam(params.user_id, "user_id");
      const check = new BodyCheck(body);
      const tier = check.oneOf("subscription_tier", Object.values(Tier), (t) => TIER_NAMES[t]);
      check.done();
      return { input: { userLegacyId, tier: tier! } };
    },
    result: (data) => ({
      body: { message: "User subscription tier updated successfully", user: adminUser003(payload(data.setUserTier, "User")) },
    }),
  }),
];
