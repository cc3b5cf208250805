/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcquireProxyInput = {
  anonymity?: Anonymity | null | undefined;
  /** ISO 3166-1 alpha-2 (case-insensitive) */
  country?: string | null | undefined;
  leaseDurationSeconds?: number;
  maxLatencyMs?: number | null | undefined;
  minScore?: number | null | undefined;
  minUptimePct?: number | null | undefined;
  protocol?: ProxyProtocol | null | undefined;
  verifiedWithinMinutes?: number | null | undefined;
};

/** TRANSPARENT leaks the client IP; ANONYMOUS adds proxy headers; ELITE neither */
export type Anonymity =
  | 'ANONYMOUS'
  | 'ELITE'
  | 'TRANSPARENT';

/** PP: `pp_` + 48 characters (proxy pool clients). PROBEOPS: `probeops.` + 48 characters. */
export type ApiKeyFormat =
  | 'PP'
  | 'PROBEOPS';

export type CheckState =
  | 'error'
  | 'not_configured'
  | 'ok';

export type CreateApiKeyInput = {
  format?: ApiKeyFormat;
  label?: string;
};

export type CreateSourceInput = {
  /** Default `*\/30 * * * *` */
  cronSchedule?: string | null | undefined;
  defaultProtocol?: ProxyProtocol | null | undefined;
  isActive?: boolean | null | undefined;
  options?: unknown;
  parserName?: string | null | undefined;
  url: string;
};

export type CreditTxType =
  | 'ACQUIRE'
  | 'ADJUSTMENT'
  | 'PURCHASE'
  | 'REFUND'
  | 'SIGNUP';

export type DeleteSourceInput = {
  id: string | number;
};

export type ErrorCode =
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INSUFFICIENT_CREDITS'
  | 'INTERNAL'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_ERROR';

export type LoginInput = {
  email: string;
  password: string;
};

export type ProxyFilter = {
  anonymity?: Anonymity | null | undefined;
  /** ISO 3166-1 alpha-2 (case-insensitive) */
  country?: string | null | undefined;
  maxLatencyMs?: number | null | undefined;
  minScore?: number | null | undefined;
  minUptimePct?: number | null | undefined;
  protocol?: ProxyProtocol | null | undefined;
  status?: ProxyStatus | null | undefined;
  verifiedWithinMinutes?: number | null | undefined;
};

export type ProxyOrder = {
  /** Default: best first (score desc, latency asc, uptime desc, last checked desc) */
  direction?: SortDirection | null | undefined;
  field?: ProxySortField;
};

/** HTTP: plain forwarding; HTTPS: an HTTP proxy that tunnels with CONNECT; SOCKS4; SOCKS5 */
export type ProxyProtocol =
  | 'HTTP'
  | 'HTTPS'
  | 'SOCKS4'
  | 'SOCKS5';

export type ProxySortField =
  | 'LAST_CHECKED'
  | 'LATENCY'
  | 'SCORE'
  | 'UPTIME';

export type ProxyStatus =
  | 'ACTIVE'
  | 'DEAD'
  | 'UNCHECKED';

export type RegisterInput = {
  apiKeyFormat?: ApiKeyFormat;
  apiKeyLabel?: string;
  /** Also create and return a first API key */
  createApiKey?: boolean;
  displayName?: string | null | undefined;
  email: string;
  password?: string | null | undefined;
  username?: string | null | undefined;
};

export type ReleaseLeaseInput = {
  id: string | number;
};

export type RevokeApiKeyInput = {
  /** Global id */
  id?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  legacyId?: number | null | undefined;
};

export type Role =
  | 'ADMIN'
  | 'USER';

export type SetUserRoleInput = {
  role: Role;
  /** Global id of the user */
  userId?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  userLegacyId?: number | null | undefined;
};

