// Seed 004 (LLM gateway) routes: virtual keys (integer ids, dollars), usage events and the
// metrics overview, mapped onto the gateway's GraphQL fields. Additions beyond the seed
// (docs/compat.md): body fields project, allowed_models, rpm_limit, tpm_limit, is_active,
// token_cap_mode, cache_ttl_seconds; PATCH updates and DELETE revokes a key; the overview's
// `cache` (response-cache hits and savings).
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute, type LegacyRequest } from "../../http/legacy.js";
import { BodyCheck, intParam, intQuery, payload } from "../../http/legacy-input.js";
import { USAGE_PAGE } from "./usage.schema.js";
import { KEY_PAGE } from "./virtual-keys.schema.js";
import { NotFoundError } from "../../errors.js";

const api = "seed004" as const;

const KEY_FIELDS = `legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd
  maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive
  spendMonthUsd budgetRemainingUsd createdAt`;

interface KeyFields {
  legacyId: number;
  keyPreview: string;
  name: string;
  userEmail: string;
  costCentre?: string | null;
  environment?: string | null;
  agentName?: string | null;
  project?: string | null;
  monthlyBudgetUsd?: number | null;
  maxTokensPerRequest?: number | null;
  maxReasoningTokens?: number | null;
  tokenCapMode: string;
  allowedModels: string[];
  rpmLimit?: number | null;
  tpmLimit?: number | null;
  cacheTtlSeconds?: number | null;
  isActive: boolean;
  spendMonthUsd: number;
  budgetRemainingUsd?: number | null;
  createdAt: string;
}

const key004 = (k: KeyFields, raw?: string) => ({
  id: k.legacyId,
  key: raw ?? k.keyPreview, // the whole key only in the create answer
  name: k.name,
  user_email: k.userEmail,
  cost_centre: k.costCentre ?? null,
  environment: k.environment ?? null,
  agent_name: k.agentName ?? null,
  project: k.project ?? null,
  monthly_budget_cap: k.monthlyBudgetUsd ?? null,
  max_tokens_per_request: k.maxTokensPerRequest ?? null,
  max_reasoning_tokens: k.maxReasoningTokens ?? null,
  token_cap_mode: k.tokenCapMode.toLowerCase(),
  allowed_models: k.allowedModels,
  rpm_limit: k.rpmLimit ?? null,
  tpm_limit: k.tpmLimit ?? null,
  cache_ttl_seconds: k.cacheTtlSeconds ?? null,
  is_active: k.isActive,
  spend_mtd: k.spendMonthUsd,
  budget_remaining: k.budgetRemainingUsd ?? null,
  created_at: k.createdAt,
});

const CreateKey = graphql(`
  mutation Legacy004CreateVirtualKey($input: CreateVirtualKeyInput!) {
    createVirtualKey(input: $input) {
      __typename
      ... on CreatedVirtualKey { key virtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd
        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive
        spendMonthUsd budgetRemainingUsd createdAt } }
      ... on Error { code message details }
    }
  }
`);

const UpdateKey = graphql(`
  mutation Legacy004UpdateVirtualKey($input: UpdateVirtualKeyInput!) {
    updateVirtualKey(input: $input) {
      __typename
      ... on VirtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd
        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive
        spendMonthUsd budgetRemainingUsd createdAt }
      ... on Error { code message details }
    }
  }
`);

const RevokeKey = graphql(`
  mutation Legacy004RevokeVirtualKey($input: RevokeVirtualKeyInput!) {
    revokeVirtualKey(input: $input) {
      __typename
      ... on VirtualKey { legacyId }
      ... on Error { code message details }
    }
  }
`);

const ListKeys = graphql(`
  query Legacy004VirtualKeys($first: Int) {
    virtualKeys(first: $first) { edges { node { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd
      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive
      spendMonthUsd budgetRemainingUsd createdAt } } }
  }
`);

const GetKey = graphql(`
  query Legacy004VirtualKey($legacyId: Int!) {
    virtualKey(legacyId: $legacyId) { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd
      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive
      spendMonthUsd budgetRemainingUsd createdAt }
  }
`);

const Usage = graphql(`
  query Legacy004UsageEvents($first: Int, $filter: UsageEventFilter) {
    usageEvents(first: $first, filter: $filter) {
      edges { node {
        legacyId virtualKey { legacyId } user { legacyId email } project provider model endpoint status streamed
        inputTokens outputTokens cachedTokens reasoningTokens costUsd savedUsd cacheHit latencyMs ttftMs promptHash error createdAt
      } }
    }
  }
`);

const Overview = graphql(`
  query Legacy004MetricsOverview {
    gatewaySpend {
      spendTodayUsd spendMonthUsd spendYearUsd forecastMonthEndUsd totalRequests totalTokens
      topUsers { userEmail totalCostUsd requestCount }
      topProjects { projectName totalCostUsd requestCount }
      waste { repeatedPromptsCount estimatedWasteUsd topRepeatedHashes { hash count estimatedWasteUsd } }
      cache { hits savedUsd }
    }
  }
`);

