/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Legacy002Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload {\n        user { id email displayName }\n        apiKey { key apiKey { id prefix label } }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy002RegisterDocument,
    "\n  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy002CreateKeyDocument,
    "\n  query Legacy002Keys($first: Int!, $after: String) {\n    me {\n      apiKeys(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }\n      }\n    }\n  }\n": typeof types.Legacy002KeysDocument,
    "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy002RevokeKeyDocument,
    "\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n": typeof types.Legacy002AccountDocument,
    "\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n": typeof types.Legacy002CreditsDocument,
    "\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003RegisterDocument,
    "\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003LoginDocument,
    "\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n": typeof types.Legacy003MeDocument,
    "\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n": typeof types.Legacy003KeysDocument,
    "\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003CreateKeyDocument,
    "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003DeleteKeyDocument,
    "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount } }\n    }\n  }\n": typeof types.Legacy003AdminUsersDocument,
    "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003SetRoleDocument,
    "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003SetTierDocument,
    "\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy004TokenDocument,
    "\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n": typeof types.Legacy004MeDocument,
    "\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  ": typeof types.LegacyApiHealthDocument,
    "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  ": typeof types.LegacyHealthDocument,
    "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  ": typeof types.LegacyHealthzDocument,
    "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  ": typeof types.LegacyReadyDocument,
    "\n    query Legacy002PoolStats {\n      poolStats {\n        totalProxies\n        byStatus { active dead unchecked }\n        byProtocol { http https socks4 socks5 }\n        byAnonymity { transparent anonymous elite }\n        avgScore\n        avgLatencyMs\n        sourcesActive\n        sourcesTotal\n        lastScrapeAt\n        lastValidationAt\n      }\n    }\n  ": typeof types.Legacy002PoolStatsDocument,
    "\n    query Legacy002Plugins {\n      plugins {\n        parsers { name type }\n        checkers { name stage priority }\n        notifiers { name kind healthy subscribesTo }\n      }\n    }\n  ": typeof types.Legacy002PluginsDocument,
    "\n  fragment Legacy002ProxyFields on Proxy {\n    id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags\n  }\n": typeof types.Legacy002ProxyFieldsFragmentDoc,
    "\n  fragment Legacy002SourceFields on Source {\n    id url parserName cronSchedule defaultProtocol isActive lastScrapedAt createdAt\n  }\n": typeof types.Legacy002SourceFieldsFragmentDoc,
    "\n  fragment Legacy002LeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity }\n  }\n": typeof types.Legacy002LeaseFieldsFragmentDoc,
    "\n  query Legacy002Sources($first: Int!, $after: String, $isActive: Boolean) {\n    sources(first: $first, after: $after, isActive: $isActive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002SourceFields } }\n    }\n  }\n": typeof types.Legacy002SourcesDocument,
    "\n  mutation Legacy002CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy002CreateSourceDocument,
    "\n  mutation Legacy002UpdateSource($input: UpdateSourceInput!) {\n    updateSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy002UpdateSourceDocument,
    "\n  mutation Legacy002DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedSourceId } ... on Error { code message details } }\n  }\n": typeof types.Legacy002DeleteSourceDocument,
    "\n  mutation Legacy002ScrapeSource($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs error }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002ScrapeSourceDocument,
    "\n  query Legacy002Proxies($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002ProxyFields } }\n    }\n  }\n": typeof types.Legacy002ProxiesDocument,
    "\n  query Legacy002Proxy($id: ID!) {\n    me { id }\n    node(id: $id) {\n      __typename\n      ... on Proxy { ...Legacy002ProxyFields recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt } }\n    }\n  }\n": typeof types.Legacy002ProxyDocument,
    "\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002AcquireDocument,
    "\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy002ReleaseDocument,
    "\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002TestProxiesDocument,
    "\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n": typeof types.Legacy002LeasesDocument,
};
const documents: Documents = {
    "\n  mutation Legacy002Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload {\n        user { id email displayName }\n        apiKey { key apiKey { id prefix label } }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy002RegisterDocument,
    "\n  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy002CreateKeyDocument,
    "\n  query Legacy002Keys($first: Int!, $after: String) {\n    me {\n      apiKeys(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }\n      }\n    }\n  }\n": types.Legacy002KeysDocument,
    "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy002RevokeKeyDocument,
    "\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n": types.Legacy002AccountDocument,
    "\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n": types.Legacy002CreditsDocument,
    "\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003RegisterDocument,
    "\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003LoginDocument,
    "\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n": types.Legacy003MeDocument,
    "\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n": types.Legacy003KeysDocument,
    "\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003CreateKeyDocument,
    "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003DeleteKeyDocument,
    "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount } }\n    }\n  }\n": types.Legacy003AdminUsersDocument,
    "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003SetRoleDocument,
    "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003SetTierDocument,
    "\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy004TokenDocument,
    "\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n": types.Legacy004MeDocument,
    "\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  ": types.LegacyApiHealthDocument,
    "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  ": types.LegacyHealthDocument,
    "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  ": types.LegacyHealthzDocument,
    "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  ": types.LegacyReadyDocument,
    "\n    query Legacy002PoolStats {\n      poolStats {\n        totalProxies\n        byStatus { active dead unchecked }\n        byProtocol { http https socks4 socks5 }\n        byAnonymity { transparent anonymous elite }\n        avgScore\n        avgLatencyMs\n        sourcesActive\n        sourcesTotal\n        lastScrapeAt\n        lastValidationAt\n      }\n    }\n  ": types.Legacy002PoolStatsDocument,
    "\n    query Legacy002Plugins {\n      plugins {\n        parsers { name type }\n        checkers { name stage priority }\n        notifiers { name kind healthy subscribesTo }\n      }\n    }\n  ": types.Legacy002PluginsDocument,
    "\n  fragment Legacy002ProxyFields on Proxy {\n    id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags\n  }\n": types.Legacy002ProxyFieldsFragmentDoc,
    "\n  fragment Legacy002SourceFields on Source {\n    id url parserName cronSchedule defaultProtocol isActive lastScrapedAt createdAt\n  }\n": types.Legacy002SourceFieldsFragmentDoc,
    "\n  fragment Legacy002LeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity }\n  }\n": types.Legacy002LeaseFieldsFragmentDoc,
    "\n  query Legacy002Sources($first: Int!, $after: String, $isActive: Boolean) {\n    sources(first: $first, after: $after, isActive: $isActive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002SourceFields } }\n    }\n  }\n": types.Legacy002SourcesDocument,
    "\n  mutation Legacy002CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n": types.Legacy002CreateSourceDocument,
    "\n  mutation Legacy002UpdateSource($input: UpdateSourceInput!) {\n    updateSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n": types.Legacy002UpdateSourceDocument,
    "\n  mutation Legacy002DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedSourceId } ... on Error { code message details } }\n  }\n": types.Legacy002DeleteSourceDocument,
    "\n  mutation Legacy002ScrapeSource($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs error }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002ScrapeSourceDocument,
    "\n  query Legacy002Proxies($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002ProxyFields } }\n    }\n  }\n": types.Legacy002ProxiesDocument,
    "\n  query Legacy002Proxy($id: ID!) {\n    me { id }\n    node(id: $id) {\n      __typename\n      ... on Proxy { ...Legacy002ProxyFields recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt } }\n    }\n  }\n": types.Legacy002ProxyDocument,
    "\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002AcquireDocument,
    "\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n": types.Legacy002ReleaseDocument,
    "\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002TestProxiesDocument,
    "\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n": types.Legacy002LeasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload {\n        user { id email displayName }\n        apiKey { key apiKey { id prefix label } }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload {\n        user { id email displayName }\n        apiKey { key apiKey { id prefix label } }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Keys($first: Int!, $after: String) {\n    me {\n      apiKeys(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Keys($first: Int!, $after: String) {\n    me {\n      apiKeys(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n"): (typeof documents)["\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n"): (typeof documents)["\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n"): (typeof documents)["\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n"): (typeof documents)["\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  "): (typeof documents)["\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  "): (typeof documents)["\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  "): (typeof documents)["\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  "): (typeof documents)["\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy002PoolStats {\n      poolStats {\n        totalProxies\n        byStatus { active dead unchecked }\n        byProtocol { http https socks4 socks5 }\n        byAnonymity { transparent anonymous elite }\n        avgScore\n        avgLatencyMs\n        sourcesActive\n        sourcesTotal\n        lastScrapeAt\n        lastValidationAt\n      }\n    }\n  "): (typeof documents)["\n    query Legacy002PoolStats {\n      poolStats {\n        totalProxies\n        byStatus { active dead unchecked }\n        byProtocol { http https socks4 socks5 }\n        byAnonymity { transparent anonymous elite }\n        avgScore\n        avgLatencyMs\n        sourcesActive\n        sourcesTotal\n        lastScrapeAt\n        lastValidationAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy002Plugins {\n      plugins {\n        parsers { name type }\n        checkers { name stage priority }\n        notifiers { name kind healthy subscribesTo }\n      }\n    }\n  "): (typeof documents)["\n    query Legacy002Plugins {\n      plugins {\n        parsers { name type }\n        checkers { name stage priority }\n        notifiers { name kind healthy subscribesTo }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy002ProxyFields on Proxy {\n    id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags\n  }\n"): (typeof documents)["\n  fragment Legacy002ProxyFields on Proxy {\n    id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy002SourceFields on Source {\n    id url parserName cronSchedule defaultProtocol isActive lastScrapedAt createdAt\n  }\n"): (typeof documents)["\n  fragment Legacy002SourceFields on Source {\n    id url parserName cronSchedule defaultProtocol isActive lastScrapedAt createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy002LeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity }\n  }\n"): (typeof documents)["\n  fragment Legacy002LeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Sources($first: Int!, $after: String, $isActive: Boolean) {\n    sources(first: $first, after: $after, isActive: $isActive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002SourceFields } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Sources($first: Int!, $after: String, $isActive: Boolean) {\n    sources(first: $first, after: $after, isActive: $isActive) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002SourceFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy002CreateSource($input: CreateSourceInput!) {\n    createSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002UpdateSource($input: UpdateSourceInput!) {\n    updateSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy002UpdateSource($input: UpdateSourceInput!) {\n    updateSource(input: $input) { __typename ... on Source { ...Legacy002SourceFields } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedSourceId } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy002DeleteSource($input: DeleteSourceInput!) {\n    deleteSource(input: $input) { __typename ... on DeleteSourcePayload { deletedSourceId } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002ScrapeSource($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs error }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002ScrapeSource($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs error }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Proxies($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002ProxyFields } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Proxies($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...Legacy002ProxyFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Proxy($id: ID!) {\n    me { id }\n    node(id: $id) {\n      __typename\n      ... on Proxy { ...Legacy002ProxyFields recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Proxy($id: ID!) {\n    me { id }\n    node(id: $id) {\n      __typename\n      ... on Proxy { ...Legacy002ProxyFields recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;