export type SetUserTierInput = {
  tier: Tier;
  /** Global id of the user */
  userId?: string | number | null | undefined;
  /** Integer id of the legacy APIs */
  userLegacyId?: number | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type TestProxiesInput = {
  anonymity?: Anonymity | null | undefined;
  count?: number;
  /** ISO 3166-1 alpha-2 (case-insensitive) */
  country?: string | null | undefined;
  minScore?: number | null | undefined;
  protocol?: ProxyProtocol | null | undefined;
  timeoutSeconds?: number;
  url: string;
};

export type Tier =
  | 'ENTERPRISE'
  | 'FREE'
  | 'STANDARD';

export type UpdateSourceInput = {
  cronSchedule?: string | null | undefined;
  defaultProtocol?: ProxyProtocol | null | undefined;
  id: string | number;
  isActive?: boolean | null | undefined;
  options?: unknown;
  parserName?: string | null | undefined;
  url?: string | null | undefined;
};

export type Legacy002RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type Legacy002RegisterMutation = { register:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'RegisterPayload', user: { id: string, email: string, displayName: string }, apiKey: { key: string, apiKey: { id: string, prefix: string, label: string } } | null }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Legacy002CreateKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'CreatedApiKey', key: string, apiKey: { id: string, prefix: string, label: string, createdAt: string } }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002KeysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type Legacy002KeysQuery = { me: { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, prefix: string, keyPreview: string, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }> } } };

export type Legacy002RevokeKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type Legacy002RevokeKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002AccountQuery = { me: { id: string, email: string, displayName: string, role: Role, tier: Tier, credits: number, createdAt: string } };

export type Legacy002CreditsQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002CreditsQuery = { me: { credits: number, transactions: { edges: Array<{ node: { amount: number, txType: CreditTxType, description: string, createdAt: string } }> } } };

export type Legacy003RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type Legacy003RegisterMutation = { register:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'RegisterPayload', user: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type Legacy003LoginMutation = { login:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'LoginPayload', token: string, user: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003MeQuery = { me: { legacyId: number, username: string | null, email: string, isActive: boolean, role: Role, tier: Tier, createdAt: string } };

export type Legacy003KeysQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003KeysQuery = { me: { apiKeys: { edges: Array<{ node: { legacyId: number, keyPreview: string, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }> } } };

export type Legacy003CreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type Legacy003CreateKeyMutation = { createApiKey:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'CreatedApiKey', key: string, apiKey: { legacyId: number, label: string, isActive: boolean, createdAt: string, lastUsedAt: string | null } }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003DeleteKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type Legacy003DeleteKeyMutation = { revokeApiKey:
    | { __typename: 'ApiKey', legacyId: number }
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy003AdminUsersQuery = { users: { edges: Array<{ node: { legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean, createdAt: string, apiKeyCount: number } }> } };

export type Legacy003SetRoleMutationVariables = Exact<{
  input: SetUserRoleInput;
}>;


export type Legacy003SetRoleMutation = { setUserRole:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'User', legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy003SetTierMutationVariables = Exact<{
  input: SetUserTierInput;
}>;


export type Legacy003SetTierMutation = { setUserTier:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'User', legacyId: number, username: string | null, email: string, role: Role, tier: Tier, isActive: boolean }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy004TokenMutationVariables = Exact<{
  input: LoginInput;
}>;


export type Legacy004TokenMutation = { login:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'LoginPayload', token: string, tokenType: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown, retryAfter: number }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy004MeQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy004MeQuery = { me: { legacyId: number, email: string, displayName: string, role: Role } };

export type LegacyApiHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyApiHealthQuery = { health: { healthy: boolean, timestamp: string, version: string, authEnabled: boolean } };

export type LegacyHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyHealthQuery = { health: { healthy: boolean, timestamp: string, version: string, uptimeSeconds: number, database: CheckState, redis: CheckState, diskSpace: CheckState, memory: CheckState } };

export type LegacyHealthzQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyHealthzQuery = { health: { healthy: boolean } };

export type LegacyReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type LegacyReadyQuery = { health: { ready: boolean, databaseKind: string, database: CheckState, redis: CheckState } };

export type Legacy002PoolStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002PoolStatsQuery = { poolStats: { totalProxies: number, avgScore: number | null, avgLatencyMs: number | null, sourcesActive: number, sourcesTotal: number, lastScrapeAt: string | null, lastValidationAt: string | null, byStatus: { active: number, dead: number, unchecked: number }, byProtocol: { http: number, https: number, socks4: number, socks5: number }, byAnonymity: { transparent: number, anonymous: number, elite: number } } };

export type Legacy002PluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type Legacy002PluginsQuery = { plugins: { parsers: Array<{ name: string, type: string }>, checkers: Array<{ name: string, stage: number, priority: number }>, notifiers: Array<{ name: string, kind: string, healthy: boolean, subscribesTo: Array<string> }> } };

export type Legacy002ProxyFieldsFragment = { id: string, ip: string, port: number, protocol: ProxyProtocol, status: ProxyStatus, anonymity: Anonymity | null, exitIp: string | null, country: string | null, score: number, avgLatencyMs: number | null, uptimePct: number | null, lastCheckedAt: string | null, firstSeenAt: string, tags: unknown };

export type Legacy002SourceFieldsFragment = { id: string, url: string, parserName: string, cronSchedule: string, defaultProtocol: ProxyProtocol, isActive: boolean, lastScrapedAt: string | null, createdAt: string };

export type Legacy002LeaseFieldsFragment = { id: string, createdAt: string, expiresAt: string, releasedAt: string | null, isActive: boolean, proxy: { id: string, ip: string, port: number, protocol: ProxyProtocol, country: string | null, anonymity: Anonymity | null } };

export type Legacy002SourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  isActive?: boolean | null | undefined;
}>;


export type Legacy002SourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, parserName: string, cronSchedule: string, defaultProtocol: ProxyProtocol, isActive: boolean, lastScrapedAt: string | null, createdAt: string } }> } };