/** The seed's body fields (snake_case, dollars) as GraphQL input; `create` requires name and user_email. */
function keyInput({ body }: LegacyRequest, create: boolean) {
  const check = new BodyCheck(body);
  const name = check.string("name", { required: create, max: 200 });
  const userEmail = check.string("user_email", { required: create, max: 254 });
  const str = (f: string, max = 200) => check.string(f, { max });
  const int = (f: string) => {
    const v = check.number(f);
    if (v !== undefined && (!Number.isInteger(v) || v < 1)) check.fail(f, "must be a positive integer");
    return v;
  };
  const budget = check.number("monthly_budget_cap");
  if (budget !== undefined && (budget < 0 || budget > 1e9)) check.fail("monthly_budget_cap", "must be between 0 and 1e9");
  const models = body.allowed_models;
  if (models != null && (!Array.isArray(models) || models.some((m) => typeof m !== "string" || !m || m.length > 200) || models.length > 200)) {
    check.fail("allowed_models", "must be an array of model names");
  }
  const mode = check.enumOf("token_cap_mode", ["CLAMP", "REFUSE"] as const);
  const input = {
    name,
    userEmail,
    costCentre: str("cost_centre"),
    environment: str("environment", 100),
    agentName: str("agent_name"),
    project: str("project"),
    monthlyBudgetUsd: budget,
    maxTokensPerRequest: int("max_tokens_per_request"),
    maxReasoningTokens: int("max_reasoning_tokens"),
    tokenCapMode: mode,
    allowedModels: models == null ? undefined : (models as string[]),
    rpmLimit: int("rpm_limit"),
    tpmLimit: int("tpm_limit"),
    cacheTtlSeconds: int("cache_ttl_seconds"),
    isActive: check.bool("is_active"),
  };
  check.done();
  return input;
}

export const routes004 = [
  defineRoute({
    method: "POST",
    path: "/api/admin/virtual-keys",
    api,
    document: CreateKey,
    variables: (req) => ({ input: keyInput(req, true) as never }),
    result: (data) => {
      const r = payload(data.createVirtualKey, "CreatedVirtualKey");
      return { status: 201, body: key004(r.virtualKey, r.key) };
    },
  }),
  defineRoute({
    method: "GET",
    path: "/api/admin/virtual-keys",
    api,
    document: ListKeys,
    variables: () => ({ first: KEY_PAGE.max }),
    result: ({ virtualKeys }) => ({ body: virtualKeys.edges.map(({ node }) => key004(node)) }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/admin/virtual-keys/:id",
    api,
    document: GetKey,
    variables: ({ params }) => ({ legacyId: intParam(params.id, "id") }),
    result: ({ virtualKey }) =>
      virtualKey ? { body: key004(virtualKey) } : { error: new NotFoundError("Virtual key") },
  }),
  defineRoute({
    method: "PATCH",
    path: "/api/admin/virtual-keys/:id",
    api,
    document: UpdateKey,
    variables: (req) => ({ input: { legacyId: intParam(req.params.id, "id"), ...keyInput(req, false) } as never }),
    result: (data) => ({ body: key004(payload(data.updateVirtualKey, "VirtualKey")) }),
  }),
  defineRoute({
    method: "DELETE",
    path: "/api/admin/virtual-keys/:id",
    api,
    document: RevokeKey,
    variables: ({ params }) => ({ input: { legacyId: intParam(params.id, "id") } }),
    result: () => ({ status: 204 }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/admin/usage-events",
    api,
    document: Usage,
    variables: ({ query }) => {
      const first = intQuery(query, "limit", 100, 1, USAGE_PAGE.max);
      const raw = query.get("virtual_key_id");
      const keyId = raw === null || raw === "" ? undefined : intQuery(query, "virtual_key_id", 0, 1, 2 ** 31 - 1);
      return { first, filter: keyId === undefined ? null : { virtualKeyLegacyId: keyId } };
    },
    result: ({ usageEvents }) => ({
      body: usageEvents.edges.map(({ node: e }) => ({
        id: e.legacyId,
        virtual_key_id: e.virtualKey.legacyId,
        user_id: e.user?.legacyId ?? null,
        user_email: e.user?.email ?? null,
        project: e.project ?? null,
        provider: e.provider,
        model: e.model,
        endpoint: e.endpoint,
        status_code: e.status,
        streamed: e.streamed,
        input_tokens: e.inputTokens,
        output_tokens: e.outputTokens,
        cached_tokens: e.cachedTokens,
        reasoning_tokens: e.reasoningTokens,
        total_tokens: e.inputTokens + e.outputTokens,
        cost: e.costUsd,
        saved: e.savedUsd,
        cache_hit: e.cacheHit,
        latency_ms: e.latencyMs,
        ttft_ms: e.ttftMs ?? null,
        prompt_hash: e.promptHash,
        error: e.error ?? null,
        created_at: e.createdAt,
      })),
    }),
  }),
  defineRoute({
    method: "GET",
    path: "/api/metrics/overview",
    api,
    document: Overview,
    result: ({ gatewaySpend: s }) => ({
      body: {
        cost: {
          spend_today: s.spendTodayUsd,
          spend_mtd: s.spendMonthUsd,
          spend_ytd: s.spendYearUsd,
          forecasted_month_end: s.forecastMonthEndUsd,
          total_requests: s.totalRequests,
          total_tokens: s.totalTokens,
        },
        top_users: s.topUsers.map((u) => ({ user_email: u.userEmail, total_cost: u.totalCostUsd, request_count: u.requestCount })),
        top_projects: s.topProjects.map((p) => ({ project_name: p.projectName, total_cost: p.totalCostUsd, request_count: p.requestCount })),
        waste: {
          repeated_prompts_count: s.waste.repeatedPromptsCount,
          estimated_waste: s.waste.estimatedWasteUsd,
          top_repeated_hashes: s.waste.topRepeatedHashes.map((h) => ({ hash: h.hash, count: h.count, estimated_waste: h.estimatedWasteUsd })),
        },
        cache: { hits: s.cache.hits, saved: s.cache.savedUsd },
      },
    }),
  }),
];
