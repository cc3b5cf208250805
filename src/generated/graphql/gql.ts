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
    "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002RevokeKeyDocument,
    "\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n": typeof types.Legacy002AccountDocument,
    "\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n": typeof types.Legacy002CreditsDocument,
    "\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003RegisterDocument,
    "\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003LoginDocument,
    "\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n": typeof types.Legacy003MeDocument,
    "\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n": typeof types.Legacy003KeysDocument,
    "\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003CreateKeyDocument,
    "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy003DeleteKeyDocument,
    "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount probeJobCount } }\n    }\n  }\n": typeof types.Legacy003AdminUsersDocument,
    "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy003SetRoleDocument,
    "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy003SetTierDocument,
    "\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy004TokenDocument,
    "\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n": typeof types.Legacy004MeDocument,
    "\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  ": typeof types.LegacyApiHealthDocument,
    "query LegacyV1Config { runningConfig }": typeof types.LegacyV1ConfigDocument,
    "\n    mutation LegacyV1UpdateConfig($settings: JSON!) {\n      updateConfig(settings: $settings) {\n        __typename\n        ... on UpdateConfigPayload { version restartRequired changes restartOnly }\n        ... on Error { code message details }\n      }\n    }\n  ": typeof types.LegacyV1UpdateConfigDocument,
    "mutation LegacyV1Reload { reloadConfig }": typeof types.LegacyV1ReloadDocument,
    "\n    query LegacyV1Status {\n      serverStatus { nodeId state version uptimeSeconds startedAt pid workers connections { active idle total } }\n    }\n  ": typeof types.LegacyV1StatusDocument,
    "\n    query LegacyV1Metrics {\n      serverMetrics {\n        requestsTotal requestsPerSecond requestsPerMinute latencyP50Ms latencyP95Ms latencyP99Ms latencyAvgMs\n        bytesIn bytesOut bytesInPerSecond bytesOutPerSecond errors4xx errors5xx errorRate\n      }\n    }\n  ": typeof types.LegacyV1MetricsDocument,
    "\n    mutation LegacyV1Shutdown($input: ShutdownInput) {\n      shutdown(input: $input) {\n        __typename\n        ... on ShutdownPayload { timeoutSeconds force }\n        ... on Error { code message details }\n      }\n    }\n  ": typeof types.LegacyV1ShutdownDocument,
    "\n  fragment ClusterStatusFields on ClusterStatus {\n    enabled nodeId role clusterName leaderId\n    nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n  }\n": typeof types.ClusterStatusFieldsFragmentDoc,
    "query LegacyV1ClusterStatus { clusterStatus { ...ClusterStatusFields } }": typeof types.LegacyV1ClusterStatusDocument,
    "query LegacyV1ClusterNodes { clusterStatus { ...ClusterStatusFields } }": typeof types.LegacyV1ClusterNodesDocument,
    "\n    query LegacyV1ClusterNode($id: String!) {\n      clusterNode(id: $id) { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n    }\n  ": typeof types.LegacyV1ClusterNodeDocument,
    "mutation LegacyV1ClusterElection { clusterElection { success message status { ...ClusterStatusFields } } }": typeof types.LegacyV1ClusterElectionDocument,
    "mutation LegacyV1ClusterLeave { clusterLeave { success message status { ...ClusterStatusFields } } }": typeof types.LegacyV1ClusterLeaveDocument,
    "mutation LegacyV1ClusterRebalance { clusterRebalance { success message status { ...ClusterStatusFields } released { proxyChecks deliveries } } }": typeof types.LegacyV1ClusterRebalanceDocument,
    "\n    mutation LegacyV1ClusterJoin($input: ClusterJoinInput) {\n      clusterJoin(input: $input) {\n        __typename\n        ... on ClusterActionPayload { success message status { ...ClusterStatusFields } }\n        ... on Error { code message details }\n      }\n    }\n  ": typeof types.LegacyV1ClusterJoinDocument,
    "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  ": typeof types.LegacyHealthDocument,
    "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  ": typeof types.LegacyReadyDocument,
    "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  ": typeof types.LegacyHealthzDocument,
    "\n  subscription LegacyWsMetrics($interval: Int) {\n    metrics(intervalSeconds: $interval) { timestamp requestsPerSecond load { cpu memory connections } }\n  }\n": typeof types.LegacyWsMetricsDocument,
    "subscription LegacyWsClusterEvents { clusterEvents { event nodeId address at } }": typeof types.LegacyWsClusterEventsDocument,
    "subscription LegacyWsLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }": typeof types.LegacyWsLogsDocument,
    "\n  fragment Legacy001SessionFields on LoginSession {\n    id createdAt lastAccessAt expiresAt revokedAt isActive ip userAgent user { id }\n  }\n": typeof types.Legacy001SessionFieldsFragmentDoc,
    "\n    query Legacy001Sessions($first: Int!, $offset: Int, $active: Boolean, $userId: ID, $sort: LoginSessionSort, $order: LoginSessionOrder) {\n      allLoginSessions(first: $first, offset: $offset, active: $active, userId: $userId, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001SessionFields } }\n      }\n    }\n  ": typeof types.Legacy001SessionsDocument,
    "\n    query Legacy001Session($id: ID!) {\n      adminLoginSession(id: $id) { ...Legacy001SessionFields }\n    }\n  ": typeof types.Legacy001SessionDocument,
    "\n    mutation Legacy001InvalidateSession($id: ID!) {\n      invalidateLoginSession(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": typeof types.Legacy001InvalidateSessionDocument,
    "\n    mutation Legacy001ClearSessions {\n      clearLoginSessions { cleared }\n    }\n  ": typeof types.Legacy001ClearSessionsDocument,
    "\n  fragment Legacy001BackendFields on Backend {\n    name target healthCheckPath healthCheckInterval status health inRotation restarts uptimeSeconds startedAt createdAt\n  }\n": typeof types.Legacy001BackendFieldsFragmentDoc,
    "\n  fragment Legacy001BackendHealthFields on Backend {\n    name health inRotation lastCheckAt lastResponseMs lastStatusCode lastError checksPassed checksFailed\n  }\n": typeof types.Legacy001BackendHealthFieldsFragmentDoc,
    "\n  fragment Legacy001VhostFields on Vhost {\n    id domains priority tls createdAt backend { name target health inRotation }\n  }\n": typeof types.Legacy001VhostFieldsFragmentDoc,
    "\n    query Legacy001Vhosts($first: Int!, $offset: Int, $sort: VhostSort, $order: EdgeSortOrder) {\n      vhosts(first: $first, offset: $offset, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001VhostFields } }\n      }\n    }\n  ": typeof types.Legacy001VhostsDocument,
    "\n    mutation Legacy001CreateVhost($input: CreateVhostInput!) {\n      createVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": typeof types.Legacy001CreateVhostDocument,
    "\n    mutation Legacy001UpdateVhost($input: UpdateVhostInput!) {\n      updateVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n        ... on NotFoundError { details }\n      }\n    }\n  ": typeof types.Legacy001UpdateVhostDocument,
    "\n    mutation Legacy001DeleteVhost($id: ID!) {\n      deleteVhost(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": typeof types.Legacy001DeleteVhostDocument,
    "\n    query Legacy001Backends($first: Int!, $offset: Int, $sort: BackendSort, $order: EdgeSortOrder, $status: BackendStatus, $health: BackendHealth) {\n      backends(first: $first, offset: $offset, sort: $sort, order: $order, status: $status, health: $health) {\n        totalCount\n        edges { node { ...Legacy001BackendFields } }\n      }\n    }\n  ": typeof types.Legacy001BackendsDocument,
    "\n    mutation Legacy001CreateBackend($input: CreateBackendInput!) {\n      createBackend(input: $input) {\n        __typename\n        ... on Backend { ...Legacy001BackendFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": typeof types.Legacy001CreateBackendDocument,
    "\n    mutation Legacy001DeleteBackend($name: String!) {\n      deleteBackend(name: $name) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": typeof types.Legacy001DeleteBackendDocument,
    "\n    query Legacy001BackendHealth($name: String!) {\n      backend(name: $name) { ...Legacy001BackendHealthFields }\n    }\n  ": typeof types.Legacy001BackendHealthDocument,
    "\n  mutation Legacy001ControlBackend($name: String!, $action: BackendAction!) {\n    controlBackend(name: $name, action: $action) {\n      __typename\n      ... on Backend { ...Legacy001BackendFields }\n      ... on Error { code message }\n      ... on NotFoundError { details }\n    }\n  }\n": typeof types.Legacy001ControlBackendDocument,
    "\n  mutation Legacy004CreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) {\n      __typename\n      ... on CreatedVirtualKey { key virtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy004CreateVirtualKeyDocument,
    "\n  mutation Legacy004UpdateVirtualKey($input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy004UpdateVirtualKeyDocument,
    "\n  mutation Legacy004RevokeVirtualKey($input: RevokeVirtualKeyInput!) {\n    revokeVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy004RevokeVirtualKeyDocument,
    "\n  query Legacy004VirtualKeys($first: Int) {\n    virtualKeys(first: $first) { edges { node { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt } } }\n  }\n": typeof types.Legacy004VirtualKeysDocument,
    "\n  query Legacy004VirtualKey($legacyId: Int!) {\n    virtualKey(legacyId: $legacyId) { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt }\n  }\n": typeof types.Legacy004VirtualKeyDocument,
    "\n  query Legacy004UsageEvents($first: Int, $filter: UsageEventFilter) {\n    usageEvents(first: $first, filter: $filter) {\n      edges { node {\n        legacyId virtualKey { legacyId } user { legacyId email } project provider model endpoint status streamed\n        inputTokens outputTokens cachedTokens reasoningTokens costUsd savedUsd cacheHit latencyMs ttftMs promptHash error createdAt\n      } }\n    }\n  }\n": typeof types.Legacy004UsageEventsDocument,
    "\n  query Legacy004MetricsOverview {\n    gatewaySpend {\n      spendTodayUsd spendMonthUsd spendYearUsd forecastMonthEndUsd totalRequests totalTokens\n      topUsers { userEmail totalCostUsd requestCount }\n      topProjects { projectName totalCostUsd requestCount }\n      waste { repeatedPromptsCount estimatedWasteUsd topRepeatedHashes { hash count estimatedWasteUsd } }\n      cache { hits savedUsd }\n    }\n  }\n": typeof types.Legacy004MetricsOverviewDocument,
    "\n  fragment Legacy001WebhookFields on Notifier {\n    id url events isActive healthy lastError lastErrorAt createdAt\n  }\n": typeof types.Legacy001WebhookFieldsFragmentDoc,
    "\n    query Legacy001Webhooks($first: Int!, $offset: Int, $active: Boolean, $sort: WebhookSort, $order: WebhookOrder) {\n      webhooks(first: $first, offset: $offset, active: $active, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001WebhookFields } }\n      }\n    }\n  ": typeof types.Legacy001WebhooksDocument,
    "\n    mutation Legacy001CreateWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        __typename\n        ... on Notifier { ...Legacy001WebhookFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n      }\n    }\n  ": typeof types.Legacy001CreateWebhookDocument,
    "\n    mutation Legacy001DeleteWebhook($id: ID!) {\n      deleteWebhook(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": typeof types.Legacy001DeleteWebhookDocument,
    "\n  mutation Legacy003RunProbe($input: ProbeInput!) {\n    runProbe(input: $input) {\n      __typename\n      ... on RunProbePayload {\n        job { legacyId kind target success resultText createdAt }\n        quota { limitDay remainingDay limitMonth remainingMonth reset }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": typeof types.Legacy003RunProbeDocument,
    "\n  query Legacy003History($limit: Int!, $offset: Int!) {\n    probeJobPage(limit: $limit, offset: $offset) {\n      total limit offset\n      jobs { legacyId kind target parameters success createdAt }\n    }\n  }\n": typeof types.Legacy003HistoryDocument,
    "\n  query Legacy003Status {\n    systemStatus {\n      version uptimeSeconds memoryRssBytes memoryTotalBytes cpuPercent databaseStatus databaseSizeBytes\n      usersCount apiKeysCount probeJobsCount requestsToday requestsThisMonth averageResponseMs\n    }\n  }\n": typeof types.Legacy003StatusDocument,
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
    "\n  query Legacy002Proxy($id: ID!) {\n    proxy(id: $id) {\n      ...Legacy002ProxyFields\n      recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt }\n    }\n  }\n": typeof types.Legacy002ProxyDocument,
    "\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002AcquireDocument,
    "\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy002ReleaseDocument,
    "\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy002TestProxiesDocument,
    "\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n": typeof types.Legacy002LeasesDocument,
    "\n  subscription LegacyWsProxyStatus {\n    proxyStatusChanged { oldStatus newStatus proxy { id ip port protocol country } }\n  }\n": typeof types.LegacyWsProxyStatusDocument,
    "\n  fragment LegacyWsLeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol }\n  }\n": typeof types.LegacyWsLeaseFieldsFragmentDoc,
    "\n  subscription LegacyWsLeaseEnded($userId: ID) {\n    leaseEnded(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n": typeof types.LegacyWsLeaseEndedDocument,
    "\n  subscription LegacyWsLeaseExpiring($userId: ID) {\n    leaseExpiring(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n": typeof types.LegacyWsLeaseExpiringDocument,
    "\n  fragment Legacy000SessionFields on AutomationSession {\n    id profileId device targetUrl proxy country status success durationSeconds error startedAt endedAt\n  }\n": typeof types.Legacy000SessionFieldsFragmentDoc,
    "\n  fragment Legacy000EventFields on SessionEvent {\n    id sessionId type details createdAt\n  }\n": typeof types.Legacy000EventFieldsFragmentDoc,
    "\n  query Legacy000Sessions($page: Int!, $perPage: Int!, $filter: SessionFilter) {\n    automationSessionPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000SessionFields } }\n  }\n": typeof types.Legacy000SessionsDocument,
    "\n  mutation Legacy000Register($input: RegisterSessionInput!) {\n    registerSession(input: $input) { __typename ... on AutomationSession { ...Legacy000SessionFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy000RegisterDocument,
    "\n  mutation Legacy000End($input: EndSessionInput!) {\n    endSession(input: $input) {\n      __typename\n      ... on EndSessionPayload { leaseReleased session { ...Legacy000SessionFields } }\n      ... on Error { code message details }\n    }\n  }\n": typeof types.Legacy000EndDocument,
    "\n  query Legacy000Events($page: Int!, $perPage: Int!, $filter: SessionEventFilter) {\n    sessionEventPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000EventFields } }\n  }\n": typeof types.Legacy000EventsDocument,
    "\n  mutation Legacy000Log($input: LogSessionEventInput!) {\n    logSessionEvent(input: $input) { __typename ... on SessionEvent { ...Legacy000EventFields } ... on Error { code message details } }\n  }\n": typeof types.Legacy000LogDocument,
    "\n  query Legacy000Stats {\n    sessionStats {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n": typeof types.Legacy000StatsDocument,
    "\n  query Legacy000IpStatus($first: Int!, $filter: IpHealthFilter) {\n    ipHealth(first: $first, filter: $filter) { edges { node { proxyAddress targetHost successRate avgLatencyMs status successes failures blocks } } }\n    sessionStats { ipHealth { healthy flagged blacklisted } }\n  }\n": typeof types.Legacy000IpStatusDocument,
    "\n  subscription LegacyWsSessionStarted { sessionStarted { ...Legacy000SessionFields } }\n": typeof types.LegacyWsSessionStartedDocument,
    "\n  subscription LegacyWsSessionEnded { sessionEnded { ...Legacy000SessionFields } }\n": typeof types.LegacyWsSessionEndedDocument,
    "\n  subscription LegacyWsEventLogged($sessionId: ID) { eventLogged(sessionId: $sessionId) { ...Legacy000EventFields } }\n": typeof types.LegacyWsEventLoggedDocument,
    "\n  subscription LegacyWsStatsUpdated {\n    statsUpdated {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n": typeof types.LegacyWsStatsUpdatedDocument,
    "query AdminTestUsers($first: Int, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role tier } } } }": typeof types.AdminTestUsersDocument,
    "mutation AdminTestSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { id role } ... on Error { code message } } }": typeof types.AdminTestSetRoleDocument,
    "mutation AdminTestSetTier($input: SetUserTierInput!) { setUserTier(input: $input) { __typename\n  ... on User { id tier } ... on Error { code message } } }": typeof types.AdminTestSetTierDocument,
    "mutation AdminTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { id credits } transaction { id amount txType description balanceAfter } }\n  ... on ValidationError { fields { field } }\n  ... on Error { code message } } }": typeof types.AdminTestGrantDocument,
    "query AdminTestTransactions($first: Int) { me { credits\n  transactions(first: $first) { totalCount edges { node { id amount txType description balanceAfter } } } } }": typeof types.AdminTestTransactionsDocument,
    "query AdminTestMe { me { id role tier credits } }": typeof types.AdminTestMeDocument,
    "mutation AdminTestSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { id isActive } ... on Error { code message } } }": typeof types.AdminTestSetActiveDocument,
    "query AuthTestMe { me { email } }": typeof types.AuthTestMeDocument,
    "query AuthTestMyKeys { me { apiKeys { edges { node { id } } } } }": typeof types.AuthTestMyKeysDocument,
    "mutation AuthTestRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { isActive } } }": typeof types.AuthTestRevokeKeyDocument,
    "mutation AuthTestRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { email username displayName } apiKey { key } }\n  ... on ValidationError { code fields { field message } }\n  ... on Error { code message details } } }": typeof types.AuthTestRegisterDocument,
    "mutation AuthTestLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token tokenType expiresAt user { email } session { id } }\n  ... on RateLimitedError { retryAfter }\n  ... on Error { code message details } } }": typeof types.AuthTestLoginDocument,
    "query AuthTestSessions { me { loginSessions { totalCount edges { node { id current isActive ip } } } } }": typeof types.AuthTestSessionsDocument,
    "mutation AuthTestRevokeSession($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename\n  ... on LoginSession { id isActive revokedAt } ... on Error { code } } }": typeof types.AuthTestRevokeSessionDocument,
    "mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": typeof types.KeysTestCreateDocument,
    "mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }": typeof types.KeysTestRevokeDocument,
    "query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount\n  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }": typeof types.KeysTestListDocument,
    "query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }": typeof types.KeysTestNodeDocument,
    "query KeysTestMeEmail { me { email } }": typeof types.KeysTestMeEmailDocument,
    "query KeysTestMeId { me { id } }": typeof types.KeysTestMeIdDocument,
    "mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }": typeof types.KeysTestLoginDocument,
    "mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }": typeof types.KeysTestGrantDocument,
    "query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.KeysTestNodesDocument,
    "query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }": typeof types.KeysTestSelfDocument,
    "query AuthContractUsers { users(first: 1) { totalCount } }": typeof types.AuthContractUsersDocument,
    "mutation AuthContractGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code } } }": typeof types.AuthContractGrantDocument,
    "mutation AuthContractLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on Error { code message } } }": typeof types.AuthContractLoginDocument,
    "subscription AuthContractWatch($userId: ID) { creditsChanged(userId: $userId) { balance } }": typeof types.AuthContractWatchDocument,
    "mutation RebalanceTest { clusterRebalance { success message released { proxyChecks deliveries } } }": typeof types.RebalanceTestDocument,
    "query RebalanceTestStatus { clusterStatus { role } }": typeof types.RebalanceTestStatusDocument,
    "mutation ClusterCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on RateLimitedError { code retryAfter } ... on Error { code message } } }": typeof types.ClusterCreateKeyDocument,
    "mutation ClusterRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id revokedAt } ... on Error { code message } } }": typeof types.ClusterRevokeKeyDocument,
    "mutation ClusterGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }": typeof types.ClusterGrantDocument,
    "query ClusterMe { me { id email } }": typeof types.ClusterMeDocument,
    "subscription ClusterCredits { creditsChanged { balance amount transaction { id amount txType } } }": typeof types.ClusterCreditsDocument,
    "subscription ClusterSpy($u: ID) { creditsChanged(userId: $u) { balance } }": typeof types.ClusterSpyDocument,
    "mutation ConsoleTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.ConsoleTestGrantDocument,
    "mutation ConsoleTestAcquire { acquireProxy(input: { country: \"DE\" }) { __typename ... on Error { message } } }": typeof types.ConsoleTestAcquireDocument,
    "mutation ConsoleTestSource($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id } } }": typeof types.ConsoleTestSourceDocument,
    "mutation ConsoleTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { ok proxiesNew } } }": typeof types.ConsoleTestScrapeDocument,
    "query ConsoleTestSessions { me { loginSessions { edges { node { id } } } } }": typeof types.ConsoleTestSessionsDocument,
    "mutation ConsoleTestRevoke($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename } }": typeof types.ConsoleTestRevokeDocument,
    "mutation ConsoleTestRegisterSession($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id } ... on Error { message } } }": typeof types.ConsoleTestRegisterSessionDocument,
    "mutation ConsoleTestLogEvent($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename } }": typeof types.ConsoleTestLogEventDocument,
    "mutation ConsoleTestEndSession($input: EndSessionInput!) { endSession(input: $input) { __typename } }": typeof types.ConsoleTestEndSessionDocument,
    "mutation ConsoleTestKey($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { __typename\n  ... on CreatedVirtualKey { virtualKey { id } } } }": typeof types.ConsoleTestKeyDocument,
    "mutation ConsoleTestBackend($input: CreateBackendInput!) { createBackend(input: $input) { __typename } }": typeof types.ConsoleTestBackendDocument,
    "mutation ConsoleTestVhost($input: CreateVhostInput!) { createVhost(input: $input) { __typename } }": typeof types.ConsoleTestVhostDocument,
    "mutation ConsoleTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }": typeof types.ConsoleTestWebhookDocument,
    "query ControlTestHistory { configHistory(limit: 5) { version changes changedBy } }": typeof types.ControlTestHistoryDocument,
    "subscription ControlLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }": typeof types.ControlLogsDocument,
    "query ControlTestStatus { serverStatus { nodeId state pid workers connections { active idle total } } }": typeof types.ControlTestStatusDocument,
    "query ControlTestMetrics { serverMetrics { requestsTotal errors4xx latencyP50Ms bytesIn bytesOut } }": typeof types.ControlTestMetricsDocument,
    "query ControlTestCluster { clusterStatus { nodeId role leaderId nodes { id state role } } }": typeof types.ControlTestClusterDocument,
    "subscription EdgeEventsChanged { edgeChanged { at } }": typeof types.EdgeEventsChangedDocument,
    "mutation LimitsTestCreateKey { createApiKey(input: {}) { __typename\n  ... on CreatedApiKey { key } ... on RateLimitedError { code retryAfter details } } }": typeof types.LimitsTestCreateKeyDocument,
    "query LimitsTestKeyCount { me { apiKeyCount } }": typeof types.LimitsTestKeyCountDocument,
    "mutation CoercionMissing($input: RegisterInput!) { register(input: $input) { __typename } }": typeof types.CoercionMissingDocument,
    "mutation CoercionEnum($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }": typeof types.CoercionEnumDocument,
    "\n  mutation WsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreatedApiKey { key } ... on Error { code message } }\n  }\n": typeof types.WsCreateKeyDocument,
    "query WsMe { me { email } }": typeof types.WsMeDocument,
    "query HealthTestPublic { health { healthy ready errors } }": typeof types.HealthTestPublicDocument,
    "query HealthTestErrors { health { errors } }": typeof types.HealthTestErrorsDocument,
    "query HealthTestAdmin { health { errors databaseKind } }": typeof types.HealthTestAdminDocument,
    "mutation HelpersRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }\n  ... on Error { code message } } }": typeof types.HelpersRegisterDocument,
    "mutation HelpersLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token session { id } } ... on Error { code message } } }": typeof types.HelpersLoginDocument,
    "mutation LeasesRaceAcquire { acquireProxy(input: { leaseDurationSeconds: 600 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id proxy { id } } }\n  ... on Error { code } } }": typeof types.LeasesRaceAcquireDocument,
    "mutation LeasesRaceRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename ... on Error { code } } }": typeof types.LeasesRaceReleaseDocument,
    "mutation LeasesTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity isLeased } } }\n  ... on InsufficientCreditsError { required balance }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": typeof types.LeasesTestAcquireDocument,
    "mutation LeasesTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename\n  ... on Lease { id releasedAt isActive proxy { ip isLeased } }\n  ... on Error { code message } } }": typeof types.LeasesTestReleaseDocument,
    "query LeasesTestMine($activeOnly: Boolean) { me { credits\n  leases(activeOnly: $activeOnly) { totalCount edges { node { id isActive proxy { ip } } } }\n  transactions(first: 5) { edges { node { amount txType description balanceAfter } } } } }": typeof types.LeasesTestMineDocument,
    "query LeasesTestNode($id: ID!) { node(id: $id) { __typename ... on Lease { id } } }": typeof types.LeasesTestNodeDocument,
    "mutation LeasesTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.LeasesTestGrantDocument,
    "query LeaseCredsTest($id: ID!) { node(id: $id) { ... on Lease { isActive proxyUsername proxyPassword proxy { username password } } } }": typeof types.LeaseCredsTestDocument,
    "mutation LeaseCredsAcquire { acquireProxy(input: {}) { __typename\n  ... on AcquireProxyPayload { lease { id proxyUsername proxyPassword proxy { username password } } } } }": typeof types.LeaseCredsAcquireDocument,
    "mutation LeaseCredsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": typeof types.LeaseCredsReleaseDocument,
    "query LegacyRulesProxy($id: ID!) { proxy(id: $id) { id ip } }": typeof types.LegacyRulesProxyDocument,
    "query LegacyRulesFiltered($filter: ProxyFilter) { proxies(first: 1, filter: $filter) { totalCount } }": typeof types.LegacyRulesFilteredDocument,
    "query LegacyRulesEnums($name: String!) { __type(name: $name) { enumValues { name } } }": typeof types.LegacyRulesEnumsDocument,
    "mutation LegacyWsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.LegacyWsGrantDocument,
    "mutation DeliveriesTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id } ... on Error { code message } } }": typeof types.DeliveriesTestCreateDocument,
    "query DeliveriesTestList($status: DeliveryStatus, $first: Int) { notifiers { name\n  deliveries(status: $status, first: $first) { totalCount edges { node {\n    id event status attempts nextAttemptAt lastError createdAt deliveredAt payload notifier { name } } } } } }": typeof types.DeliveriesTestListDocument,
    "query DeliveriesTestNode($id: ID!) { node(id: $id) { __typename ... on NotificationDelivery { id status } } }": typeof types.DeliveriesTestNodeDocument,
    "subscription DeliveriesTestUpdated($notifierId: ID) { deliveryUpdated(notifierId: $notifierId) {\n  id status attempts lastError notifier { name } } }": typeof types.DeliveriesTestUpdatedDocument,
    "mutation DeliveriesTestRetry($id: ID!) { retryDelivery(input: { id: $id }) { __typename\n  ... on NotificationDelivery { id status attempts } ... on Error { code message } } }": typeof types.DeliveriesTestRetryDocument,
    "mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id name kind config events isActive healthy }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": typeof types.NotifiersTestCreateDocument,
    "mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename\n  ... on Notifier { id name events isActive }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": typeof types.NotifiersTestUpdateDocument,
    "mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename\n  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }": typeof types.NotifiersTestDeleteDocument,
    "query NotifiersTestList { notifiers { id name healthy lastError } }": typeof types.NotifiersTestListDocument,
    "query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }": typeof types.NotifiersTestNodeDocument,
    "query NotifiersTestPlugins { plugins { notifiers { name healthy } } }": typeof types.NotifiersTestPluginsDocument,
    "query NotifiersTestEvents { notificationEvents { name description } }": typeof types.NotifiersTestEventsDocument,
    "mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }": typeof types.NotifiersTestScrapeDocument,
    "mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.NotifiersTestGrantDocument,
    "mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }": typeof types.NotifiersTestAcquireDocument,
    "query PoolHistoryTest($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active dead unchecked } }": typeof types.PoolHistoryTestDocument,
    "subscription PoolSampledTest { poolSampled { takenAt total active dead unchecked } }": typeof types.PoolSampledTestDocument,
    "mutation CheckProxiesTest($input: CheckProxiesInput!) { checkProxies(input: $input) { __typename\n  ... on CheckProxiesPayload { results { proxyId checked passed status score error proxy { status lastCheckedAt } } }\n  ... on Error { code message } } }": typeof types.CheckProxiesTestDocument,
    "query ProxiesQueryTestList($first: Int, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n  proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags } } } }": typeof types.ProxiesQueryTestListDocument,
    "query ProxiesQueryTestNode($id: ID!, $first: Int!) { node(id: $id) { __typename ... on Proxy {\n  ip username password hasCredentials recentChecks(first: $first) { checkerName stage passed latencyMs detail createdAt } } } }": typeof types.ProxiesQueryTestNodeDocument,
    "query RedactionSourceNode($id: ID!) { node(id: $id) { ... on Source { url canManage } } }": typeof types.RedactionSourceNodeDocument,
    "query RedactionSources { sources(first: 50) { edges { node { id url } } } }": typeof types.RedactionSourcesDocument,
    "fragment SrcTestSource on Source {\n  id url parserName cronSchedule defaultProtocol options isActive lastScrapedAt nextScrapeAt lastError lastErrorAt canManage proxyCount }": typeof types.SrcTestSourceFragmentDoc,
    "fragment SrcTestError on Error { __typename code message ... on ValidationError { fields { field message } } }": typeof types.SrcTestErrorFragmentDoc,
    "mutation SrcTestCreate($input: CreateSourceInput!) { createSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }": typeof types.SrcTestCreateDocument,
    "mutation SrcTestUpdate($input: UpdateSourceInput!) { updateSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }": typeof types.SrcTestUpdateDocument,
    "mutation SrcTestDelete($input: DeleteSourceInput!) { deleteSource(input: $input) { __typename\n  ... on DeleteSourcePayload { deletedSourceId } ...SrcTestError } }": typeof types.SrcTestDeleteDocument,
    "mutation SrcTestScrape($id: ID!) { scrapeSource(id: $id) { __typename\n  ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs ok error\n    run { proxiesDiscovered proxiesNew proxiesUpdated error finishedAt } source { id lastError lastScrapedAt } }\n  ...SrcTestError } }": typeof types.SrcTestScrapeDocument,
    "query SrcTestList($isActive: Boolean, $first: Int, $after: String) { sources(isActive: $isActive, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id url isActive } } } }": typeof types.SrcTestListDocument,
    "query SrcTestNode($id: ID!) { node(id: $id) { __typename ... on Source { id url canManage\n  scrapes(first: 5) { totalCount edges { node { error proxiesNew } } } } } }": typeof types.SrcTestNodeDocument,
    "query SrcTestMe { me { id } }": typeof types.SrcTestMeDocument,
    "subscription SrcTestCompleted($sourceId: ID) { scrapeCompleted(sourceId: $sourceId) { sourceId proxiesDiscovered ok error source { id } } }": typeof types.SrcTestCompletedDocument,
    "subscription SrcTestAnon { scrapeCompleted { sourceId } }": typeof types.SrcTestAnonDocument,
    "query ProxiesStatsTestPool { poolStats { totalProxies avgScore avgLatencyMs sourcesActive sourcesTotal lastScrapeAt lastValidationAt\n  byStatus { active dead unchecked } byProtocol { http https socks4 socks5 } byAnonymity { transparent anonymous elite } } }": typeof types.ProxiesStatsTestPoolDocument,
    "query ProxiesStatsTestPlugins { plugins { parsers { name type } checkers { name stage priority } notifiers { name kind healthy isActive subscribesTo } } }": typeof types.ProxiesStatsTestPluginsDocument,
    "mutation ProxSubsAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id } } ... on Error { code message } } }": typeof types.ProxSubsAcquireDocument,
    "mutation ProxSubsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": typeof types.ProxSubsReleaseDocument,
    "mutation ProxSubsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.ProxSubsGrantDocument,
    "subscription ProxSubsExpiring($userId: ID) { leaseExpiring(userId: $userId) { id expiresAt releasedAt isActive } }": typeof types.ProxSubsExpiringDocument,
    "subscription ProxSubsEnded($userId: ID) { leaseEnded(userId: $userId) { id releasedAt isActive proxy { ip } } }": typeof types.ProxSubsEndedDocument,
    "subscription ProxSubsStatus { proxyStatusChanged { oldStatus newStatus proxy { id ip status } } }": typeof types.ProxSubsStatusDocument,
    "subscription ProxSubsStats { poolStats { totalProxies byStatus { active dead unchecked } } }": typeof types.ProxSubsStatsDocument,
    "mutation UrlTestTestProxies($input: TestProxiesInput!) { testProxies(input: $input) { __typename\n  ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": typeof types.UrlTestTestProxiesDocument,
    "query UrlTestCredits { me { credits } }": typeof types.UrlTestCreditsDocument,
    "query ExportTestLink($filter: SessionFilter) { sessionsExportLink(filter: $filter) { url expiresAt } }": typeof types.ExportTestLinkDocument,
    "query ExportTestEventsLink { sessionEventsExportLink { url } }": typeof types.ExportTestEventsLinkDocument,
    "mutation HealthTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status targetHost proxy } ... on Error { code message } } }": typeof types.HealthTestRegisterDocument,
    "mutation HealthTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status } } ... on Error { code message } } }": typeof types.HealthTestEndDocument,
    "mutation HealthTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type } ... on Error { code message } } }": typeof types.HealthTestLogDocument,
    "query HealthTestHealth($filter: IpHealthFilter) { ipHealth(first: 50, filter: $filter) { totalCount\n  edges { node { proxyAddress targetHost status successes failures blocks successRate proxy { ip } } } } }": typeof types.HealthTestHealthDocument,
    "mutation HealthTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id proxy { ip } } } ... on Error { code message } } }": typeof types.HealthTestAcquireDocument,
    "mutation HealthTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": typeof types.HealthTestReleaseDocument,
    "query HealthTestHosts($userId: ID) { sessionStats(userId: $userId) { hostStats { targetHost sessions successful failed\n  successRate avgDurationSeconds ipHealth { healthy flagged blacklisted } } } }": typeof types.HealthTestHostsDocument,
    "mutation HealthTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.HealthTestGrantDocument,
    "mutation LiveTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status profileId targetHost proxy country startedAt } ... on Error { code message } } }": typeof types.LiveTestRegisterDocument,
    "mutation LiveTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status success durationSeconds error endedAt } } ... on Error { code message } } }": typeof types.LiveTestEndDocument,
    "mutation LiveTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type details sessionId } ... on ValidationError { fields { field message } } ... on Error { code message } } }": typeof types.LiveTestLogDocument,
    "query LiveTestList($filter: SessionFilter, $events: SessionEventFilter) {\n  automationSessions(first: 10, filter: $filter) { totalCount edges { node { id status events(first: 5) { totalCount edges { node { type } } } } } }\n  sessionEvents(first: 10, filter: $events) { totalCount edges { node { type session { id } } } } }": typeof types.LiveTestListDocument,
    "query LiveTestNode($id: ID!) { node(id: $id) { __typename ... on AutomationSession { id } } }": typeof types.LiveTestNodeDocument,
    "query LiveTestStats { sessionStats { total active successful failed successRate ipHealth { healthy } } }": typeof types.LiveTestStatsDocument,
    "subscription LiveTestEvents($sessionId: ID) { eventLogged(sessionId: $sessionId) { id type details session { id } } }": typeof types.LiveTestEventsDocument,
    "subscription LiveTestStatsSub { statsUpdated { total active } }": typeof types.LiveTestStatsSubDocument,
    "mutation LiveTestAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename ... on AcquireProxyPayload { lease { id isActive } } } }": typeof types.LiveTestAcquireDocument,
    "query LiveTestLease($id: ID!) { node(id: $id) { ... on Lease { isActive } } }": typeof types.LiveTestLeaseDocument,
    "mutation LiveTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.LiveTestGrantDocument,
    "subscription ShutdownTestCredits { creditsChanged { balance amount } }": typeof types.ShutdownTestCreditsDocument,
    "mutation ShutdownTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.ShutdownTestGrantDocument,
    "query SmokeMe { me { email credits role tier } }": typeof types.SmokeMeDocument,
    "query SqlCountProxies($first: Int!) {\n  proxies(first: $first) { edges { node { id ip recentChecks { passed latencyMs } } } } }": typeof types.SqlCountProxiesDocument,
    "query SqlCountProxiesTotal($first: Int!) {\n  proxies(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id isLeased hasCredentials recentChecks(first: 2) { passed } } } } }": typeof types.SqlCountProxiesTotalDocument,
    "query SqlCountSources($first: Int!) {\n  sources(first: $first) { totalCount edges { node { id url canManage proxyCount\n    scrapes(first: 3) { totalCount edges { node { startedAt proxiesNew } } } } } } }": typeof types.SqlCountSourcesDocument,
    "query SqlCountUsers($first: Int!) {\n  users(first: $first) { totalCount edges { node { id email credits apiKeyCount } } } }": typeof types.SqlCountUsersDocument,
    "query SqlCountMyKeys($first: Int!) {\n  me { apiKeyCount apiKeys(first: $first, includeRevoked: true) { totalCount edges { node { id prefix isActive } } } } }": typeof types.SqlCountMyKeysDocument,
    "query SqlCountMyLeases($first: Int!) {\n  me { leases(first: $first, activeOnly: false) { totalCount edges { node { id isActive proxy { ip recentChecks(first: 2) { passed } } } } } } }": typeof types.SqlCountMyLeasesDocument,
    "query SqlCountMySessions($first: Int!) {\n  me { loginSessions(first: $first, activeOnly: false) { totalCount edges { node { id current isActive } } } } }": typeof types.SqlCountMySessionsDocument,
    "query SqlCountMyTransactions($first: Int!) {\n  me { transactions(first: $first) { totalCount edges { node { id amount txType } } } } }": typeof types.SqlCountMyTransactionsDocument,
    "query SqlCountProbeJobs($first: Int!) {\n  probeJobs(first: $first) { totalCount edges { node { id kind target success user { email probeJobCount } } } } }": typeof types.SqlCountProbeJobsDocument,
    "query SqlCountProbePage($first: Int!) {\n  probeJobPage(limit: $first, offset: 0) { total jobs { id legacyId kind parameters } } }": typeof types.SqlCountProbePageDocument,
    "query SqlCountVirtualKeys($first: Int!) {\n  virtualKeys(first: $first) { totalCount edges { node { id legacyId name owner { email } spendMonthUsd budgetRemainingUsd budgetRunwayDate } } } }": typeof types.SqlCountVirtualKeysDocument,
    "query SqlCountUsageEvents($first: Int!) {\n  usageEvents(first: $first) { totalCount edges { node { id legacyId costUsd virtualKey { legacyId name } user { email } } } } }": typeof types.SqlCountUsageEventsDocument,
    "mutation SqlCountGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": typeof types.SqlCountGrantDocument,
    "mutation SqlCountSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }": typeof types.SqlCountSetRoleDocument,
    "mutation SqlCountAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id } } } }": typeof types.SqlCountAcquireDocument,
    "mutation SqlCountRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": typeof types.SqlCountReleaseDocument,
    "query SqlCountMe { me { id email displayName role tier credits createdAt } }": typeof types.SqlCountMeDocument,
    "query SqlCountPoolHistory($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active } }": typeof types.SqlCountPoolHistoryDocument,
    "query SqlCountPoolStats { poolStats { totalProxies byStatus { active } } }": typeof types.SqlCountPoolStatsDocument,
    "query SqlCountPoolStatsCountry { poolStats { totalProxies byStatus { active } byCountry(first: 50) { country count } } }": typeof types.SqlCountPoolStatsCountryDocument,
    "query SqlCountMeCount { me { id apiKeyCount } }": typeof types.SqlCountMeCountDocument,
    "query SqlCountClusterNodes { clusterStatus { leaderId nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } } } }": typeof types.SqlCountClusterNodesDocument,
    "query SqlCountNotifiers { notifiers { id name config events healthy } }": typeof types.SqlCountNotifiersDocument,
    "query SqlCountNotifierDeliveries { notifiers { id name\n  deliveries(first: 3) { totalCount edges { node { id event status attempts } } } } }": typeof types.SqlCountNotifierDeliveriesDocument,
    "query SqlCountVhosts($first: Int!) {\n  vhosts(first: $first) { totalCount edges { node { id domains priority tls backend { name target health inRotation } } } } }": typeof types.SqlCountVhostsDocument,
    "query SqlCountBackends($first: Int!) {\n  backends(first: $first, offset: 1) { totalCount edges { node { name status health inRotation uptimeSeconds vhostCount } } } }": typeof types.SqlCountBackendsDocument,
    "query SqlCountWebhooks($first: Int!) {\n  webhooks(first: $first) { totalCount edges { node { id url events healthy } } } }": typeof types.SqlCountWebhooksDocument,
    "query SqlCountAllSessions($first: Int!) {\n  allLoginSessions(first: $first, sort: LAST_ACCESSED) { totalCount edges { node { id isActive user { id email } } } } }": typeof types.SqlCountAllSessionsDocument,
    "query SqlCountAutomationSessions($first: Int!) {\n  automationSessions(first: $first) { totalCount edges { node { id status proxy events(first: 3) { totalCount edges { node { type details } } } } } } }": typeof types.SqlCountAutomationSessionsDocument,
    "query SqlCountSessionEvents($first: Int!) {\n  sessionEvents(first: $first) { totalCount edges { node { id type session { id status } } } } }": typeof types.SqlCountSessionEventsDocument,
    "query SqlCountSessionPage($first: Int!) {\n  automationSessionPage(page: 1, perPage: $first) { total items { id status events(first: 2) { edges { node { type } } } } } }": typeof types.SqlCountSessionPageDocument,
    "query SqlCountIpHealth($first: Int!) {\n  ipHealth(first: $first) { totalCount edges { node { id status successRate avgLatencyMs proxy { ip recentChecks(first: 2) { passed } } } } } }": typeof types.SqlCountIpHealthDocument,
    "subscription StreamRevWatch($userId: ID) { creditsChanged(userId: $userId) { balance amount } }": typeof types.StreamRevWatchDocument,
    "mutation StreamRevGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }": typeof types.StreamRevGrantDocument,
    "mutation StreamRevCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on Error { code message } } }": typeof types.StreamRevCreateKeyDocument,
    "mutation StreamRevRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id } ... on Error { code message } } }": typeof types.StreamRevRevokeKeyDocument,
    "mutation StreamRevRevokeSession($input: RevokeLoginSessionInput!) { revokeLoginSession(input: $input) {\n  __typename ... on LoginSession { id } ... on Error { code message } } }": typeof types.StreamRevRevokeSessionDocument,
    "mutation StreamRevSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { role } ... on Error { code message } } }": typeof types.StreamRevSetRoleDocument,
    "mutation StreamRevSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { isActive } ... on Error { code message } } }": typeof types.StreamRevSetActiveDocument,
    "subscription SubsTestWatch($userId: ID) { creditsChanged(userId: $userId) {\n  balance amount transaction { id txType amount balanceAfter } } }": typeof types.SubsTestWatchDocument,
    "mutation SubsTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) {\n  ... on GrantCreditsPayload { __typename transaction { id } } } }": typeof types.SubsTestGrantDocument,
};
const documents: Documents = {
    "\n  mutation Legacy002Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload {\n        user { id email displayName }\n        apiKey { key apiKey { id prefix label } }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy002RegisterDocument,
    "\n  mutation Legacy002CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { id prefix label createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy002CreateKeyDocument,
    "\n  query Legacy002Keys($first: Int!, $after: String) {\n    me {\n      apiKeys(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id prefix keyPreview label isActive createdAt lastUsedAt } }\n      }\n    }\n  }\n": types.Legacy002KeysDocument,
    "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002RevokeKeyDocument,
    "\n  query Legacy002Account {\n    me { id email displayName role tier credits createdAt }\n  }\n": types.Legacy002AccountDocument,
    "\n  query Legacy002Credits {\n    me {\n      credits\n      transactions(first: 20) { edges { node { amount txType description createdAt } } }\n    }\n  }\n": types.Legacy002CreditsDocument,
    "\n  mutation Legacy003Register($input: RegisterInput!) {\n    register(input: $input) {\n      __typename\n      ... on RegisterPayload { user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003RegisterDocument,
    "\n  mutation Legacy003Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token user { legacyId username email isActive role tier createdAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003LoginDocument,
    "\n  query Legacy003Me {\n    me { legacyId username email isActive role tier createdAt }\n  }\n": types.Legacy003MeDocument,
    "\n  query Legacy003Keys {\n    me { apiKeys(first: 100) { edges { node { legacyId keyPreview label isActive createdAt lastUsedAt } } } }\n  }\n": types.Legacy003KeysDocument,
    "\n  mutation Legacy003CreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on CreatedApiKey { key apiKey { legacyId label isActive createdAt lastUsedAt } }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003CreateKeyDocument,
    "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy003DeleteKeyDocument,
    "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount probeJobCount } }\n    }\n  }\n": types.Legacy003AdminUsersDocument,
    "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy003SetRoleDocument,
    "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy003SetTierDocument,
    "\n  mutation Legacy004Token($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload { token tokenType }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy004TokenDocument,
    "\n  query Legacy004Me {\n    me { legacyId email displayName role }\n  }\n": types.Legacy004MeDocument,
    "\n    query LegacyApiHealth {\n      health {\n        healthy\n        timestamp\n        version\n        authEnabled\n      }\n    }\n  ": types.LegacyApiHealthDocument,
    "query LegacyV1Config { runningConfig }": types.LegacyV1ConfigDocument,
    "\n    mutation LegacyV1UpdateConfig($settings: JSON!) {\n      updateConfig(settings: $settings) {\n        __typename\n        ... on UpdateConfigPayload { version restartRequired changes restartOnly }\n        ... on Error { code message details }\n      }\n    }\n  ": types.LegacyV1UpdateConfigDocument,
    "mutation LegacyV1Reload { reloadConfig }": types.LegacyV1ReloadDocument,
    "\n    query LegacyV1Status {\n      serverStatus { nodeId state version uptimeSeconds startedAt pid workers connections { active idle total } }\n    }\n  ": types.LegacyV1StatusDocument,
    "\n    query LegacyV1Metrics {\n      serverMetrics {\n        requestsTotal requestsPerSecond requestsPerMinute latencyP50Ms latencyP95Ms latencyP99Ms latencyAvgMs\n        bytesIn bytesOut bytesInPerSecond bytesOutPerSecond errors4xx errors5xx errorRate\n      }\n    }\n  ": types.LegacyV1MetricsDocument,
    "\n    mutation LegacyV1Shutdown($input: ShutdownInput) {\n      shutdown(input: $input) {\n        __typename\n        ... on ShutdownPayload { timeoutSeconds force }\n        ... on Error { code message details }\n      }\n    }\n  ": types.LegacyV1ShutdownDocument,
    "\n  fragment ClusterStatusFields on ClusterStatus {\n    enabled nodeId role clusterName leaderId\n    nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n  }\n": types.ClusterStatusFieldsFragmentDoc,
    "query LegacyV1ClusterStatus { clusterStatus { ...ClusterStatusFields } }": types.LegacyV1ClusterStatusDocument,
    "query LegacyV1ClusterNodes { clusterStatus { ...ClusterStatusFields } }": types.LegacyV1ClusterNodesDocument,
    "\n    query LegacyV1ClusterNode($id: String!) {\n      clusterNode(id: $id) { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n    }\n  ": types.LegacyV1ClusterNodeDocument,
    "mutation LegacyV1ClusterElection { clusterElection { success message status { ...ClusterStatusFields } } }": types.LegacyV1ClusterElectionDocument,
    "mutation LegacyV1ClusterLeave { clusterLeave { success message status { ...ClusterStatusFields } } }": types.LegacyV1ClusterLeaveDocument,
    "mutation LegacyV1ClusterRebalance { clusterRebalance { success message status { ...ClusterStatusFields } released { proxyChecks deliveries } } }": types.LegacyV1ClusterRebalanceDocument,
    "\n    mutation LegacyV1ClusterJoin($input: ClusterJoinInput) {\n      clusterJoin(input: $input) {\n        __typename\n        ... on ClusterActionPayload { success message status { ...ClusterStatusFields } }\n        ... on Error { code message details }\n      }\n    }\n  ": types.LegacyV1ClusterJoinDocument,
    "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  ": types.LegacyHealthDocument,
    "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  ": types.LegacyReadyDocument,
    "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  ": types.LegacyHealthzDocument,
    "\n  subscription LegacyWsMetrics($interval: Int) {\n    metrics(intervalSeconds: $interval) { timestamp requestsPerSecond load { cpu memory connections } }\n  }\n": types.LegacyWsMetricsDocument,
    "subscription LegacyWsClusterEvents { clusterEvents { event nodeId address at } }": types.LegacyWsClusterEventsDocument,
    "subscription LegacyWsLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }": types.LegacyWsLogsDocument,
    "\n  fragment Legacy001SessionFields on LoginSession {\n    id createdAt lastAccessAt expiresAt revokedAt isActive ip userAgent user { id }\n  }\n": types.Legacy001SessionFieldsFragmentDoc,
    "\n    query Legacy001Sessions($first: Int!, $offset: Int, $active: Boolean, $userId: ID, $sort: LoginSessionSort, $order: LoginSessionOrder) {\n      allLoginSessions(first: $first, offset: $offset, active: $active, userId: $userId, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001SessionFields } }\n      }\n    }\n  ": types.Legacy001SessionsDocument,
    "\n    query Legacy001Session($id: ID!) {\n      adminLoginSession(id: $id) { ...Legacy001SessionFields }\n    }\n  ": types.Legacy001SessionDocument,
    "\n    mutation Legacy001InvalidateSession($id: ID!) {\n      invalidateLoginSession(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": types.Legacy001InvalidateSessionDocument,
    "\n    mutation Legacy001ClearSessions {\n      clearLoginSessions { cleared }\n    }\n  ": types.Legacy001ClearSessionsDocument,
    "\n  fragment Legacy001BackendFields on Backend {\n    name target healthCheckPath healthCheckInterval status health inRotation restarts uptimeSeconds startedAt createdAt\n  }\n": types.Legacy001BackendFieldsFragmentDoc,
    "\n  fragment Legacy001BackendHealthFields on Backend {\n    name health inRotation lastCheckAt lastResponseMs lastStatusCode lastError checksPassed checksFailed\n  }\n": types.Legacy001BackendHealthFieldsFragmentDoc,
    "\n  fragment Legacy001VhostFields on Vhost {\n    id domains priority tls createdAt backend { name target health inRotation }\n  }\n": types.Legacy001VhostFieldsFragmentDoc,
    "\n    query Legacy001Vhosts($first: Int!, $offset: Int, $sort: VhostSort, $order: EdgeSortOrder) {\n      vhosts(first: $first, offset: $offset, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001VhostFields } }\n      }\n    }\n  ": types.Legacy001VhostsDocument,
    "\n    mutation Legacy001CreateVhost($input: CreateVhostInput!) {\n      createVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": types.Legacy001CreateVhostDocument,
    "\n    mutation Legacy001UpdateVhost($input: UpdateVhostInput!) {\n      updateVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n        ... on NotFoundError { details }\n      }\n    }\n  ": types.Legacy001UpdateVhostDocument,
    "\n    mutation Legacy001DeleteVhost($id: ID!) {\n      deleteVhost(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": types.Legacy001DeleteVhostDocument,
    "\n    query Legacy001Backends($first: Int!, $offset: Int, $sort: BackendSort, $order: EdgeSortOrder, $status: BackendStatus, $health: BackendHealth) {\n      backends(first: $first, offset: $offset, sort: $sort, order: $order, status: $status, health: $health) {\n        totalCount\n        edges { node { ...Legacy001BackendFields } }\n      }\n    }\n  ": types.Legacy001BackendsDocument,
    "\n    mutation Legacy001CreateBackend($input: CreateBackendInput!) {\n      createBackend(input: $input) {\n        __typename\n        ... on Backend { ...Legacy001BackendFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": types.Legacy001CreateBackendDocument,
    "\n    mutation Legacy001DeleteBackend($name: String!) {\n      deleteBackend(name: $name) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n        ... on ConflictError { details }\n      }\n    }\n  ": types.Legacy001DeleteBackendDocument,
    "\n    query Legacy001BackendHealth($name: String!) {\n      backend(name: $name) { ...Legacy001BackendHealthFields }\n    }\n  ": types.Legacy001BackendHealthDocument,
    "\n  mutation Legacy001ControlBackend($name: String!, $action: BackendAction!) {\n    controlBackend(name: $name, action: $action) {\n      __typename\n      ... on Backend { ...Legacy001BackendFields }\n      ... on Error { code message }\n      ... on NotFoundError { details }\n    }\n  }\n": types.Legacy001ControlBackendDocument,
    "\n  mutation Legacy004CreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) {\n      __typename\n      ... on CreatedVirtualKey { key virtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy004CreateVirtualKeyDocument,
    "\n  mutation Legacy004UpdateVirtualKey($input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy004UpdateVirtualKeyDocument,
    "\n  mutation Legacy004RevokeVirtualKey($input: RevokeVirtualKeyInput!) {\n    revokeVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy004RevokeVirtualKeyDocument,
    "\n  query Legacy004VirtualKeys($first: Int) {\n    virtualKeys(first: $first) { edges { node { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt } } }\n  }\n": types.Legacy004VirtualKeysDocument,
    "\n  query Legacy004VirtualKey($legacyId: Int!) {\n    virtualKey(legacyId: $legacyId) { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt }\n  }\n": types.Legacy004VirtualKeyDocument,
    "\n  query Legacy004UsageEvents($first: Int, $filter: UsageEventFilter) {\n    usageEvents(first: $first, filter: $filter) {\n      edges { node {\n        legacyId virtualKey { legacyId } user { legacyId email } project provider model endpoint status streamed\n        inputTokens outputTokens cachedTokens reasoningTokens costUsd savedUsd cacheHit latencyMs ttftMs promptHash error createdAt\n      } }\n    }\n  }\n": types.Legacy004UsageEventsDocument,
    "\n  query Legacy004MetricsOverview {\n    gatewaySpend {\n      spendTodayUsd spendMonthUsd spendYearUsd forecastMonthEndUsd totalRequests totalTokens\n      topUsers { userEmail totalCostUsd requestCount }\n      topProjects { projectName totalCostUsd requestCount }\n      waste { repeatedPromptsCount estimatedWasteUsd topRepeatedHashes { hash count estimatedWasteUsd } }\n      cache { hits savedUsd }\n    }\n  }\n": types.Legacy004MetricsOverviewDocument,
    "\n  fragment Legacy001WebhookFields on Notifier {\n    id url events isActive healthy lastError lastErrorAt createdAt\n  }\n": types.Legacy001WebhookFieldsFragmentDoc,
    "\n    query Legacy001Webhooks($first: Int!, $offset: Int, $active: Boolean, $sort: WebhookSort, $order: WebhookOrder) {\n      webhooks(first: $first, offset: $offset, active: $active, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001WebhookFields } }\n      }\n    }\n  ": types.Legacy001WebhooksDocument,
    "\n    mutation Legacy001CreateWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        __typename\n        ... on Notifier { ...Legacy001WebhookFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n      }\n    }\n  ": types.Legacy001CreateWebhookDocument,
    "\n    mutation Legacy001DeleteWebhook($id: ID!) {\n      deleteWebhook(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  ": types.Legacy001DeleteWebhookDocument,
    "\n  mutation Legacy003RunProbe($input: ProbeInput!) {\n    runProbe(input: $input) {\n      __typename\n      ... on RunProbePayload {\n        job { legacyId kind target success resultText createdAt }\n        quota { limitDay remainingDay limitMonth remainingMonth reset }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n": types.Legacy003RunProbeDocument,
    "\n  query Legacy003History($limit: Int!, $offset: Int!) {\n    probeJobPage(limit: $limit, offset: $offset) {\n      total limit offset\n      jobs { legacyId kind target parameters success createdAt }\n    }\n  }\n": types.Legacy003HistoryDocument,
    "\n  query Legacy003Status {\n    systemStatus {\n      version uptimeSeconds memoryRssBytes memoryTotalBytes cpuPercent databaseStatus databaseSizeBytes\n      usersCount apiKeysCount probeJobsCount requestsToday requestsThisMonth averageResponseMs\n    }\n  }\n": types.Legacy003StatusDocument,
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
    "\n  query Legacy002Proxy($id: ID!) {\n    proxy(id: $id) {\n      ...Legacy002ProxyFields\n      recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt }\n    }\n  }\n": types.Legacy002ProxyDocument,
    "\n  mutation Legacy002Acquire($input: AcquireProxyInput) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload { creditsRemaining lease { id expiresAt proxy { ip port protocol country anonymity } } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002AcquireDocument,
    "\n  mutation Legacy002Release($input: ReleaseLeaseInput!) {\n    releaseLease(input: $input) { __typename ... on Lease { ...Legacy002LeaseFields } ... on Error { code message details } }\n  }\n": types.Legacy002ReleaseDocument,
    "\n  mutation Legacy002TestProxies($input: TestProxiesInput!) {\n    testProxies(input: $input) {\n      __typename\n      ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy002TestProxiesDocument,
    "\n  query Legacy002Leases($first: Int!, $after: String) {\n    me {\n      leases(first: $first, after: $after, activeOnly: true) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...Legacy002LeaseFields } }\n      }\n    }\n  }\n": types.Legacy002LeasesDocument,
    "\n  subscription LegacyWsProxyStatus {\n    proxyStatusChanged { oldStatus newStatus proxy { id ip port protocol country } }\n  }\n": types.LegacyWsProxyStatusDocument,
    "\n  fragment LegacyWsLeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol }\n  }\n": types.LegacyWsLeaseFieldsFragmentDoc,
    "\n  subscription LegacyWsLeaseEnded($userId: ID) {\n    leaseEnded(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n": types.LegacyWsLeaseEndedDocument,
    "\n  subscription LegacyWsLeaseExpiring($userId: ID) {\n    leaseExpiring(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n": types.LegacyWsLeaseExpiringDocument,
    "\n  fragment Legacy000SessionFields on AutomationSession {\n    id profileId device targetUrl proxy country status success durationSeconds error startedAt endedAt\n  }\n": types.Legacy000SessionFieldsFragmentDoc,
    "\n  fragment Legacy000EventFields on SessionEvent {\n    id sessionId type details createdAt\n  }\n": types.Legacy000EventFieldsFragmentDoc,
    "\n  query Legacy000Sessions($page: Int!, $perPage: Int!, $filter: SessionFilter) {\n    automationSessionPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000SessionFields } }\n  }\n": types.Legacy000SessionsDocument,
    "\n  mutation Legacy000Register($input: RegisterSessionInput!) {\n    registerSession(input: $input) { __typename ... on AutomationSession { ...Legacy000SessionFields } ... on Error { code message details } }\n  }\n": types.Legacy000RegisterDocument,
    "\n  mutation Legacy000End($input: EndSessionInput!) {\n    endSession(input: $input) {\n      __typename\n      ... on EndSessionPayload { leaseReleased session { ...Legacy000SessionFields } }\n      ... on Error { code message details }\n    }\n  }\n": types.Legacy000EndDocument,
    "\n  query Legacy000Events($page: Int!, $perPage: Int!, $filter: SessionEventFilter) {\n    sessionEventPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000EventFields } }\n  }\n": types.Legacy000EventsDocument,
    "\n  mutation Legacy000Log($input: LogSessionEventInput!) {\n    logSessionEvent(input: $input) { __typename ... on SessionEvent { ...Legacy000EventFields } ... on Error { code message details } }\n  }\n": types.Legacy000LogDocument,
    "\n  query Legacy000Stats {\n    sessionStats {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n": types.Legacy000StatsDocument,
    "\n  query Legacy000IpStatus($first: Int!, $filter: IpHealthFilter) {\n    ipHealth(first: $first, filter: $filter) { edges { node { proxyAddress targetHost successRate avgLatencyMs status successes failures blocks } } }\n    sessionStats { ipHealth { healthy flagged blacklisted } }\n  }\n": types.Legacy000IpStatusDocument,
    "\n  subscription LegacyWsSessionStarted { sessionStarted { ...Legacy000SessionFields } }\n": types.LegacyWsSessionStartedDocument,
    "\n  subscription LegacyWsSessionEnded { sessionEnded { ...Legacy000SessionFields } }\n": types.LegacyWsSessionEndedDocument,
    "\n  subscription LegacyWsEventLogged($sessionId: ID) { eventLogged(sessionId: $sessionId) { ...Legacy000EventFields } }\n": types.LegacyWsEventLoggedDocument,
    "\n  subscription LegacyWsStatsUpdated {\n    statsUpdated {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n": types.LegacyWsStatsUpdatedDocument,
    "query AdminTestUsers($first: Int, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role tier } } } }": types.AdminTestUsersDocument,
    "mutation AdminTestSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { id role } ... on Error { code message } } }": types.AdminTestSetRoleDocument,
    "mutation AdminTestSetTier($input: SetUserTierInput!) { setUserTier(input: $input) { __typename\n  ... on User { id tier } ... on Error { code message } } }": types.AdminTestSetTierDocument,
    "mutation AdminTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { id credits } transaction { id amount txType description balanceAfter } }\n  ... on ValidationError { fields { field } }\n  ... on Error { code message } } }": types.AdminTestGrantDocument,
    "query AdminTestTransactions($first: Int) { me { credits\n  transactions(first: $first) { totalCount edges { node { id amount txType description balanceAfter } } } } }": types.AdminTestTransactionsDocument,
    "query AdminTestMe { me { id role tier credits } }": types.AdminTestMeDocument,
    "mutation AdminTestSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { id isActive } ... on Error { code message } } }": types.AdminTestSetActiveDocument,
    "query AuthTestMe { me { email } }": types.AuthTestMeDocument,
    "query AuthTestMyKeys { me { apiKeys { edges { node { id } } } } }": types.AuthTestMyKeysDocument,
    "mutation AuthTestRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { isActive } } }": types.AuthTestRevokeKeyDocument,
    "mutation AuthTestRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { email username displayName } apiKey { key } }\n  ... on ValidationError { code fields { field message } }\n  ... on Error { code message details } } }": types.AuthTestRegisterDocument,
    "mutation AuthTestLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token tokenType expiresAt user { email } session { id } }\n  ... on RateLimitedError { retryAfter }\n  ... on Error { code message details } } }": types.AuthTestLoginDocument,
    "query AuthTestSessions { me { loginSessions { totalCount edges { node { id current isActive ip } } } } }": types.AuthTestSessionsDocument,
    "mutation AuthTestRevokeSession($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename\n  ... on LoginSession { id isActive revokedAt } ... on Error { code } } }": types.AuthTestRevokeSessionDocument,
    "mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": types.KeysTestCreateDocument,
    "mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }": types.KeysTestRevokeDocument,
    "query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount\n  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }": types.KeysTestListDocument,
    "query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }": types.KeysTestNodeDocument,
    "query KeysTestMeEmail { me { email } }": types.KeysTestMeEmailDocument,
    "query KeysTestMeId { me { id } }": types.KeysTestMeIdDocument,
    "mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }": types.KeysTestLoginDocument,
    "mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }": types.KeysTestGrantDocument,
    "query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.KeysTestNodesDocument,
    "query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }": types.KeysTestSelfDocument,
    "query AuthContractUsers { users(first: 1) { totalCount } }": types.AuthContractUsersDocument,
    "mutation AuthContractGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code } } }": types.AuthContractGrantDocument,
    "mutation AuthContractLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on Error { code message } } }": types.AuthContractLoginDocument,
    "subscription AuthContractWatch($userId: ID) { creditsChanged(userId: $userId) { balance } }": types.AuthContractWatchDocument,
    "mutation RebalanceTest { clusterRebalance { success message released { proxyChecks deliveries } } }": types.RebalanceTestDocument,
    "query RebalanceTestStatus { clusterStatus { role } }": types.RebalanceTestStatusDocument,
    "mutation ClusterCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on RateLimitedError { code retryAfter } ... on Error { code message } } }": types.ClusterCreateKeyDocument,
    "mutation ClusterRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id revokedAt } ... on Error { code message } } }": types.ClusterRevokeKeyDocument,
    "mutation ClusterGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }": types.ClusterGrantDocument,
    "query ClusterMe { me { id email } }": types.ClusterMeDocument,
    "subscription ClusterCredits { creditsChanged { balance amount transaction { id amount txType } } }": types.ClusterCreditsDocument,
    "subscription ClusterSpy($u: ID) { creditsChanged(userId: $u) { balance } }": types.ClusterSpyDocument,
    "mutation ConsoleTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.ConsoleTestGrantDocument,
    "mutation ConsoleTestAcquire { acquireProxy(input: { country: \"DE\" }) { __typename ... on Error { message } } }": types.ConsoleTestAcquireDocument,
    "mutation ConsoleTestSource($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id } } }": types.ConsoleTestSourceDocument,
    "mutation ConsoleTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { ok proxiesNew } } }": types.ConsoleTestScrapeDocument,
    "query ConsoleTestSessions { me { loginSessions { edges { node { id } } } } }": types.ConsoleTestSessionsDocument,
    "mutation ConsoleTestRevoke($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename } }": types.ConsoleTestRevokeDocument,
    "mutation ConsoleTestRegisterSession($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id } ... on Error { message } } }": types.ConsoleTestRegisterSessionDocument,
    "mutation ConsoleTestLogEvent($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename } }": types.ConsoleTestLogEventDocument,
    "mutation ConsoleTestEndSession($input: EndSessionInput!) { endSession(input: $input) { __typename } }": types.ConsoleTestEndSessionDocument,
    "mutation ConsoleTestKey($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { __typename\n  ... on CreatedVirtualKey { virtualKey { id } } } }": types.ConsoleTestKeyDocument,
    "mutation ConsoleTestBackend($input: CreateBackendInput!) { createBackend(input: $input) { __typename } }": types.ConsoleTestBackendDocument,
    "mutation ConsoleTestVhost($input: CreateVhostInput!) { createVhost(input: $input) { __typename } }": types.ConsoleTestVhostDocument,
    "mutation ConsoleTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }": types.ConsoleTestWebhookDocument,
    "query ControlTestHistory { configHistory(limit: 5) { version changes changedBy } }": types.ControlTestHistoryDocument,
    "subscription ControlLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }": types.ControlLogsDocument,
    "query ControlTestStatus { serverStatus { nodeId state pid workers connections { active idle total } } }": types.ControlTestStatusDocument,
    "query ControlTestMetrics { serverMetrics { requestsTotal errors4xx latencyP50Ms bytesIn bytesOut } }": types.ControlTestMetricsDocument,
    "query ControlTestCluster { clusterStatus { nodeId role leaderId nodes { id state role } } }": types.ControlTestClusterDocument,
    "subscription EdgeEventsChanged { edgeChanged { at } }": types.EdgeEventsChangedDocument,
    "mutation LimitsTestCreateKey { createApiKey(input: {}) { __typename\n  ... on CreatedApiKey { key } ... on RateLimitedError { code retryAfter details } } }": types.LimitsTestCreateKeyDocument,
    "query LimitsTestKeyCount { me { apiKeyCount } }": types.LimitsTestKeyCountDocument,
    "mutation CoercionMissing($input: RegisterInput!) { register(input: $input) { __typename } }": types.CoercionMissingDocument,
    "mutation CoercionEnum($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }": types.CoercionEnumDocument,
    "\n  mutation WsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreatedApiKey { key } ... on Error { code message } }\n  }\n": types.WsCreateKeyDocument,
    "query WsMe { me { email } }": types.WsMeDocument,
    "query HealthTestPublic { health { healthy ready errors } }": types.HealthTestPublicDocument,
    "query HealthTestErrors { health { errors } }": types.HealthTestErrorsDocument,
    "query HealthTestAdmin { health { errors databaseKind } }": types.HealthTestAdminDocument,
    "mutation HelpersRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }\n  ... on Error { code message } } }": types.HelpersRegisterDocument,
    "mutation HelpersLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token session { id } } ... on Error { code message } } }": types.HelpersLoginDocument,
    "mutation LeasesRaceAcquire { acquireProxy(input: { leaseDurationSeconds: 600 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id proxy { id } } }\n  ... on Error { code } } }": types.LeasesRaceAcquireDocument,
    "mutation LeasesRaceRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename ... on Error { code } } }": types.LeasesRaceReleaseDocument,
    "mutation LeasesTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity isLeased } } }\n  ... on InsufficientCreditsError { required balance }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": types.LeasesTestAcquireDocument,
    "mutation LeasesTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename\n  ... on Lease { id releasedAt isActive proxy { ip isLeased } }\n  ... on Error { code message } } }": types.LeasesTestReleaseDocument,
    "query LeasesTestMine($activeOnly: Boolean) { me { credits\n  leases(activeOnly: $activeOnly) { totalCount edges { node { id isActive proxy { ip } } } }\n  transactions(first: 5) { edges { node { amount txType description balanceAfter } } } } }": types.LeasesTestMineDocument,
    "query LeasesTestNode($id: ID!) { node(id: $id) { __typename ... on Lease { id } } }": types.LeasesTestNodeDocument,
    "mutation LeasesTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.LeasesTestGrantDocument,
    "query LeaseCredsTest($id: ID!) { node(id: $id) { ... on Lease { isActive proxyUsername proxyPassword proxy { username password } } } }": types.LeaseCredsTestDocument,
    "mutation LeaseCredsAcquire { acquireProxy(input: {}) { __typename\n  ... on AcquireProxyPayload { lease { id proxyUsername proxyPassword proxy { username password } } } } }": types.LeaseCredsAcquireDocument,
    "mutation LeaseCredsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": types.LeaseCredsReleaseDocument,
    "query LegacyRulesProxy($id: ID!) { proxy(id: $id) { id ip } }": types.LegacyRulesProxyDocument,
    "query LegacyRulesFiltered($filter: ProxyFilter) { proxies(first: 1, filter: $filter) { totalCount } }": types.LegacyRulesFilteredDocument,
    "query LegacyRulesEnums($name: String!) { __type(name: $name) { enumValues { name } } }": types.LegacyRulesEnumsDocument,
    "mutation LegacyWsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.LegacyWsGrantDocument,
    "mutation DeliveriesTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id } ... on Error { code message } } }": types.DeliveriesTestCreateDocument,
    "query DeliveriesTestList($status: DeliveryStatus, $first: Int) { notifiers { name\n  deliveries(status: $status, first: $first) { totalCount edges { node {\n    id event status attempts nextAttemptAt lastError createdAt deliveredAt payload notifier { name } } } } } }": types.DeliveriesTestListDocument,
    "query DeliveriesTestNode($id: ID!) { node(id: $id) { __typename ... on NotificationDelivery { id status } } }": types.DeliveriesTestNodeDocument,
    "subscription DeliveriesTestUpdated($notifierId: ID) { deliveryUpdated(notifierId: $notifierId) {\n  id status attempts lastError notifier { name } } }": types.DeliveriesTestUpdatedDocument,
    "mutation DeliveriesTestRetry($id: ID!) { retryDelivery(input: { id: $id }) { __typename\n  ... on NotificationDelivery { id status attempts } ... on Error { code message } } }": types.DeliveriesTestRetryDocument,
    "mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id name kind config events isActive healthy }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": types.NotifiersTestCreateDocument,
    "mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename\n  ... on Notifier { id name events isActive }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": types.NotifiersTestUpdateDocument,
    "mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename\n  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }": types.NotifiersTestDeleteDocument,
    "query NotifiersTestList { notifiers { id name healthy lastError } }": types.NotifiersTestListDocument,
    "query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }": types.NotifiersTestNodeDocument,
    "query NotifiersTestPlugins { plugins { notifiers { name healthy } } }": types.NotifiersTestPluginsDocument,
    "query NotifiersTestEvents { notificationEvents { name description } }": types.NotifiersTestEventsDocument,
    "mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }": types.NotifiersTestScrapeDocument,
    "mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.NotifiersTestGrantDocument,
    "mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }": types.NotifiersTestAcquireDocument,
    "query PoolHistoryTest($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active dead unchecked } }": types.PoolHistoryTestDocument,
    "subscription PoolSampledTest { poolSampled { takenAt total active dead unchecked } }": types.PoolSampledTestDocument,
    "mutation CheckProxiesTest($input: CheckProxiesInput!) { checkProxies(input: $input) { __typename\n  ... on CheckProxiesPayload { results { proxyId checked passed status score error proxy { status lastCheckedAt } } }\n  ... on Error { code message } } }": types.CheckProxiesTestDocument,
    "query ProxiesQueryTestList($first: Int, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n  proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags } } } }": types.ProxiesQueryTestListDocument,
    "query ProxiesQueryTestNode($id: ID!, $first: Int!) { node(id: $id) { __typename ... on Proxy {\n  ip username password hasCredentials recentChecks(first: $first) { checkerName stage passed latencyMs detail createdAt } } } }": types.ProxiesQueryTestNodeDocument,
    "query RedactionSourceNode($id: ID!) { node(id: $id) { ... on Source { url canManage } } }": types.RedactionSourceNodeDocument,
    "query RedactionSources { sources(first: 50) { edges { node { id url } } } }": types.RedactionSourcesDocument,
    "fragment SrcTestSource on Source {\n  id url parserName cronSchedule defaultProtocol options isActive lastScrapedAt nextScrapeAt lastError lastErrorAt canManage proxyCount }": types.SrcTestSourceFragmentDoc,
    "fragment SrcTestError on Error { __typename code message ... on ValidationError { fields { field message } } }": types.SrcTestErrorFragmentDoc,
    "mutation SrcTestCreate($input: CreateSourceInput!) { createSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }": types.SrcTestCreateDocument,
    "mutation SrcTestUpdate($input: UpdateSourceInput!) { updateSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }": types.SrcTestUpdateDocument,
    "mutation SrcTestDelete($input: DeleteSourceInput!) { deleteSource(input: $input) { __typename\n  ... on DeleteSourcePayload { deletedSourceId } ...SrcTestError } }": types.SrcTestDeleteDocument,
    "mutation SrcTestScrape($id: ID!) { scrapeSource(id: $id) { __typename\n  ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs ok error\n    run { proxiesDiscovered proxiesNew proxiesUpdated error finishedAt } source { id lastError lastScrapedAt } }\n  ...SrcTestError } }": types.SrcTestScrapeDocument,
    "query SrcTestList($isActive: Boolean, $first: Int, $after: String) { sources(isActive: $isActive, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id url isActive } } } }": types.SrcTestListDocument,
    "query SrcTestNode($id: ID!) { node(id: $id) { __typename ... on Source { id url canManage\n  scrapes(first: 5) { totalCount edges { node { error proxiesNew } } } } } }": types.SrcTestNodeDocument,
    "query SrcTestMe { me { id } }": types.SrcTestMeDocument,
    "subscription SrcTestCompleted($sourceId: ID) { scrapeCompleted(sourceId: $sourceId) { sourceId proxiesDiscovered ok error source { id } } }": types.SrcTestCompletedDocument,
    "subscription SrcTestAnon { scrapeCompleted { sourceId } }": types.SrcTestAnonDocument,
    "query ProxiesStatsTestPool { poolStats { totalProxies avgScore avgLatencyMs sourcesActive sourcesTotal lastScrapeAt lastValidationAt\n  byStatus { active dead unchecked } byProtocol { http https socks4 socks5 } byAnonymity { transparent anonymous elite } } }": types.ProxiesStatsTestPoolDocument,
    "query ProxiesStatsTestPlugins { plugins { parsers { name type } checkers { name stage priority } notifiers { name kind healthy isActive subscribesTo } } }": types.ProxiesStatsTestPluginsDocument,
    "mutation ProxSubsAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id } } ... on Error { code message } } }": types.ProxSubsAcquireDocument,
    "mutation ProxSubsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": types.ProxSubsReleaseDocument,
    "mutation ProxSubsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.ProxSubsGrantDocument,
    "subscription ProxSubsExpiring($userId: ID) { leaseExpiring(userId: $userId) { id expiresAt releasedAt isActive } }": types.ProxSubsExpiringDocument,
    "subscription ProxSubsEnded($userId: ID) { leaseEnded(userId: $userId) { id releasedAt isActive proxy { ip } } }": types.ProxSubsEndedDocument,
    "subscription ProxSubsStatus { proxyStatusChanged { oldStatus newStatus proxy { id ip status } } }": types.ProxSubsStatusDocument,
    "subscription ProxSubsStats { poolStats { totalProxies byStatus { active dead unchecked } } }": types.ProxSubsStatsDocument,
    "mutation UrlTestTestProxies($input: TestProxiesInput!) { testProxies(input: $input) { __typename\n  ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }": types.UrlTestTestProxiesDocument,
    "query UrlTestCredits { me { credits } }": types.UrlTestCreditsDocument,
    "query ExportTestLink($filter: SessionFilter) { sessionsExportLink(filter: $filter) { url expiresAt } }": types.ExportTestLinkDocument,
    "query ExportTestEventsLink { sessionEventsExportLink { url } }": types.ExportTestEventsLinkDocument,
    "mutation HealthTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status targetHost proxy } ... on Error { code message } } }": types.HealthTestRegisterDocument,
    "mutation HealthTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status } } ... on Error { code message } } }": types.HealthTestEndDocument,
    "mutation HealthTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type } ... on Error { code message } } }": types.HealthTestLogDocument,
    "query HealthTestHealth($filter: IpHealthFilter) { ipHealth(first: 50, filter: $filter) { totalCount\n  edges { node { proxyAddress targetHost status successes failures blocks successRate proxy { ip } } } } }": types.HealthTestHealthDocument,
    "mutation HealthTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id proxy { ip } } } ... on Error { code message } } }": types.HealthTestAcquireDocument,
    "mutation HealthTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": types.HealthTestReleaseDocument,
    "query HealthTestHosts($userId: ID) { sessionStats(userId: $userId) { hostStats { targetHost sessions successful failed\n  successRate avgDurationSeconds ipHealth { healthy flagged blacklisted } } } }": types.HealthTestHostsDocument,
    "mutation HealthTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.HealthTestGrantDocument,
    "mutation LiveTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status profileId targetHost proxy country startedAt } ... on Error { code message } } }": types.LiveTestRegisterDocument,
    "mutation LiveTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status success durationSeconds error endedAt } } ... on Error { code message } } }": types.LiveTestEndDocument,
    "mutation LiveTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type details sessionId } ... on ValidationError { fields { field message } } ... on Error { code message } } }": types.LiveTestLogDocument,
    "query LiveTestList($filter: SessionFilter, $events: SessionEventFilter) {\n  automationSessions(first: 10, filter: $filter) { totalCount edges { node { id status events(first: 5) { totalCount edges { node { type } } } } } }\n  sessionEvents(first: 10, filter: $events) { totalCount edges { node { type session { id } } } } }": types.LiveTestListDocument,
    "query LiveTestNode($id: ID!) { node(id: $id) { __typename ... on AutomationSession { id } } }": types.LiveTestNodeDocument,
    "query LiveTestStats { sessionStats { total active successful failed successRate ipHealth { healthy } } }": types.LiveTestStatsDocument,
    "subscription LiveTestEvents($sessionId: ID) { eventLogged(sessionId: $sessionId) { id type details session { id } } }": types.LiveTestEventsDocument,
    "subscription LiveTestStatsSub { statsUpdated { total active } }": types.LiveTestStatsSubDocument,
    "mutation LiveTestAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename ... on AcquireProxyPayload { lease { id isActive } } } }": types.LiveTestAcquireDocument,
    "query LiveTestLease($id: ID!) { node(id: $id) { ... on Lease { isActive } } }": types.LiveTestLeaseDocument,
    "mutation LiveTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.LiveTestGrantDocument,
    "subscription ShutdownTestCredits { creditsChanged { balance amount } }": types.ShutdownTestCreditsDocument,
    "mutation ShutdownTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.ShutdownTestGrantDocument,
    "query SmokeMe { me { email credits role tier } }": types.SmokeMeDocument,
    "query SqlCountProxies($first: Int!) {\n  proxies(first: $first) { edges { node { id ip recentChecks { passed latencyMs } } } } }": types.SqlCountProxiesDocument,
    "query SqlCountProxiesTotal($first: Int!) {\n  proxies(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id isLeased hasCredentials recentChecks(first: 2) { passed } } } } }": types.SqlCountProxiesTotalDocument,
    "query SqlCountSources($first: Int!) {\n  sources(first: $first) { totalCount edges { node { id url canManage proxyCount\n    scrapes(first: 3) { totalCount edges { node { startedAt proxiesNew } } } } } } }": types.SqlCountSourcesDocument,
    "query SqlCountUsers($first: Int!) {\n  users(first: $first) { totalCount edges { node { id email credits apiKeyCount } } } }": types.SqlCountUsersDocument,
    "query SqlCountMyKeys($first: Int!) {\n  me { apiKeyCount apiKeys(first: $first, includeRevoked: true) { totalCount edges { node { id prefix isActive } } } } }": types.SqlCountMyKeysDocument,
    "query SqlCountMyLeases($first: Int!) {\n  me { leases(first: $first, activeOnly: false) { totalCount edges { node { id isActive proxy { ip recentChecks(first: 2) { passed } } } } } } }": types.SqlCountMyLeasesDocument,
    "query SqlCountMySessions($first: Int!) {\n  me { loginSessions(first: $first, activeOnly: false) { totalCount edges { node { id current isActive } } } } }": types.SqlCountMySessionsDocument,
    "query SqlCountMyTransactions($first: Int!) {\n  me { transactions(first: $first) { totalCount edges { node { id amount txType } } } } }": types.SqlCountMyTransactionsDocument,
    "query SqlCountProbeJobs($first: Int!) {\n  probeJobs(first: $first) { totalCount edges { node { id kind target success user { email probeJobCount } } } } }": types.SqlCountProbeJobsDocument,
    "query SqlCountProbePage($first: Int!) {\n  probeJobPage(limit: $first, offset: 0) { total jobs { id legacyId kind parameters } } }": types.SqlCountProbePageDocument,
    "query SqlCountVirtualKeys($first: Int!) {\n  virtualKeys(first: $first) { totalCount edges { node { id legacyId name owner { email } spendMonthUsd budgetRemainingUsd budgetRunwayDate } } } }": types.SqlCountVirtualKeysDocument,
    "query SqlCountUsageEvents($first: Int!) {\n  usageEvents(first: $first) { totalCount edges { node { id legacyId costUsd virtualKey { legacyId name } user { email } } } } }": types.SqlCountUsageEventsDocument,
    "mutation SqlCountGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }": types.SqlCountGrantDocument,
    "mutation SqlCountSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }": types.SqlCountSetRoleDocument,
    "mutation SqlCountAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id } } } }": types.SqlCountAcquireDocument,
    "mutation SqlCountRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }": types.SqlCountReleaseDocument,
    "query SqlCountMe { me { id email displayName role tier credits createdAt } }": types.SqlCountMeDocument,
    "query SqlCountPoolHistory($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active } }": types.SqlCountPoolHistoryDocument,
    "query SqlCountPoolStats { poolStats { totalProxies byStatus { active } } }": types.SqlCountPoolStatsDocument,
    "query SqlCountPoolStatsCountry { poolStats { totalProxies byStatus { active } byCountry(first: 50) { country count } } }": types.SqlCountPoolStatsCountryDocument,
    "query SqlCountMeCount { me { id apiKeyCount } }": types.SqlCountMeCountDocument,
    "query SqlCountClusterNodes { clusterStatus { leaderId nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } } } }": types.SqlCountClusterNodesDocument,
    "query SqlCountNotifiers { notifiers { id name config events healthy } }": types.SqlCountNotifiersDocument,
    "query SqlCountNotifierDeliveries { notifiers { id name\n  deliveries(first: 3) { totalCount edges { node { id event status attempts } } } } }": types.SqlCountNotifierDeliveriesDocument,
    "query SqlCountVhosts($first: Int!) {\n  vhosts(first: $first) { totalCount edges { node { id domains priority tls backend { name target health inRotation } } } } }": types.SqlCountVhostsDocument,
    "query SqlCountBackends($first: Int!) {\n  backends(first: $first, offset: 1) { totalCount edges { node { name status health inRotation uptimeSeconds vhostCount } } } }": types.SqlCountBackendsDocument,
    "query SqlCountWebhooks($first: Int!) {\n  webhooks(first: $first) { totalCount edges { node { id url events healthy } } } }": types.SqlCountWebhooksDocument,
    "query SqlCountAllSessions($first: Int!) {\n  allLoginSessions(first: $first, sort: LAST_ACCESSED) { totalCount edges { node { id isActive user { id email } } } } }": types.SqlCountAllSessionsDocument,
    "query SqlCountAutomationSessions($first: Int!) {\n  automationSessions(first: $first) { totalCount edges { node { id status proxy events(first: 3) { totalCount edges { node { type details } } } } } } }": types.SqlCountAutomationSessionsDocument,
    "query SqlCountSessionEvents($first: Int!) {\n  sessionEvents(first: $first) { totalCount edges { node { id type session { id status } } } } }": types.SqlCountSessionEventsDocument,
    "query SqlCountSessionPage($first: Int!) {\n  automationSessionPage(page: 1, perPage: $first) { total items { id status events(first: 2) { edges { node { type } } } } } }": types.SqlCountSessionPageDocument,
    "query SqlCountIpHealth($first: Int!) {\n  ipHealth(first: $first) { totalCount edges { node { id status successRate avgLatencyMs proxy { ip recentChecks(first: 2) { passed } } } } } }": types.SqlCountIpHealthDocument,
    "subscription StreamRevWatch($userId: ID) { creditsChanged(userId: $userId) { balance amount } }": types.StreamRevWatchDocument,
    "mutation StreamRevGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }": types.StreamRevGrantDocument,
    "mutation StreamRevCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on Error { code message } } }": types.StreamRevCreateKeyDocument,
    "mutation StreamRevRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id } ... on Error { code message } } }": types.StreamRevRevokeKeyDocument,
    "mutation StreamRevRevokeSession($input: RevokeLoginSessionInput!) { revokeLoginSession(input: $input) {\n  __typename ... on LoginSession { id } ... on Error { code message } } }": types.StreamRevRevokeSessionDocument,
    "mutation StreamRevSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { role } ... on Error { code message } } }": types.StreamRevSetRoleDocument,
    "mutation StreamRevSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { isActive } ... on Error { code message } } }": types.StreamRevSetActiveDocument,
    "subscription SubsTestWatch($userId: ID) { creditsChanged(userId: $userId) {\n  balance amount transaction { id txType amount balanceAfter } } }": types.SubsTestWatchDocument,
    "mutation SubsTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) {\n  ... on GrantCreditsPayload { __typename transaction { id } } } }": types.SubsTestGrantDocument,
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
export function graphql(source: "\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy002RevokeKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { id }\n      ... on Error { code message details }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003DeleteKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      __typename\n      ... on ApiKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount probeJobCount } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy003AdminUsers {\n    users(first: 100) {\n      edges { node { legacyId username email role tier isActive createdAt apiKeyCount probeJobCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003SetRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003SetTier($input: SetUserTierInput!) {\n    setUserTier(input: $input) {\n      __typename\n      ... on User { legacyId username email role tier isActive }\n      ... on Error { code message details }\n    }\n  }\n"];
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
export function graphql(source: "query LegacyV1Config { runningConfig }"): (typeof documents)["query LegacyV1Config { runningConfig }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LegacyV1UpdateConfig($settings: JSON!) {\n      updateConfig(settings: $settings) {\n        __typename\n        ... on UpdateConfigPayload { version restartRequired changes restartOnly }\n        ... on Error { code message details }\n      }\n    }\n  "): (typeof documents)["\n    mutation LegacyV1UpdateConfig($settings: JSON!) {\n      updateConfig(settings: $settings) {\n        __typename\n        ... on UpdateConfigPayload { version restartRequired changes restartOnly }\n        ... on Error { code message details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LegacyV1Reload { reloadConfig }"): (typeof documents)["mutation LegacyV1Reload { reloadConfig }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyV1Status {\n      serverStatus { nodeId state version uptimeSeconds startedAt pid workers connections { active idle total } }\n    }\n  "): (typeof documents)["\n    query LegacyV1Status {\n      serverStatus { nodeId state version uptimeSeconds startedAt pid workers connections { active idle total } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyV1Metrics {\n      serverMetrics {\n        requestsTotal requestsPerSecond requestsPerMinute latencyP50Ms latencyP95Ms latencyP99Ms latencyAvgMs\n        bytesIn bytesOut bytesInPerSecond bytesOutPerSecond errors4xx errors5xx errorRate\n      }\n    }\n  "): (typeof documents)["\n    query LegacyV1Metrics {\n      serverMetrics {\n        requestsTotal requestsPerSecond requestsPerMinute latencyP50Ms latencyP95Ms latencyP99Ms latencyAvgMs\n        bytesIn bytesOut bytesInPerSecond bytesOutPerSecond errors4xx errors5xx errorRate\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LegacyV1Shutdown($input: ShutdownInput) {\n      shutdown(input: $input) {\n        __typename\n        ... on ShutdownPayload { timeoutSeconds force }\n        ... on Error { code message details }\n      }\n    }\n  "): (typeof documents)["\n    mutation LegacyV1Shutdown($input: ShutdownInput) {\n      shutdown(input: $input) {\n        __typename\n        ... on ShutdownPayload { timeoutSeconds force }\n        ... on Error { code message details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClusterStatusFields on ClusterStatus {\n    enabled nodeId role clusterName leaderId\n    nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n  }\n"): (typeof documents)["\n  fragment ClusterStatusFields on ClusterStatus {\n    enabled nodeId role clusterName leaderId\n    nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyV1ClusterStatus { clusterStatus { ...ClusterStatusFields } }"): (typeof documents)["query LegacyV1ClusterStatus { clusterStatus { ...ClusterStatusFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyV1ClusterNodes { clusterStatus { ...ClusterStatusFields } }"): (typeof documents)["query LegacyV1ClusterNodes { clusterStatus { ...ClusterStatusFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyV1ClusterNode($id: String!) {\n      clusterNode(id: $id) { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n    }\n  "): (typeof documents)["\n    query LegacyV1ClusterNode($id: String!) {\n      clusterNode(id: $id) { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LegacyV1ClusterElection { clusterElection { success message status { ...ClusterStatusFields } } }"): (typeof documents)["mutation LegacyV1ClusterElection { clusterElection { success message status { ...ClusterStatusFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LegacyV1ClusterLeave { clusterLeave { success message status { ...ClusterStatusFields } } }"): (typeof documents)["mutation LegacyV1ClusterLeave { clusterLeave { success message status { ...ClusterStatusFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LegacyV1ClusterRebalance { clusterRebalance { success message status { ...ClusterStatusFields } released { proxyChecks deliveries } } }"): (typeof documents)["mutation LegacyV1ClusterRebalance { clusterRebalance { success message status { ...ClusterStatusFields } released { proxyChecks deliveries } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation LegacyV1ClusterJoin($input: ClusterJoinInput) {\n      clusterJoin(input: $input) {\n        __typename\n        ... on ClusterActionPayload { success message status { ...ClusterStatusFields } }\n        ... on Error { code message details }\n      }\n    }\n  "): (typeof documents)["\n    mutation LegacyV1ClusterJoin($input: ClusterJoinInput) {\n      clusterJoin(input: $input) {\n        __typename\n        ... on ClusterActionPayload { success message status { ...ClusterStatusFields } }\n        ... on Error { code message details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  "): (typeof documents)["\n    query LegacyHealth {\n      health {\n        healthy\n        timestamp\n        version\n        uptimeSeconds\n        database\n        redis\n        diskSpace\n        memory\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  "): (typeof documents)["\n    query LegacyReady {\n      health {\n        ready\n        databaseKind\n        database\n        redis\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  "): (typeof documents)["\n    query LegacyHealthz {\n      health {\n        healthy\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsMetrics($interval: Int) {\n    metrics(intervalSeconds: $interval) { timestamp requestsPerSecond load { cpu memory connections } }\n  }\n"): (typeof documents)["\n  subscription LegacyWsMetrics($interval: Int) {\n    metrics(intervalSeconds: $interval) { timestamp requestsPerSecond load { cpu memory connections } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LegacyWsClusterEvents { clusterEvents { event nodeId address at } }"): (typeof documents)["subscription LegacyWsClusterEvents { clusterEvents { event nodeId address at } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LegacyWsLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }"): (typeof documents)["subscription LegacyWsLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy001SessionFields on LoginSession {\n    id createdAt lastAccessAt expiresAt revokedAt isActive ip userAgent user { id }\n  }\n"): (typeof documents)["\n  fragment Legacy001SessionFields on LoginSession {\n    id createdAt lastAccessAt expiresAt revokedAt isActive ip userAgent user { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001Sessions($first: Int!, $offset: Int, $active: Boolean, $userId: ID, $sort: LoginSessionSort, $order: LoginSessionOrder) {\n      allLoginSessions(first: $first, offset: $offset, active: $active, userId: $userId, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001SessionFields } }\n      }\n    }\n  "): (typeof documents)["\n    query Legacy001Sessions($first: Int!, $offset: Int, $active: Boolean, $userId: ID, $sort: LoginSessionSort, $order: LoginSessionOrder) {\n      allLoginSessions(first: $first, offset: $offset, active: $active, userId: $userId, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001SessionFields } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001Session($id: ID!) {\n      adminLoginSession(id: $id) { ...Legacy001SessionFields }\n    }\n  "): (typeof documents)["\n    query Legacy001Session($id: ID!) {\n      adminLoginSession(id: $id) { ...Legacy001SessionFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001InvalidateSession($id: ID!) {\n      invalidateLoginSession(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001InvalidateSession($id: ID!) {\n      invalidateLoginSession(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001ClearSessions {\n      clearLoginSessions { cleared }\n    }\n  "): (typeof documents)["\n    mutation Legacy001ClearSessions {\n      clearLoginSessions { cleared }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy001BackendFields on Backend {\n    name target healthCheckPath healthCheckInterval status health inRotation restarts uptimeSeconds startedAt createdAt\n  }\n"): (typeof documents)["\n  fragment Legacy001BackendFields on Backend {\n    name target healthCheckPath healthCheckInterval status health inRotation restarts uptimeSeconds startedAt createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy001BackendHealthFields on Backend {\n    name health inRotation lastCheckAt lastResponseMs lastStatusCode lastError checksPassed checksFailed\n  }\n"): (typeof documents)["\n  fragment Legacy001BackendHealthFields on Backend {\n    name health inRotation lastCheckAt lastResponseMs lastStatusCode lastError checksPassed checksFailed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy001VhostFields on Vhost {\n    id domains priority tls createdAt backend { name target health inRotation }\n  }\n"): (typeof documents)["\n  fragment Legacy001VhostFields on Vhost {\n    id domains priority tls createdAt backend { name target health inRotation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001Vhosts($first: Int!, $offset: Int, $sort: VhostSort, $order: EdgeSortOrder) {\n      vhosts(first: $first, offset: $offset, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001VhostFields } }\n      }\n    }\n  "): (typeof documents)["\n    query Legacy001Vhosts($first: Int!, $offset: Int, $sort: VhostSort, $order: EdgeSortOrder) {\n      vhosts(first: $first, offset: $offset, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001VhostFields } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001CreateVhost($input: CreateVhostInput!) {\n      createVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001CreateVhost($input: CreateVhostInput!) {\n      createVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001UpdateVhost($input: UpdateVhostInput!) {\n      updateVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n        ... on NotFoundError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001UpdateVhost($input: UpdateVhostInput!) {\n      updateVhost(input: $input) {\n        __typename\n        ... on Vhost { ...Legacy001VhostFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n        ... on NotFoundError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001DeleteVhost($id: ID!) {\n      deleteVhost(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001DeleteVhost($id: ID!) {\n      deleteVhost(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001Backends($first: Int!, $offset: Int, $sort: BackendSort, $order: EdgeSortOrder, $status: BackendStatus, $health: BackendHealth) {\n      backends(first: $first, offset: $offset, sort: $sort, order: $order, status: $status, health: $health) {\n        totalCount\n        edges { node { ...Legacy001BackendFields } }\n      }\n    }\n  "): (typeof documents)["\n    query Legacy001Backends($first: Int!, $offset: Int, $sort: BackendSort, $order: EdgeSortOrder, $status: BackendStatus, $health: BackendHealth) {\n      backends(first: $first, offset: $offset, sort: $sort, order: $order, status: $status, health: $health) {\n        totalCount\n        edges { node { ...Legacy001BackendFields } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001CreateBackend($input: CreateBackendInput!) {\n      createBackend(input: $input) {\n        __typename\n        ... on Backend { ...Legacy001BackendFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001CreateBackend($input: CreateBackendInput!) {\n      createBackend(input: $input) {\n        __typename\n        ... on Backend { ...Legacy001BackendFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001DeleteBackend($name: String!) {\n      deleteBackend(name: $name) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001DeleteBackend($name: String!) {\n      deleteBackend(name: $name) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n        ... on ConflictError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001BackendHealth($name: String!) {\n      backend(name: $name) { ...Legacy001BackendHealthFields }\n    }\n  "): (typeof documents)["\n    query Legacy001BackendHealth($name: String!) {\n      backend(name: $name) { ...Legacy001BackendHealthFields }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy001ControlBackend($name: String!, $action: BackendAction!) {\n    controlBackend(name: $name, action: $action) {\n      __typename\n      ... on Backend { ...Legacy001BackendFields }\n      ... on Error { code message }\n      ... on NotFoundError { details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy001ControlBackend($name: String!, $action: BackendAction!) {\n    controlBackend(name: $name, action: $action) {\n      __typename\n      ... on Backend { ...Legacy001BackendFields }\n      ... on Error { code message }\n      ... on NotFoundError { details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy004CreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) {\n      __typename\n      ... on CreatedVirtualKey { key virtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt } }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy004CreateVirtualKey($input: CreateVirtualKeyInput!) {\n    createVirtualKey(input: $input) {\n      __typename\n      ... on CreatedVirtualKey { key virtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt } }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy004UpdateVirtualKey($input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy004UpdateVirtualKey($input: UpdateVirtualKeyInput!) {\n    updateVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n        maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n        spendMonthUsd budgetRemainingUsd createdAt }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy004RevokeVirtualKey($input: RevokeVirtualKeyInput!) {\n    revokeVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy004RevokeVirtualKey($input: RevokeVirtualKeyInput!) {\n    revokeVirtualKey(input: $input) {\n      __typename\n      ... on VirtualKey { legacyId }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy004VirtualKeys($first: Int) {\n    virtualKeys(first: $first) { edges { node { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt } } }\n  }\n"): (typeof documents)["\n  query Legacy004VirtualKeys($first: Int) {\n    virtualKeys(first: $first) { edges { node { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy004VirtualKey($legacyId: Int!) {\n    virtualKey(legacyId: $legacyId) { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt }\n  }\n"): (typeof documents)["\n  query Legacy004VirtualKey($legacyId: Int!) {\n    virtualKey(legacyId: $legacyId) { legacyId keyPreview name userEmail costCentre environment agentName project monthlyBudgetUsd\n      maxTokensPerRequest maxReasoningTokens tokenCapMode allowedModels rpmLimit tpmLimit cacheTtlSeconds isActive\n      spendMonthUsd budgetRemainingUsd createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy004UsageEvents($first: Int, $filter: UsageEventFilter) {\n    usageEvents(first: $first, filter: $filter) {\n      edges { node {\n        legacyId virtualKey { legacyId } user { legacyId email } project provider model endpoint status streamed\n        inputTokens outputTokens cachedTokens reasoningTokens costUsd savedUsd cacheHit latencyMs ttftMs promptHash error createdAt\n      } }\n    }\n  }\n"): (typeof documents)["\n  query Legacy004UsageEvents($first: Int, $filter: UsageEventFilter) {\n    usageEvents(first: $first, filter: $filter) {\n      edges { node {\n        legacyId virtualKey { legacyId } user { legacyId email } project provider model endpoint status streamed\n        inputTokens outputTokens cachedTokens reasoningTokens costUsd savedUsd cacheHit latencyMs ttftMs promptHash error createdAt\n      } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy004MetricsOverview {\n    gatewaySpend {\n      spendTodayUsd spendMonthUsd spendYearUsd forecastMonthEndUsd totalRequests totalTokens\n      topUsers { userEmail totalCostUsd requestCount }\n      topProjects { projectName totalCostUsd requestCount }\n      waste { repeatedPromptsCount estimatedWasteUsd topRepeatedHashes { hash count estimatedWasteUsd } }\n      cache { hits savedUsd }\n    }\n  }\n"): (typeof documents)["\n  query Legacy004MetricsOverview {\n    gatewaySpend {\n      spendTodayUsd spendMonthUsd spendYearUsd forecastMonthEndUsd totalRequests totalTokens\n      topUsers { userEmail totalCostUsd requestCount }\n      topProjects { projectName totalCostUsd requestCount }\n      waste { repeatedPromptsCount estimatedWasteUsd topRepeatedHashes { hash count estimatedWasteUsd } }\n      cache { hits savedUsd }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy001WebhookFields on Notifier {\n    id url events isActive healthy lastError lastErrorAt createdAt\n  }\n"): (typeof documents)["\n  fragment Legacy001WebhookFields on Notifier {\n    id url events isActive healthy lastError lastErrorAt createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Legacy001Webhooks($first: Int!, $offset: Int, $active: Boolean, $sort: WebhookSort, $order: WebhookOrder) {\n      webhooks(first: $first, offset: $offset, active: $active, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001WebhookFields } }\n      }\n    }\n  "): (typeof documents)["\n    query Legacy001Webhooks($first: Int!, $offset: Int, $active: Boolean, $sort: WebhookSort, $order: WebhookOrder) {\n      webhooks(first: $first, offset: $offset, active: $active, sort: $sort, order: $order) {\n        totalCount\n        edges { node { ...Legacy001WebhookFields } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001CreateWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        __typename\n        ... on Notifier { ...Legacy001WebhookFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001CreateWebhook($input: CreateWebhookInput!) {\n      createWebhook(input: $input) {\n        __typename\n        ... on Notifier { ...Legacy001WebhookFields }\n        ... on Error { code message }\n        ... on ValidationError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Legacy001DeleteWebhook($id: ID!) {\n      deleteWebhook(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "): (typeof documents)["\n    mutation Legacy001DeleteWebhook($id: ID!) {\n      deleteWebhook(id: $id) {\n        __typename\n        ... on Error { code message }\n        ... on NotFoundError { details }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy003RunProbe($input: ProbeInput!) {\n    runProbe(input: $input) {\n      __typename\n      ... on RunProbePayload {\n        job { legacyId kind target success resultText createdAt }\n        quota { limitDay remainingDay limitMonth remainingMonth reset }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy003RunProbe($input: ProbeInput!) {\n    runProbe(input: $input) {\n      __typename\n      ... on RunProbePayload {\n        job { legacyId kind target success resultText createdAt }\n        quota { limitDay remainingDay limitMonth remainingMonth reset }\n      }\n      ... on Error { code message details }\n      ... on RateLimitedError { retryAfter }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003History($limit: Int!, $offset: Int!) {\n    probeJobPage(limit: $limit, offset: $offset) {\n      total limit offset\n      jobs { legacyId kind target parameters success createdAt }\n    }\n  }\n"): (typeof documents)["\n  query Legacy003History($limit: Int!, $offset: Int!) {\n    probeJobPage(limit: $limit, offset: $offset) {\n      total limit offset\n      jobs { legacyId kind target parameters success createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy003Status {\n    systemStatus {\n      version uptimeSeconds memoryRssBytes memoryTotalBytes cpuPercent databaseStatus databaseSizeBytes\n      usersCount apiKeysCount probeJobsCount requestsToday requestsThisMonth averageResponseMs\n    }\n  }\n"): (typeof documents)["\n  query Legacy003Status {\n    systemStatus {\n      version uptimeSeconds memoryRssBytes memoryTotalBytes cpuPercent databaseStatus databaseSizeBytes\n      usersCount apiKeysCount probeJobsCount requestsToday requestsThisMonth averageResponseMs\n    }\n  }\n"];
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
export function graphql(source: "\n  query Legacy002Proxy($id: ID!) {\n    proxy(id: $id) {\n      ...Legacy002ProxyFields\n      recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt }\n    }\n  }\n"): (typeof documents)["\n  query Legacy002Proxy($id: ID!) {\n    proxy(id: $id) {\n      ...Legacy002ProxyFields\n      recentChecks(first: 20) { checkerName stage passed latencyMs detail createdAt }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsProxyStatus {\n    proxyStatusChanged { oldStatus newStatus proxy { id ip port protocol country } }\n  }\n"): (typeof documents)["\n  subscription LegacyWsProxyStatus {\n    proxyStatusChanged { oldStatus newStatus proxy { id ip port protocol country } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegacyWsLeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol }\n  }\n"): (typeof documents)["\n  fragment LegacyWsLeaseFields on Lease {\n    id createdAt expiresAt releasedAt isActive proxy { id ip port protocol }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsLeaseEnded($userId: ID) {\n    leaseEnded(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n"): (typeof documents)["\n  subscription LegacyWsLeaseEnded($userId: ID) {\n    leaseEnded(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsLeaseExpiring($userId: ID) {\n    leaseExpiring(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n"): (typeof documents)["\n  subscription LegacyWsLeaseExpiring($userId: ID) {\n    leaseExpiring(userId: $userId) { ...LegacyWsLeaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy000SessionFields on AutomationSession {\n    id profileId device targetUrl proxy country status success durationSeconds error startedAt endedAt\n  }\n"): (typeof documents)["\n  fragment Legacy000SessionFields on AutomationSession {\n    id profileId device targetUrl proxy country status success durationSeconds error startedAt endedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Legacy000EventFields on SessionEvent {\n    id sessionId type details createdAt\n  }\n"): (typeof documents)["\n  fragment Legacy000EventFields on SessionEvent {\n    id sessionId type details createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy000Sessions($page: Int!, $perPage: Int!, $filter: SessionFilter) {\n    automationSessionPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000SessionFields } }\n  }\n"): (typeof documents)["\n  query Legacy000Sessions($page: Int!, $perPage: Int!, $filter: SessionFilter) {\n    automationSessionPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000SessionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy000Register($input: RegisterSessionInput!) {\n    registerSession(input: $input) { __typename ... on AutomationSession { ...Legacy000SessionFields } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy000Register($input: RegisterSessionInput!) {\n    registerSession(input: $input) { __typename ... on AutomationSession { ...Legacy000SessionFields } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy000End($input: EndSessionInput!) {\n    endSession(input: $input) {\n      __typename\n      ... on EndSessionPayload { leaseReleased session { ...Legacy000SessionFields } }\n      ... on Error { code message details }\n    }\n  }\n"): (typeof documents)["\n  mutation Legacy000End($input: EndSessionInput!) {\n    endSession(input: $input) {\n      __typename\n      ... on EndSessionPayload { leaseReleased session { ...Legacy000SessionFields } }\n      ... on Error { code message details }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy000Events($page: Int!, $perPage: Int!, $filter: SessionEventFilter) {\n    sessionEventPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000EventFields } }\n  }\n"): (typeof documents)["\n  query Legacy000Events($page: Int!, $perPage: Int!, $filter: SessionEventFilter) {\n    sessionEventPage(page: $page, perPage: $perPage, filter: $filter) { total page perPage items { ...Legacy000EventFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Legacy000Log($input: LogSessionEventInput!) {\n    logSessionEvent(input: $input) { __typename ... on SessionEvent { ...Legacy000EventFields } ... on Error { code message details } }\n  }\n"): (typeof documents)["\n  mutation Legacy000Log($input: LogSessionEventInput!) {\n    logSessionEvent(input: $input) { __typename ... on SessionEvent { ...Legacy000EventFields } ... on Error { code message details } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy000Stats {\n    sessionStats {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n"): (typeof documents)["\n  query Legacy000Stats {\n    sessionStats {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Legacy000IpStatus($first: Int!, $filter: IpHealthFilter) {\n    ipHealth(first: $first, filter: $filter) { edges { node { proxyAddress targetHost successRate avgLatencyMs status successes failures blocks } } }\n    sessionStats { ipHealth { healthy flagged blacklisted } }\n  }\n"): (typeof documents)["\n  query Legacy000IpStatus($first: Int!, $filter: IpHealthFilter) {\n    ipHealth(first: $first, filter: $filter) { edges { node { proxyAddress targetHost successRate avgLatencyMs status successes failures blocks } } }\n    sessionStats { ipHealth { healthy flagged blacklisted } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsSessionStarted { sessionStarted { ...Legacy000SessionFields } }\n"): (typeof documents)["\n  subscription LegacyWsSessionStarted { sessionStarted { ...Legacy000SessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsSessionEnded { sessionEnded { ...Legacy000SessionFields } }\n"): (typeof documents)["\n  subscription LegacyWsSessionEnded { sessionEnded { ...Legacy000SessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsEventLogged($sessionId: ID) { eventLogged(sessionId: $sessionId) { ...Legacy000EventFields } }\n"): (typeof documents)["\n  subscription LegacyWsEventLogged($sessionId: ID) { eventLogged(sessionId: $sessionId) { ...Legacy000EventFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LegacyWsStatsUpdated {\n    statsUpdated {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n"): (typeof documents)["\n  subscription LegacyWsStatsUpdated {\n    statsUpdated {\n      total active successful failed successRate\n      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }\n      ipHealth { healthy flagged blacklisted }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestUsers($first: Int, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role tier } } } }"): (typeof documents)["query AdminTestUsers($first: Int, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id email role tier } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { id role } ... on Error { code message } } }"): (typeof documents)["mutation AdminTestSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { id role } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestSetTier($input: SetUserTierInput!) { setUserTier(input: $input) { __typename\n  ... on User { id tier } ... on Error { code message } } }"): (typeof documents)["mutation AdminTestSetTier($input: SetUserTierInput!) { setUserTier(input: $input) { __typename\n  ... on User { id tier } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { id credits } transaction { id amount txType description balanceAfter } }\n  ... on ValidationError { fields { field } }\n  ... on Error { code message } } }"): (typeof documents)["mutation AdminTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { id credits } transaction { id amount txType description balanceAfter } }\n  ... on ValidationError { fields { field } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestTransactions($first: Int) { me { credits\n  transactions(first: $first) { totalCount edges { node { id amount txType description balanceAfter } } } } }"): (typeof documents)["query AdminTestTransactions($first: Int) { me { credits\n  transactions(first: $first) { totalCount edges { node { id amount txType description balanceAfter } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminTestMe { me { id role tier credits } }"): (typeof documents)["query AdminTestMe { me { id role tier credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AdminTestSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { id isActive } ... on Error { code message } } }"): (typeof documents)["mutation AdminTestSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { id isActive } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTestMe { me { email } }"): (typeof documents)["query AuthTestMe { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTestMyKeys { me { apiKeys { edges { node { id } } } } }"): (typeof documents)["query AuthTestMyKeys { me { apiKeys { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTestRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { isActive } } }"): (typeof documents)["mutation AuthTestRevokeKey($id: ID!) { revokeApiKey(input: { id: $id }) { __typename ... on ApiKey { isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTestRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { email username displayName } apiKey { key } }\n  ... on ValidationError { code fields { field message } }\n  ... on Error { code message details } } }"): (typeof documents)["mutation AuthTestRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { email username displayName } apiKey { key } }\n  ... on ValidationError { code fields { field message } }\n  ... on Error { code message details } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTestLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token tokenType expiresAt user { email } session { id } }\n  ... on RateLimitedError { retryAfter }\n  ... on Error { code message details } } }"): (typeof documents)["mutation AuthTestLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token tokenType expiresAt user { email } session { id } }\n  ... on RateLimitedError { retryAfter }\n  ... on Error { code message details } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTestSessions { me { loginSessions { totalCount edges { node { id current isActive ip } } } } }"): (typeof documents)["query AuthTestSessions { me { loginSessions { totalCount edges { node { id current isActive ip } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTestRevokeSession($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename\n  ... on LoginSession { id isActive revokedAt } ... on Error { code } } }"): (typeof documents)["mutation AuthTestRevokeSession($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename\n  ... on LoginSession { id isActive revokedAt } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"): (typeof documents)["mutation KeysTestCreate($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id legacyId prefix keyPreview label isActive lastUsedAt revokedAt } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }"): (typeof documents)["mutation KeysTestRevoke($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id isActive revokedAt } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount\n  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }"): (typeof documents)["query KeysTestList($first: Int, $after: String, $includeRevoked: Boolean) { me { apiKeyCount\n  apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { cursor node { id label prefix keyPreview isActive lastUsedAt } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }"): (typeof documents)["query KeysTestNode($id: ID!) { node(id: $id) { __typename id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestMeEmail { me { email } }"): (typeof documents)["query KeysTestMeEmail { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestMeId { me { id } }"): (typeof documents)["query KeysTestMeId { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }"): (typeof documents)["mutation KeysTestLogin($input: LoginInput!) { login(input: $input) { ... on LoginPayload { session { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }"): (typeof documents)["mutation KeysTestGrant($id: ID!) { grantCredits(input: { userId: $id, amount: 3 }) { ... on GrantCreditsPayload { transaction { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query KeysTestNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }"): (typeof documents)["query KeysTestSelf($id: ID!) { node(id: $id) { ... on User { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthContractUsers { users(first: 1) { totalCount } }"): (typeof documents)["query AuthContractUsers { users(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthContractGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code } } }"): (typeof documents)["mutation AuthContractGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthContractLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on Error { code message } } }"): (typeof documents)["mutation AuthContractLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthContractWatch($userId: ID) { creditsChanged(userId: $userId) { balance } }"): (typeof documents)["subscription AuthContractWatch($userId: ID) { creditsChanged(userId: $userId) { balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RebalanceTest { clusterRebalance { success message released { proxyChecks deliveries } } }"): (typeof documents)["mutation RebalanceTest { clusterRebalance { success message released { proxyChecks deliveries } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RebalanceTestStatus { clusterStatus { role } }"): (typeof documents)["query RebalanceTestStatus { clusterStatus { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on RateLimitedError { code retryAfter } ... on Error { code message } } }"): (typeof documents)["mutation ClusterCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on RateLimitedError { code retryAfter } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id revokedAt } ... on Error { code message } } }"): (typeof documents)["mutation ClusterRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id revokedAt } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }"): (typeof documents)["mutation ClusterGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterMe { me { id email } }"): (typeof documents)["query ClusterMe { me { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterCredits { creditsChanged { balance amount transaction { id amount txType } } }"): (typeof documents)["subscription ClusterCredits { creditsChanged { balance amount transaction { id amount txType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterSpy($u: ID) { creditsChanged(userId: $u) { balance } }"): (typeof documents)["subscription ClusterSpy($u: ID) { creditsChanged(userId: $u) { balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestAcquire { acquireProxy(input: { country: \"DE\" }) { __typename ... on Error { message } } }"): (typeof documents)["mutation ConsoleTestAcquire { acquireProxy(input: { country: \"DE\" }) { __typename ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestSource($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id } } }"): (typeof documents)["mutation ConsoleTestSource($input: CreateSourceInput!) { createSource(input: $input) { __typename ... on Source { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { ok proxiesNew } } }"): (typeof documents)["mutation ConsoleTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { ok proxiesNew } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleTestSessions { me { loginSessions { edges { node { id } } } } }"): (typeof documents)["query ConsoleTestSessions { me { loginSessions { edges { node { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestRevoke($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename } }"): (typeof documents)["mutation ConsoleTestRevoke($id: ID!) { revokeLoginSession(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestRegisterSession($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id } ... on Error { message } } }"): (typeof documents)["mutation ConsoleTestRegisterSession($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestLogEvent($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestLogEvent($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestEndSession($input: EndSessionInput!) { endSession(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestEndSession($input: EndSessionInput!) { endSession(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestKey($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { __typename\n  ... on CreatedVirtualKey { virtualKey { id } } } }"): (typeof documents)["mutation ConsoleTestKey($input: CreateVirtualKeyInput!) { createVirtualKey(input: $input) { __typename\n  ... on CreatedVirtualKey { virtualKey { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestBackend($input: CreateBackendInput!) { createBackend(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestBackend($input: CreateBackendInput!) { createBackend(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestVhost($input: CreateVhostInput!) { createVhost(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestVhost($input: CreateVhostInput!) { createVhost(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }"): (typeof documents)["mutation ConsoleTestWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlTestHistory { configHistory(limit: 5) { version changes changedBy } }"): (typeof documents)["query ControlTestHistory { configHistory(limit: 5) { version changes changedBy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ControlLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }"): (typeof documents)["subscription ControlLogs($level: LogLevel) { logs(level: $level) { timestamp level message fields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlTestStatus { serverStatus { nodeId state pid workers connections { active idle total } } }"): (typeof documents)["query ControlTestStatus { serverStatus { nodeId state pid workers connections { active idle total } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlTestMetrics { serverMetrics { requestsTotal errors4xx latencyP50Ms bytesIn bytesOut } }"): (typeof documents)["query ControlTestMetrics { serverMetrics { requestsTotal errors4xx latencyP50Ms bytesIn bytesOut } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ControlTestCluster { clusterStatus { nodeId role leaderId nodes { id state role } } }"): (typeof documents)["query ControlTestCluster { clusterStatus { nodeId role leaderId nodes { id state role } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EdgeEventsChanged { edgeChanged { at } }"): (typeof documents)["subscription EdgeEventsChanged { edgeChanged { at } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsTestCreateKey { createApiKey(input: {}) { __typename\n  ... on CreatedApiKey { key } ... on RateLimitedError { code retryAfter details } } }"): (typeof documents)["mutation LimitsTestCreateKey { createApiKey(input: {}) { __typename\n  ... on CreatedApiKey { key } ... on RateLimitedError { code retryAfter details } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsTestKeyCount { me { apiKeyCount } }"): (typeof documents)["query LimitsTestKeyCount { me { apiKeyCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoercionMissing($input: RegisterInput!) { register(input: $input) { __typename } }"): (typeof documents)["mutation CoercionMissing($input: RegisterInput!) { register(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoercionEnum($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }"): (typeof documents)["mutation CoercionEnum($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreatedApiKey { key } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation WsCreateKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { __typename ... on CreatedApiKey { key } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WsMe { me { email } }"): (typeof documents)["query WsMe { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTestPublic { health { healthy ready errors } }"): (typeof documents)["query HealthTestPublic { health { healthy ready errors } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTestErrors { health { errors } }"): (typeof documents)["query HealthTestErrors { health { errors } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTestAdmin { health { errors databaseKind } }"): (typeof documents)["query HealthTestAdmin { health { errors databaseKind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpersRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }\n  ... on Error { code message } } }"): (typeof documents)["mutation HelpersRegister($input: RegisterInput!) { register(input: $input) { __typename\n  ... on RegisterPayload { user { id legacyId email } apiKey { key apiKey { id } } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpersLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token session { id } } ... on Error { code message } } }"): (typeof documents)["mutation HelpersLogin($input: LoginInput!) { login(input: $input) { __typename\n  ... on LoginPayload { token session { id } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeasesRaceAcquire { acquireProxy(input: { leaseDurationSeconds: 600 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id proxy { id } } }\n  ... on Error { code } } }"): (typeof documents)["mutation LeasesRaceAcquire { acquireProxy(input: { leaseDurationSeconds: 600 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id proxy { id } } }\n  ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeasesRaceRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename ... on Error { code } } }"): (typeof documents)["mutation LeasesRaceRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeasesTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity isLeased } } }\n  ... on InsufficientCreditsError { required balance }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"): (typeof documents)["mutation LeasesTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id createdAt expiresAt releasedAt isActive proxy { id ip port protocol country anonymity isLeased } } }\n  ... on InsufficientCreditsError { required balance }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeasesTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename\n  ... on Lease { id releasedAt isActive proxy { ip isLeased } }\n  ... on Error { code message } } }"): (typeof documents)["mutation LeasesTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename\n  ... on Lease { id releasedAt isActive proxy { ip isLeased } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeasesTestMine($activeOnly: Boolean) { me { credits\n  leases(activeOnly: $activeOnly) { totalCount edges { node { id isActive proxy { ip } } } }\n  transactions(first: 5) { edges { node { amount txType description balanceAfter } } } } }"): (typeof documents)["query LeasesTestMine($activeOnly: Boolean) { me { credits\n  leases(activeOnly: $activeOnly) { totalCount edges { node { id isActive proxy { ip } } } }\n  transactions(first: 5) { edges { node { amount txType description balanceAfter } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeasesTestNode($id: ID!) { node(id: $id) { __typename ... on Lease { id } } }"): (typeof documents)["query LeasesTestNode($id: ID!) { node(id: $id) { __typename ... on Lease { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeasesTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation LeasesTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LeaseCredsTest($id: ID!) { node(id: $id) { ... on Lease { isActive proxyUsername proxyPassword proxy { username password } } } }"): (typeof documents)["query LeaseCredsTest($id: ID!) { node(id: $id) { ... on Lease { isActive proxyUsername proxyPassword proxy { username password } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaseCredsAcquire { acquireProxy(input: {}) { __typename\n  ... on AcquireProxyPayload { lease { id proxyUsername proxyPassword proxy { username password } } } } }"): (typeof documents)["mutation LeaseCredsAcquire { acquireProxy(input: {}) { __typename\n  ... on AcquireProxyPayload { lease { id proxyUsername proxyPassword proxy { username password } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LeaseCredsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"): (typeof documents)["mutation LeaseCredsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyRulesProxy($id: ID!) { proxy(id: $id) { id ip } }"): (typeof documents)["query LegacyRulesProxy($id: ID!) { proxy(id: $id) { id ip } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyRulesFiltered($filter: ProxyFilter) { proxies(first: 1, filter: $filter) { totalCount } }"): (typeof documents)["query LegacyRulesFiltered($filter: ProxyFilter) { proxies(first: 1, filter: $filter) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyRulesEnums($name: String!) { __type(name: $name) { enumValues { name } } }"): (typeof documents)["query LegacyRulesEnums($name: String!) { __type(name: $name) { enumValues { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LegacyWsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation LegacyWsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id } ... on Error { code message } } }"): (typeof documents)["mutation DeliveriesTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesTestList($status: DeliveryStatus, $first: Int) { notifiers { name\n  deliveries(status: $status, first: $first) { totalCount edges { node {\n    id event status attempts nextAttemptAt lastError createdAt deliveredAt payload notifier { name } } } } } }"): (typeof documents)["query DeliveriesTestList($status: DeliveryStatus, $first: Int) { notifiers { name\n  deliveries(status: $status, first: $first) { totalCount edges { node {\n    id event status attempts nextAttemptAt lastError createdAt deliveredAt payload notifier { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveriesTestNode($id: ID!) { node(id: $id) { __typename ... on NotificationDelivery { id status } } }"): (typeof documents)["query DeliveriesTestNode($id: ID!) { node(id: $id) { __typename ... on NotificationDelivery { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DeliveriesTestUpdated($notifierId: ID) { deliveryUpdated(notifierId: $notifierId) {\n  id status attempts lastError notifier { name } } }"): (typeof documents)["subscription DeliveriesTestUpdated($notifierId: ID) { deliveryUpdated(notifierId: $notifierId) {\n  id status attempts lastError notifier { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveriesTestRetry($id: ID!) { retryDelivery(input: { id: $id }) { __typename\n  ... on NotificationDelivery { id status attempts } ... on Error { code message } } }"): (typeof documents)["mutation DeliveriesTestRetry($id: ID!) { retryDelivery(input: { id: $id }) { __typename\n  ... on NotificationDelivery { id status attempts } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id name kind config events isActive healthy }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"): (typeof documents)["mutation NotifiersTestCreate($input: CreateNotifierInput!) { createNotifier(input: $input) { __typename\n  ... on Notifier { id name kind config events isActive healthy }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename\n  ... on Notifier { id name events isActive }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"): (typeof documents)["mutation NotifiersTestUpdate($input: UpdateNotifierInput!) { updateNotifier(input: $input) { __typename\n  ... on Notifier { id name events isActive }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename\n  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }"): (typeof documents)["mutation NotifiersTestDelete($id: ID!) { deleteNotifier(input: { id: $id }) { __typename\n  ... on DeleteNotifierPayload { deletedId } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifiersTestList { notifiers { id name healthy lastError } }"): (typeof documents)["query NotifiersTestList { notifiers { id name healthy lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }"): (typeof documents)["query NotifiersTestNode($id: ID!) { node(id: $id) { __typename ... on Notifier { id config } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifiersTestPlugins { plugins { notifiers { name healthy } } }"): (typeof documents)["query NotifiersTestPlugins { plugins { notifiers { name healthy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotifiersTestEvents { notificationEvents { name description } }"): (typeof documents)["query NotifiersTestEvents { notificationEvents { name description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }"): (typeof documents)["mutation NotifiersTestScrape($id: ID!) { scrapeSource(id: $id) { __typename ... on ScrapeResult { error } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation NotifiersTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }"): (typeof documents)["mutation NotifiersTestAcquire { acquireProxy { __typename ... on AcquireProxyPayload { creditsRemaining } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PoolHistoryTest($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active dead unchecked } }"): (typeof documents)["query PoolHistoryTest($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active dead unchecked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription PoolSampledTest { poolSampled { takenAt total active dead unchecked } }"): (typeof documents)["subscription PoolSampledTest { poolSampled { takenAt total active dead unchecked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckProxiesTest($input: CheckProxiesInput!) { checkProxies(input: $input) { __typename\n  ... on CheckProxiesPayload { results { proxyId checked passed status score error proxy { status lastCheckedAt } } }\n  ... on Error { code message } } }"): (typeof documents)["mutation CheckProxiesTest($input: CheckProxiesInput!) { checkProxies(input: $input) { __typename\n  ... on CheckProxiesPayload { results { proxyId checked passed status score error proxy { status lastCheckedAt } } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProxiesQueryTestList($first: Int, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n  proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags } } } }"): (typeof documents)["query ProxiesQueryTestList($first: Int, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n  proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    totalCount pageInfo { hasNextPage endCursor }\n    edges { node { id ip port protocol status anonymity exitIp country score avgLatencyMs uptimePct lastCheckedAt firstSeenAt tags } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProxiesQueryTestNode($id: ID!, $first: Int!) { node(id: $id) { __typename ... on Proxy {\n  ip username password hasCredentials recentChecks(first: $first) { checkerName stage passed latencyMs detail createdAt } } } }"): (typeof documents)["query ProxiesQueryTestNode($id: ID!, $first: Int!) { node(id: $id) { __typename ... on Proxy {\n  ip username password hasCredentials recentChecks(first: $first) { checkerName stage passed latencyMs detail createdAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedactionSourceNode($id: ID!) { node(id: $id) { ... on Source { url canManage } } }"): (typeof documents)["query RedactionSourceNode($id: ID!) { node(id: $id) { ... on Source { url canManage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RedactionSources { sources(first: 50) { edges { node { id url } } } }"): (typeof documents)["query RedactionSources { sources(first: 50) { edges { node { id url } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SrcTestSource on Source {\n  id url parserName cronSchedule defaultProtocol options isActive lastScrapedAt nextScrapeAt lastError lastErrorAt canManage proxyCount }"): (typeof documents)["fragment SrcTestSource on Source {\n  id url parserName cronSchedule defaultProtocol options isActive lastScrapedAt nextScrapeAt lastError lastErrorAt canManage proxyCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SrcTestError on Error { __typename code message ... on ValidationError { fields { field message } } }"): (typeof documents)["fragment SrcTestError on Error { __typename code message ... on ValidationError { fields { field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SrcTestCreate($input: CreateSourceInput!) { createSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }"): (typeof documents)["mutation SrcTestCreate($input: CreateSourceInput!) { createSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SrcTestUpdate($input: UpdateSourceInput!) { updateSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }"): (typeof documents)["mutation SrcTestUpdate($input: UpdateSourceInput!) { updateSource(input: $input) { __typename\n  ...SrcTestSource ...SrcTestError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SrcTestDelete($input: DeleteSourceInput!) { deleteSource(input: $input) { __typename\n  ... on DeleteSourcePayload { deletedSourceId } ...SrcTestError } }"): (typeof documents)["mutation SrcTestDelete($input: DeleteSourceInput!) { deleteSource(input: $input) { __typename\n  ... on DeleteSourcePayload { deletedSourceId } ...SrcTestError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SrcTestScrape($id: ID!) { scrapeSource(id: $id) { __typename\n  ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs ok error\n    run { proxiesDiscovered proxiesNew proxiesUpdated error finishedAt } source { id lastError lastScrapedAt } }\n  ...SrcTestError } }"): (typeof documents)["mutation SrcTestScrape($id: ID!) { scrapeSource(id: $id) { __typename\n  ... on ScrapeResult { sourceId proxiesDiscovered proxiesNew proxiesUpdated durationMs ok error\n    run { proxiesDiscovered proxiesNew proxiesUpdated error finishedAt } source { id lastError lastScrapedAt } }\n  ...SrcTestError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SrcTestList($isActive: Boolean, $first: Int, $after: String) { sources(isActive: $isActive, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id url isActive } } } }"): (typeof documents)["query SrcTestList($isActive: Boolean, $first: Int, $after: String) { sources(isActive: $isActive, first: $first, after: $after) {\n  totalCount pageInfo { hasNextPage endCursor } edges { node { id url isActive } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SrcTestNode($id: ID!) { node(id: $id) { __typename ... on Source { id url canManage\n  scrapes(first: 5) { totalCount edges { node { error proxiesNew } } } } } }"): (typeof documents)["query SrcTestNode($id: ID!) { node(id: $id) { __typename ... on Source { id url canManage\n  scrapes(first: 5) { totalCount edges { node { error proxiesNew } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SrcTestMe { me { id } }"): (typeof documents)["query SrcTestMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SrcTestCompleted($sourceId: ID) { scrapeCompleted(sourceId: $sourceId) { sourceId proxiesDiscovered ok error source { id } } }"): (typeof documents)["subscription SrcTestCompleted($sourceId: ID) { scrapeCompleted(sourceId: $sourceId) { sourceId proxiesDiscovered ok error source { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SrcTestAnon { scrapeCompleted { sourceId } }"): (typeof documents)["subscription SrcTestAnon { scrapeCompleted { sourceId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProxiesStatsTestPool { poolStats { totalProxies avgScore avgLatencyMs sourcesActive sourcesTotal lastScrapeAt lastValidationAt\n  byStatus { active dead unchecked } byProtocol { http https socks4 socks5 } byAnonymity { transparent anonymous elite } } }"): (typeof documents)["query ProxiesStatsTestPool { poolStats { totalProxies avgScore avgLatencyMs sourcesActive sourcesTotal lastScrapeAt lastValidationAt\n  byStatus { active dead unchecked } byProtocol { http https socks4 socks5 } byAnonymity { transparent anonymous elite } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProxiesStatsTestPlugins { plugins { parsers { name type } checkers { name stage priority } notifiers { name kind healthy isActive subscribesTo } } }"): (typeof documents)["query ProxiesStatsTestPlugins { plugins { parsers { name type } checkers { name stage priority } notifiers { name kind healthy isActive subscribesTo } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProxSubsAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id } } ... on Error { code message } } }"): (typeof documents)["mutation ProxSubsAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProxSubsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"): (typeof documents)["mutation ProxSubsRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProxSubsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation ProxSubsGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProxSubsExpiring($userId: ID) { leaseExpiring(userId: $userId) { id expiresAt releasedAt isActive } }"): (typeof documents)["subscription ProxSubsExpiring($userId: ID) { leaseExpiring(userId: $userId) { id expiresAt releasedAt isActive } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProxSubsEnded($userId: ID) { leaseEnded(userId: $userId) { id releasedAt isActive proxy { ip } } }"): (typeof documents)["subscription ProxSubsEnded($userId: ID) { leaseEnded(userId: $userId) { id releasedAt isActive proxy { ip } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProxSubsStatus { proxyStatusChanged { oldStatus newStatus proxy { id ip status } } }"): (typeof documents)["subscription ProxSubsStatus { proxyStatusChanged { oldStatus newStatus proxy { id ip status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProxSubsStats { poolStats { totalProxies byStatus { active dead unchecked } } }"): (typeof documents)["subscription ProxSubsStats { poolStats { totalProxies byStatus { active dead unchecked } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UrlTestTestProxies($input: TestProxiesInput!) { testProxies(input: $input) { __typename\n  ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"): (typeof documents)["mutation UrlTestTestProxies($input: TestProxiesInput!) { testProxies(input: $input) { __typename\n  ... on UrlTestReport { url successRate results { proxyId ip port reachable statusCode latencyMs error } }\n  ... on ValidationError { fields { field message } }\n  ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UrlTestCredits { me { credits } }"): (typeof documents)["query UrlTestCredits { me { credits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTestLink($filter: SessionFilter) { sessionsExportLink(filter: $filter) { url expiresAt } }"): (typeof documents)["query ExportTestLink($filter: SessionFilter) { sessionsExportLink(filter: $filter) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportTestEventsLink { sessionEventsExportLink { url } }"): (typeof documents)["query ExportTestEventsLink { sessionEventsExportLink { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status targetHost proxy } ... on Error { code message } } }"): (typeof documents)["mutation HealthTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status targetHost proxy } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status } } ... on Error { code message } } }"): (typeof documents)["mutation HealthTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type } ... on Error { code message } } }"): (typeof documents)["mutation HealthTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTestHealth($filter: IpHealthFilter) { ipHealth(first: 50, filter: $filter) { totalCount\n  edges { node { proxyAddress targetHost status successes failures blocks successRate proxy { ip } } } } }"): (typeof documents)["query HealthTestHealth($filter: IpHealthFilter) { ipHealth(first: 50, filter: $filter) { totalCount\n  edges { node { proxyAddress targetHost status successes failures blocks successRate proxy { ip } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id proxy { ip } } } ... on Error { code message } } }"): (typeof documents)["mutation HealthTestAcquire($input: AcquireProxyInput) { acquireProxy(input: $input) { __typename\n  ... on AcquireProxyPayload { lease { id proxy { ip } } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"): (typeof documents)["mutation HealthTestRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HealthTestHosts($userId: ID) { sessionStats(userId: $userId) { hostStats { targetHost sessions successful failed\n  successRate avgDurationSeconds ipHealth { healthy flagged blacklisted } } } }"): (typeof documents)["query HealthTestHosts($userId: ID) { sessionStats(userId: $userId) { hostStats { targetHost sessions successful failed\n  successRate avgDurationSeconds ipHealth { healthy flagged blacklisted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HealthTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation HealthTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status profileId targetHost proxy country startedAt } ... on Error { code message } } }"): (typeof documents)["mutation LiveTestRegister($input: RegisterSessionInput!) { registerSession(input: $input) { __typename\n  ... on AutomationSession { id status profileId targetHost proxy country startedAt } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status success durationSeconds error endedAt } } ... on Error { code message } } }"): (typeof documents)["mutation LiveTestEnd($input: EndSessionInput!) { endSession(input: $input) { __typename\n  ... on EndSessionPayload { leaseReleased session { id status success durationSeconds error endedAt } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type details sessionId } ... on ValidationError { fields { field message } } ... on Error { code message } } }"): (typeof documents)["mutation LiveTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename\n  ... on SessionEvent { id type details sessionId } ... on ValidationError { fields { field message } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveTestList($filter: SessionFilter, $events: SessionEventFilter) {\n  automationSessions(first: 10, filter: $filter) { totalCount edges { node { id status events(first: 5) { totalCount edges { node { type } } } } } }\n  sessionEvents(first: 10, filter: $events) { totalCount edges { node { type session { id } } } } }"): (typeof documents)["query LiveTestList($filter: SessionFilter, $events: SessionEventFilter) {\n  automationSessions(first: 10, filter: $filter) { totalCount edges { node { id status events(first: 5) { totalCount edges { node { type } } } } } }\n  sessionEvents(first: 10, filter: $events) { totalCount edges { node { type session { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveTestNode($id: ID!) { node(id: $id) { __typename ... on AutomationSession { id } } }"): (typeof documents)["query LiveTestNode($id: ID!) { node(id: $id) { __typename ... on AutomationSession { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveTestStats { sessionStats { total active successful failed successRate ipHealth { healthy } } }"): (typeof documents)["query LiveTestStats { sessionStats { total active successful failed successRate ipHealth { healthy } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTestEvents($sessionId: ID) { eventLogged(sessionId: $sessionId) { id type details session { id } } }"): (typeof documents)["subscription LiveTestEvents($sessionId: ID) { eventLogged(sessionId: $sessionId) { id type details session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTestStatsSub { statsUpdated { total active } }"): (typeof documents)["subscription LiveTestStatsSub { statsUpdated { total active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveTestAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename ... on AcquireProxyPayload { lease { id isActive } } } }"): (typeof documents)["mutation LiveTestAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename ... on AcquireProxyPayload { lease { id isActive } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveTestLease($id: ID!) { node(id: $id) { ... on Lease { isActive } } }"): (typeof documents)["query LiveTestLease($id: ID!) { node(id: $id) { ... on Lease { isActive } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation LiveTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ShutdownTestCredits { creditsChanged { balance amount } }"): (typeof documents)["subscription ShutdownTestCredits { creditsChanged { balance amount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShutdownTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation ShutdownTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeMe { me { email credits role tier } }"): (typeof documents)["query SmokeMe { me { email credits role tier } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountProxies($first: Int!) {\n  proxies(first: $first) { edges { node { id ip recentChecks { passed latencyMs } } } } }"): (typeof documents)["query SqlCountProxies($first: Int!) {\n  proxies(first: $first) { edges { node { id ip recentChecks { passed latencyMs } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountProxiesTotal($first: Int!) {\n  proxies(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id isLeased hasCredentials recentChecks(first: 2) { passed } } } } }"): (typeof documents)["query SqlCountProxiesTotal($first: Int!) {\n  proxies(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id isLeased hasCredentials recentChecks(first: 2) { passed } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountSources($first: Int!) {\n  sources(first: $first) { totalCount edges { node { id url canManage proxyCount\n    scrapes(first: 3) { totalCount edges { node { startedAt proxiesNew } } } } } } }"): (typeof documents)["query SqlCountSources($first: Int!) {\n  sources(first: $first) { totalCount edges { node { id url canManage proxyCount\n    scrapes(first: 3) { totalCount edges { node { startedAt proxiesNew } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountUsers($first: Int!) {\n  users(first: $first) { totalCount edges { node { id email credits apiKeyCount } } } }"): (typeof documents)["query SqlCountUsers($first: Int!) {\n  users(first: $first) { totalCount edges { node { id email credits apiKeyCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMyKeys($first: Int!) {\n  me { apiKeyCount apiKeys(first: $first, includeRevoked: true) { totalCount edges { node { id prefix isActive } } } } }"): (typeof documents)["query SqlCountMyKeys($first: Int!) {\n  me { apiKeyCount apiKeys(first: $first, includeRevoked: true) { totalCount edges { node { id prefix isActive } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMyLeases($first: Int!) {\n  me { leases(first: $first, activeOnly: false) { totalCount edges { node { id isActive proxy { ip recentChecks(first: 2) { passed } } } } } } }"): (typeof documents)["query SqlCountMyLeases($first: Int!) {\n  me { leases(first: $first, activeOnly: false) { totalCount edges { node { id isActive proxy { ip recentChecks(first: 2) { passed } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMySessions($first: Int!) {\n  me { loginSessions(first: $first, activeOnly: false) { totalCount edges { node { id current isActive } } } } }"): (typeof documents)["query SqlCountMySessions($first: Int!) {\n  me { loginSessions(first: $first, activeOnly: false) { totalCount edges { node { id current isActive } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMyTransactions($first: Int!) {\n  me { transactions(first: $first) { totalCount edges { node { id amount txType } } } } }"): (typeof documents)["query SqlCountMyTransactions($first: Int!) {\n  me { transactions(first: $first) { totalCount edges { node { id amount txType } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountProbeJobs($first: Int!) {\n  probeJobs(first: $first) { totalCount edges { node { id kind target success user { email probeJobCount } } } } }"): (typeof documents)["query SqlCountProbeJobs($first: Int!) {\n  probeJobs(first: $first) { totalCount edges { node { id kind target success user { email probeJobCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountProbePage($first: Int!) {\n  probeJobPage(limit: $first, offset: 0) { total jobs { id legacyId kind parameters } } }"): (typeof documents)["query SqlCountProbePage($first: Int!) {\n  probeJobPage(limit: $first, offset: 0) { total jobs { id legacyId kind parameters } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountVirtualKeys($first: Int!) {\n  virtualKeys(first: $first) { totalCount edges { node { id legacyId name owner { email } spendMonthUsd budgetRemainingUsd budgetRunwayDate } } } }"): (typeof documents)["query SqlCountVirtualKeys($first: Int!) {\n  virtualKeys(first: $first) { totalCount edges { node { id legacyId name owner { email } spendMonthUsd budgetRemainingUsd budgetRunwayDate } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountUsageEvents($first: Int!) {\n  usageEvents(first: $first) { totalCount edges { node { id legacyId costUsd virtualKey { legacyId name } user { email } } } } }"): (typeof documents)["query SqlCountUsageEvents($first: Int!) {\n  usageEvents(first: $first) { totalCount edges { node { id legacyId costUsd virtualKey { legacyId name } user { email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SqlCountGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"): (typeof documents)["mutation SqlCountGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SqlCountSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }"): (typeof documents)["mutation SqlCountSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SqlCountAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id } } } }"): (typeof documents)["mutation SqlCountAcquire { acquireProxy(input: { leaseDurationSeconds: 60 }) { __typename\n  ... on AcquireProxyPayload { creditsRemaining lease { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SqlCountRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"): (typeof documents)["mutation SqlCountRelease($id: ID!) { releaseLease(input: { id: $id }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMe { me { id email displayName role tier credits createdAt } }"): (typeof documents)["query SqlCountMe { me { id email displayName role tier credits createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountPoolHistory($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active } }"): (typeof documents)["query SqlCountPoolHistory($hours: Int, $points: Int) { poolHistory(hours: $hours, points: $points) { takenAt total active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountPoolStats { poolStats { totalProxies byStatus { active } } }"): (typeof documents)["query SqlCountPoolStats { poolStats { totalProxies byStatus { active } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountPoolStatsCountry { poolStats { totalProxies byStatus { active } byCountry(first: 50) { country count } } }"): (typeof documents)["query SqlCountPoolStatsCountry { poolStats { totalProxies byStatus { active } byCountry(first: 50) { country count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountMeCount { me { id apiKeyCount } }"): (typeof documents)["query SqlCountMeCount { me { id apiKeyCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountClusterNodes { clusterStatus { leaderId nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } } } }"): (typeof documents)["query SqlCountClusterNodes { clusterStatus { leaderId nodes { id address state role version pid startedAt lastHeartbeatAt load { cpu memory connections } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountNotifiers { notifiers { id name config events healthy } }"): (typeof documents)["query SqlCountNotifiers { notifiers { id name config events healthy } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountNotifierDeliveries { notifiers { id name\n  deliveries(first: 3) { totalCount edges { node { id event status attempts } } } } }"): (typeof documents)["query SqlCountNotifierDeliveries { notifiers { id name\n  deliveries(first: 3) { totalCount edges { node { id event status attempts } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountVhosts($first: Int!) {\n  vhosts(first: $first) { totalCount edges { node { id domains priority tls backend { name target health inRotation } } } } }"): (typeof documents)["query SqlCountVhosts($first: Int!) {\n  vhosts(first: $first) { totalCount edges { node { id domains priority tls backend { name target health inRotation } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountBackends($first: Int!) {\n  backends(first: $first, offset: 1) { totalCount edges { node { name status health inRotation uptimeSeconds vhostCount } } } }"): (typeof documents)["query SqlCountBackends($first: Int!) {\n  backends(first: $first, offset: 1) { totalCount edges { node { name status health inRotation uptimeSeconds vhostCount } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountWebhooks($first: Int!) {\n  webhooks(first: $first) { totalCount edges { node { id url events healthy } } } }"): (typeof documents)["query SqlCountWebhooks($first: Int!) {\n  webhooks(first: $first) { totalCount edges { node { id url events healthy } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountAllSessions($first: Int!) {\n  allLoginSessions(first: $first, sort: LAST_ACCESSED) { totalCount edges { node { id isActive user { id email } } } } }"): (typeof documents)["query SqlCountAllSessions($first: Int!) {\n  allLoginSessions(first: $first, sort: LAST_ACCESSED) { totalCount edges { node { id isActive user { id email } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountAutomationSessions($first: Int!) {\n  automationSessions(first: $first) { totalCount edges { node { id status proxy events(first: 3) { totalCount edges { node { type details } } } } } } }"): (typeof documents)["query SqlCountAutomationSessions($first: Int!) {\n  automationSessions(first: $first) { totalCount edges { node { id status proxy events(first: 3) { totalCount edges { node { type details } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountSessionEvents($first: Int!) {\n  sessionEvents(first: $first) { totalCount edges { node { id type session { id status } } } } }"): (typeof documents)["query SqlCountSessionEvents($first: Int!) {\n  sessionEvents(first: $first) { totalCount edges { node { id type session { id status } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountSessionPage($first: Int!) {\n  automationSessionPage(page: 1, perPage: $first) { total items { id status events(first: 2) { edges { node { type } } } } } }"): (typeof documents)["query SqlCountSessionPage($first: Int!) {\n  automationSessionPage(page: 1, perPage: $first) { total items { id status events(first: 2) { edges { node { type } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SqlCountIpHealth($first: Int!) {\n  ipHealth(first: $first) { totalCount edges { node { id status successRate avgLatencyMs proxy { ip recentChecks(first: 2) { passed } } } } } }"): (typeof documents)["query SqlCountIpHealth($first: Int!) {\n  ipHealth(first: $first) { totalCount edges { node { id status successRate avgLatencyMs proxy { ip recentChecks(first: 2) { passed } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription StreamRevWatch($userId: ID) { creditsChanged(userId: $userId) { balance amount } }"): (typeof documents)["subscription StreamRevWatch($userId: ID) { creditsChanged(userId: $userId) { balance amount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevGrant($input: GrantCreditsInput!) { grantCredits(input: $input) { __typename\n  ... on GrantCreditsPayload { user { credits } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename\n  ... on CreatedApiKey { key apiKey { id } } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevRevokeKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { __typename\n  ... on ApiKey { id } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevRevokeSession($input: RevokeLoginSessionInput!) { revokeLoginSession(input: $input) {\n  __typename ... on LoginSession { id } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevRevokeSession($input: RevokeLoginSessionInput!) { revokeLoginSession(input: $input) {\n  __typename ... on LoginSession { id } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { role } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevSetRole($input: SetUserRoleInput!) { setUserRole(input: $input) { __typename\n  ... on User { role } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StreamRevSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { isActive } ... on Error { code message } } }"): (typeof documents)["mutation StreamRevSetActive($input: SetUserActiveInput!) { setUserActive(input: $input) { __typename\n  ... on User { isActive } ... on Error { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubsTestWatch($userId: ID) { creditsChanged(userId: $userId) {\n  balance amount transaction { id txType amount balanceAfter } } }"): (typeof documents)["subscription SubsTestWatch($userId: ID) { creditsChanged(userId: $userId) {\n  balance amount transaction { id txType amount balanceAfter } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubsTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) {\n  ... on GrantCreditsPayload { __typename transaction { id } } } }"): (typeof documents)["mutation SubsTestGrant($input: GrantCreditsInput!) { grantCredits(input: $input) {\n  ... on GrantCreditsPayload { __typename transaction { id } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;