export type Legacy002CreateSourceMutationVariables = Exact<{
  input: CreateSourceInput;
}>;


export type Legacy002CreateSourceMutation = { createSource:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'Source', id: string, url: string, parserName: string, cronSchedule: string, defaultProtocol: ProxyProtocol, isActive: boolean, lastScrapedAt: string | null, createdAt: string }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002UpdateSourceMutationVariables = Exact<{
  input: UpdateSourceInput;
}>;


export type Legacy002UpdateSourceMutation = { updateSource:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'Source', id: string, url: string, parserName: string, cronSchedule: string, defaultProtocol: ProxyProtocol, isActive: boolean, lastScrapedAt: string | null, createdAt: string }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002DeleteSourceMutationVariables = Exact<{
  input: DeleteSourceInput;
}>;


export type Legacy002DeleteSourceMutation = { deleteSource:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'DeleteSourcePayload', deletedSourceId: string }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002ScrapeSourceMutationVariables = Exact<{
  id: string | number;
}>;


export type Legacy002ScrapeSourceMutation = { scrapeSource:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ScrapeResult', sourceId: string, proxiesDiscovered: number, proxiesNew: number, proxiesUpdated: number, durationMs: number, error: string | null }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002ProxiesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProxyFilter | null | undefined;
  orderBy?: ProxyOrder | null | undefined;
}>;


export type Legacy002ProxiesQuery = { proxies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ip: string, port: number, protocol: ProxyProtocol, status: ProxyStatus, anonymity: Anonymity | null, exitIp: string | null, country: string | null, score: number, avgLatencyMs: number | null, uptimePct: number | null, lastCheckedAt: string | null, firstSeenAt: string, tags: unknown } }> } };

export type Legacy002ProxyQueryVariables = Exact<{
  id: string | number;
}>;


export type Legacy002ProxyQuery = { me: { id: string }, node:
    | { __typename: 'ApiKey' }
    | { __typename: 'CreditTransaction' }
    | { __typename: 'Lease' }
    | { __typename: 'LoginSession' }
    | { __typename: 'Notifier' }
    | { __typename: 'Proxy', id: string, ip: string, port: number, protocol: ProxyProtocol, status: ProxyStatus, anonymity: Anonymity | null, exitIp: string | null, country: string | null, score: number, avgLatencyMs: number | null, uptimePct: number | null, lastCheckedAt: string | null, firstSeenAt: string, tags: unknown, recentChecks: Array<{ checkerName: string, stage: number, passed: boolean, latencyMs: number | null, detail: string, createdAt: string }> }
    | { __typename: 'ProxyCheck' }
    | { __typename: 'Source' }
    | { __typename: 'User' }
   | null };

export type Legacy002AcquireMutationVariables = Exact<{
  input?: AcquireProxyInput | null | undefined;
}>;


export type Legacy002AcquireMutation = { acquireProxy:
    | { __typename: 'AcquireProxyPayload', creditsRemaining: number, lease: { id: string, expiresAt: string, proxy: { ip: string, port: number, protocol: ProxyProtocol, country: string | null, anonymity: Anonymity | null } } }
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002ReleaseMutationVariables = Exact<{
  input: ReleaseLeaseInput;
}>;


export type Legacy002ReleaseMutation = { releaseLease:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'Lease', id: string, createdAt: string, expiresAt: string, releasedAt: string | null, isActive: boolean, proxy: { id: string, ip: string, port: number, protocol: ProxyProtocol, country: string | null, anonymity: Anonymity | null } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002TestProxiesMutationVariables = Exact<{
  input: TestProxiesInput;
}>;


export type Legacy002TestProxiesMutation = { testProxies:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'ForbiddenError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'InsufficientCreditsError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'UnauthenticatedError', code: ErrorCode, message: string, details: unknown }
    | { __typename: 'UrlTestReport', url: string, successRate: number, results: Array<{ proxyId: string, ip: string, port: number, reachable: boolean, statusCode: number | null, latencyMs: number | null, error: string | null }> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, details: unknown }
   };

export type Legacy002LeasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type Legacy002LeasesQuery = { me: { leases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, expiresAt: string, releasedAt: string | null, isActive: boolean, proxy: { id: string, ip: string, port: number, protocol: ProxyProtocol, country: string | null, anonymity: Anonymity | null } } }> } } };

export const Legacy002ProxyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002ProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"exitIp"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"avgLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePct"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<Legacy002ProxyFieldsFragment, unknown>;
export const Legacy002SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"parserName"}},{"kind":"Field","name":{"kind":"Name","value":"cronSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastScrapedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<Legacy002SourceFieldsFragment, unknown>;
export const Legacy002LeaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002LeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}}]}}]}}]} as unknown as DocumentNode<Legacy002LeaseFieldsFragment, unknown>;
export const Legacy002RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002RegisterMutation, Legacy002RegisterMutationVariables>;
export const Legacy002CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002CreateKeyMutation, Legacy002CreateKeyMutationVariables>;
export const Legacy002KeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Keys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"keyPreview"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002KeysQuery, Legacy002KeysQueryVariables>;
export const Legacy002RevokeKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002RevokeKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002RevokeKeyMutation, Legacy002RevokeKeyMutationVariables>;
export const Legacy002AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<Legacy002AccountQuery, Legacy002AccountQueryVariables>;
export const Legacy002CreditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Credits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"txType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002CreditsQuery, Legacy002CreditsQueryVariables>;
export const Legacy003RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003RegisterMutation, Legacy003RegisterMutationVariables>;
export const Legacy003LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003LoginMutation, Legacy003LoginMutationVariables>;
export const Legacy003MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<Legacy003MeQuery, Legacy003MeQueryVariables>;
export const Legacy003KeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003Keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"keyPreview"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003KeysQuery, Legacy003KeysQueryVariables>;
export const Legacy003CreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003CreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreatedApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003CreateKeyMutation, Legacy003CreateKeyMutationVariables>;
export const Legacy003DeleteKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003DeleteKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003DeleteKeyMutation, Legacy003DeleteKeyMutationVariables>;
export const Legacy003AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy003AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003AdminUsersQuery, Legacy003AdminUsersQueryVariables>;
export const Legacy003SetRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003SetRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003SetRoleMutation, Legacy003SetRoleMutationVariables>;
export const Legacy003SetTierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy003SetTier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserTierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserTier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy003SetTierMutation, Legacy003SetTierMutationVariables>;
export const Legacy004TokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy004Token"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"tokenType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy004TokenMutation, Legacy004TokenMutationVariables>;
export const Legacy004MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy004Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legacyId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<Legacy004MeQuery, Legacy004MeQueryVariables>;
export const LegacyApiHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyApiHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authEnabled"}}]}}]}}]} as unknown as DocumentNode<LegacyApiHealthQuery, LegacyApiHealthQueryVariables>;
export const LegacyHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"redis"}},{"kind":"Field","name":{"kind":"Name","value":"diskSpace"}},{"kind":"Field","name":{"kind":"Name","value":"memory"}}]}}]}}]} as unknown as DocumentNode<LegacyHealthQuery, LegacyHealthQueryVariables>;
export const LegacyHealthzDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyHealthz"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}}]}}]}}]} as unknown as DocumentNode<LegacyHealthzQuery, LegacyHealthzQueryVariables>;
export const LegacyReadyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegacyReady"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"databaseKind"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"redis"}}]}}]}}]} as unknown as DocumentNode<LegacyReadyQuery, LegacyReadyQueryVariables>;
export const Legacy002PoolStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002PoolStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalProxies"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"unchecked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProtocol"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"http"}},{"kind":"Field","name":{"kind":"Name","value":"https"}},{"kind":"Field","name":{"kind":"Name","value":"socks4"}},{"kind":"Field","name":{"kind":"Name","value":"socks5"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byAnonymity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transparent"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"elite"}}]}},{"kind":"Field","name":{"kind":"Name","value":"avgScore"}},{"kind":"Field","name":{"kind":"Name","value":"avgLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"sourcesActive"}},{"kind":"Field","name":{"kind":"Name","value":"sourcesTotal"}},{"kind":"Field","name":{"kind":"Name","value":"lastScrapeAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastValidationAt"}}]}}]}}]} as unknown as DocumentNode<Legacy002PoolStatsQuery, Legacy002PoolStatsQueryVariables>;
export const Legacy002PluginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"subscribesTo"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002PluginsQuery, Legacy002PluginsQueryVariables>;
export const Legacy002SourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Sources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"isActive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isActive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"parserName"}},{"kind":"Field","name":{"kind":"Name","value":"cronSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastScrapedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<Legacy002SourcesQuery, Legacy002SourcesQueryVariables>;
export const Legacy002CreateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002CreateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002SourceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"parserName"}},{"kind":"Field","name":{"kind":"Name","value":"cronSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastScrapedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<Legacy002CreateSourceMutation, Legacy002CreateSourceMutationVariables>;
export const Legacy002UpdateSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002UpdateSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002SourceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"parserName"}},{"kind":"Field","name":{"kind":"Name","value":"cronSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"defaultProtocol"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"lastScrapedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<Legacy002UpdateSourceMutation, Legacy002UpdateSourceMutationVariables>;
export const Legacy002DeleteSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002DeleteSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteSourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedSourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002DeleteSourceMutation, Legacy002DeleteSourceMutationVariables>;
export const Legacy002ScrapeSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002ScrapeSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scrapeSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScrapeResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"proxiesDiscovered"}},{"kind":"Field","name":{"kind":"Name","value":"proxiesNew"}},{"kind":"Field","name":{"kind":"Name","value":"proxiesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002ScrapeSourceMutation, Legacy002ScrapeSourceMutationVariables>;
export const Legacy002ProxiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Proxies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProxyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002ProxyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002ProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"exitIp"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"avgLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePct"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<Legacy002ProxiesQuery, Legacy002ProxiesQueryVariables>;
export const Legacy002ProxyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Proxy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002ProxyFields"}},{"kind":"Field","name":{"kind":"Name","value":"recentChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkerName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002ProxyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proxy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}},{"kind":"Field","name":{"kind":"Name","value":"exitIp"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"avgLatencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePct"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<Legacy002ProxyQuery, Legacy002ProxyQueryVariables>;
export const Legacy002AcquireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002Acquire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AcquireProxyInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquireProxy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcquireProxyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002AcquireMutation, Legacy002AcquireMutationVariables>;
export const Legacy002ReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002Release"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseLeaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002LeaseFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002LeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}}]}}]}}]} as unknown as DocumentNode<Legacy002ReleaseMutation, Legacy002ReleaseMutationVariables>;
export const Legacy002TestProxiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Legacy002TestProxies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestProxiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testProxies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UrlTestReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"successRate"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proxyId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]} as unknown as DocumentNode<Legacy002TestProxiesMutation, Legacy002TestProxiesMutationVariables>;
export const Legacy002LeasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legacy002Leases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Legacy002LeaseFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Legacy002LeaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lease"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"proxy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"anonymity"}}]}}]}}]} as unknown as DocumentNode<Legacy002LeasesQuery, Legacy002LeasesQueryVariables>;