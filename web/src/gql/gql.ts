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
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      credits\n    }\n  }\n": typeof types.MeDocument,
    "\n  query LogoutSessions {\n    me {\n      loginSessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n          }\n        }\n      }\n    }\n  }\n": typeof types.LogoutSessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeLoginSession(input: { id: $id }) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query MyLeases($first: Int!, $after: String) {\n    me {\n      id\n      credits\n      leases(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            expiresAt\n            proxyUsername\n            proxyPassword\n            proxy {\n              id\n              ip\n              port\n              protocol\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyLeasesDocument,
    "\n  mutation AcquireLease($input: AcquireProxyInput!) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload {\n        creditsRemaining\n        lease {\n          id\n          expiresAt\n          proxy {\n            ip\n            port\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.AcquireLeaseDocument,
    "\n  mutation ReleaseLease($id: ID!) {\n    releaseLease(input: { id: $id }) {\n      __typename\n      ... on Lease {\n        id\n        isActive\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ReleaseLeaseDocument,
    "\n  subscription LeaseExpiringLive {\n    leaseExpiring {\n      id\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n": typeof types.LeaseExpiringLiveDocument,
    "\n  subscription LeaseEndedLive {\n    leaseEnded {\n      id\n      releasedAt\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n": typeof types.LeaseEndedLiveDocument,
    "\n  subscription CreditsLive {\n    creditsChanged {\n      balance\n      amount\n    }\n  }\n": typeof types.CreditsLiveDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload {\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query PoolHistory($hours: Int!) {\n    poolHistory(hours: $hours, points: 240) {\n      takenAt\n      total\n      active\n    }\n  }\n": typeof types.PoolHistoryDocument,
    "\n  subscription PoolSampled {\n    poolSampled {\n      takenAt\n      total\n      active\n    }\n  }\n": typeof types.PoolSampledDocument,
    "\n  subscription PoolStatsLive {\n    poolStats {\n      totalProxies\n      avgScore\n      avgLatencyMs\n      sourcesActive\n      sourcesTotal\n      lastScrapeAt\n      lastValidationAt\n      byStatus {\n        active\n        dead\n        unchecked\n      }\n      byProtocol {\n        http\n        https\n        socks4\n        socks5\n      }\n      byAnonymity {\n        elite\n        anonymous\n        transparent\n      }\n      byCountry(first: 12) {\n        country\n        count\n      }\n    }\n  }\n": typeof types.PoolStatsLiveDocument,
    "\n  query ProxyTable($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ip\n          port\n          protocol\n          status\n          anonymity\n          country\n          score\n          avgLatencyMs\n          uptimePct\n          lastCheckedAt\n          isLeased\n        }\n      }\n    }\n  }\n": typeof types.ProxyTableDocument,
    "\n  subscription ProxyStatusChanges {\n    proxyStatusChanged {\n      oldStatus\n      newStatus\n      proxy {\n        id\n        ip\n        port\n      }\n    }\n  }\n": typeof types.ProxyStatusChangesDocument,
    "\n  query ProxyDetail($id: ID!) {\n    proxy(id: $id) {\n      id\n      ip\n      port\n      protocol\n      status\n      anonymity\n      country\n      exitIp\n      score\n      avgLatencyMs\n      uptimePct\n      isLeased\n      hasCredentials\n      firstSeenAt\n      lastCheckedAt\n      recentChecks(first: 30) {\n        id\n        createdAt\n        stage\n        checkerName\n        passed\n        latencyMs\n        detail\n      }\n    }\n  }\n": typeof types.ProxyDetailDocument,
    "\n  subscription ProxyDetailChanges {\n    proxyStatusChanged {\n      newStatus\n      proxy {\n        id\n      }\n    }\n  }\n": typeof types.ProxyDetailChangesDocument,
    "\n  query SourcesList($first: Int!, $after: String) {\n    sources(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          url\n          parserName\n          cronSchedule\n          isActive\n          proxyCount\n          lastScrapedAt\n          nextScrapeAt\n          lastError\n          lastErrorAt\n          scrapes(first: 5) {\n            edges {\n              node {\n                startedAt\n                finishedAt\n                durationMs\n                proxiesDiscovered\n                proxiesNew\n                proxiesUpdated\n                error\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SourcesListDocument,
    "\n  mutation ScrapeNow($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult {\n        ok\n        error\n        proxiesDiscovered\n        proxiesNew\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": typeof types.ScrapeNowDocument,
    "\n  subscription ScrapesLive {\n    scrapeCompleted {\n      sourceId\n      ok\n      error\n      proxiesDiscovered\n      proxiesNew\n      source {\n        url\n      }\n    }\n  }\n": typeof types.ScrapesLiveDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      credits\n    }\n  }\n": types.MeDocument,
    "\n  query LogoutSessions {\n    me {\n      loginSessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n          }\n        }\n      }\n    }\n  }\n": types.LogoutSessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeLoginSession(input: { id: $id }) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  query MyLeases($first: Int!, $after: String) {\n    me {\n      id\n      credits\n      leases(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            expiresAt\n            proxyUsername\n            proxyPassword\n            proxy {\n              id\n              ip\n              port\n              protocol\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyLeasesDocument,
    "\n  mutation AcquireLease($input: AcquireProxyInput!) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload {\n        creditsRemaining\n        lease {\n          id\n          expiresAt\n          proxy {\n            ip\n            port\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.AcquireLeaseDocument,
    "\n  mutation ReleaseLease($id: ID!) {\n    releaseLease(input: { id: $id }) {\n      __typename\n      ... on Lease {\n        id\n        isActive\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ReleaseLeaseDocument,
    "\n  subscription LeaseExpiringLive {\n    leaseExpiring {\n      id\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n": types.LeaseExpiringLiveDocument,
    "\n  subscription LeaseEndedLive {\n    leaseEnded {\n      id\n      releasedAt\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n": types.LeaseEndedLiveDocument,
    "\n  subscription CreditsLive {\n    creditsChanged {\n      balance\n      amount\n    }\n  }\n": types.CreditsLiveDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload {\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query PoolHistory($hours: Int!) {\n    poolHistory(hours: $hours, points: 240) {\n      takenAt\n      total\n      active\n    }\n  }\n": types.PoolHistoryDocument,
    "\n  subscription PoolSampled {\n    poolSampled {\n      takenAt\n      total\n      active\n    }\n  }\n": types.PoolSampledDocument,
    "\n  subscription PoolStatsLive {\n    poolStats {\n      totalProxies\n      avgScore\n      avgLatencyMs\n      sourcesActive\n      sourcesTotal\n      lastScrapeAt\n      lastValidationAt\n      byStatus {\n        active\n        dead\n        unchecked\n      }\n      byProtocol {\n        http\n        https\n        socks4\n        socks5\n      }\n      byAnonymity {\n        elite\n        anonymous\n        transparent\n      }\n      byCountry(first: 12) {\n        country\n        count\n      }\n    }\n  }\n": types.PoolStatsLiveDocument,
    "\n  query ProxyTable($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ip\n          port\n          protocol\n          status\n          anonymity\n          country\n          score\n          avgLatencyMs\n          uptimePct\n          lastCheckedAt\n          isLeased\n        }\n      }\n    }\n  }\n": types.ProxyTableDocument,
    "\n  subscription ProxyStatusChanges {\n    proxyStatusChanged {\n      oldStatus\n      newStatus\n      proxy {\n        id\n        ip\n        port\n      }\n    }\n  }\n": types.ProxyStatusChangesDocument,
    "\n  query ProxyDetail($id: ID!) {\n    proxy(id: $id) {\n      id\n      ip\n      port\n      protocol\n      status\n      anonymity\n      country\n      exitIp\n      score\n      avgLatencyMs\n      uptimePct\n      isLeased\n      hasCredentials\n      firstSeenAt\n      lastCheckedAt\n      recentChecks(first: 30) {\n        id\n        createdAt\n        stage\n        checkerName\n        passed\n        latencyMs\n        detail\n      }\n    }\n  }\n": types.ProxyDetailDocument,
    "\n  subscription ProxyDetailChanges {\n    proxyStatusChanged {\n      newStatus\n      proxy {\n        id\n      }\n    }\n  }\n": types.ProxyDetailChangesDocument,
    "\n  query SourcesList($first: Int!, $after: String) {\n    sources(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          url\n          parserName\n          cronSchedule\n          isActive\n          proxyCount\n          lastScrapedAt\n          nextScrapeAt\n          lastError\n          lastErrorAt\n          scrapes(first: 5) {\n            edges {\n              node {\n                startedAt\n                finishedAt\n                durationMs\n                proxiesDiscovered\n                proxiesNew\n                proxiesUpdated\n                error\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SourcesListDocument,
    "\n  mutation ScrapeNow($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult {\n        ok\n        error\n        proxiesDiscovered\n        proxiesNew\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n": types.ScrapeNowDocument,
    "\n  subscription ScrapesLive {\n    scrapeCompleted {\n      sourceId\n      ok\n      error\n      proxiesDiscovered\n      proxiesNew\n      source {\n        url\n      }\n    }\n  }\n": types.ScrapesLiveDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      credits\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      credits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogoutSessions {\n    me {\n      loginSessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogoutSessions {\n    me {\n      loginSessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeLoginSession(input: { id: $id }) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeLoginSession(input: { id: $id }) {\n      __typename\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLeases($first: Int!, $after: String) {\n    me {\n      id\n      credits\n      leases(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            expiresAt\n            proxyUsername\n            proxyPassword\n            proxy {\n              id\n              ip\n              port\n              protocol\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLeases($first: Int!, $after: String) {\n    me {\n      id\n      credits\n      leases(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            createdAt\n            expiresAt\n            proxyUsername\n            proxyPassword\n            proxy {\n              id\n              ip\n              port\n              protocol\n              country\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcquireLease($input: AcquireProxyInput!) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload {\n        creditsRemaining\n        lease {\n          id\n          expiresAt\n          proxy {\n            ip\n            port\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcquireLease($input: AcquireProxyInput!) {\n    acquireProxy(input: $input) {\n      __typename\n      ... on AcquireProxyPayload {\n        creditsRemaining\n        lease {\n          id\n          expiresAt\n          proxy {\n            ip\n            port\n          }\n        }\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLease($id: ID!) {\n    releaseLease(input: { id: $id }) {\n      __typename\n      ... on Lease {\n        id\n        isActive\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseLease($id: ID!) {\n    releaseLease(input: { id: $id }) {\n      __typename\n      ... on Lease {\n        id\n        isActive\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeaseExpiringLive {\n    leaseExpiring {\n      id\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LeaseExpiringLive {\n    leaseExpiring {\n      id\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeaseEndedLive {\n    leaseEnded {\n      id\n      releasedAt\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LeaseEndedLive {\n    leaseEnded {\n      id\n      releasedAt\n      expiresAt\n      proxy {\n        ip\n        port\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CreditsLive {\n    creditsChanged {\n      balance\n      amount\n    }\n  }\n"): (typeof documents)["\n  subscription CreditsLive {\n    creditsChanged {\n      balance\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload {\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on LoginPayload {\n        expiresAt\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolHistory($hours: Int!) {\n    poolHistory(hours: $hours, points: 240) {\n      takenAt\n      total\n      active\n    }\n  }\n"): (typeof documents)["\n  query PoolHistory($hours: Int!) {\n    poolHistory(hours: $hours, points: 240) {\n      takenAt\n      total\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PoolSampled {\n    poolSampled {\n      takenAt\n      total\n      active\n    }\n  }\n"): (typeof documents)["\n  subscription PoolSampled {\n    poolSampled {\n      takenAt\n      total\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PoolStatsLive {\n    poolStats {\n      totalProxies\n      avgScore\n      avgLatencyMs\n      sourcesActive\n      sourcesTotal\n      lastScrapeAt\n      lastValidationAt\n      byStatus {\n        active\n        dead\n        unchecked\n      }\n      byProtocol {\n        http\n        https\n        socks4\n        socks5\n      }\n      byAnonymity {\n        elite\n        anonymous\n        transparent\n      }\n      byCountry(first: 12) {\n        country\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PoolStatsLive {\n    poolStats {\n      totalProxies\n      avgScore\n      avgLatencyMs\n      sourcesActive\n      sourcesTotal\n      lastScrapeAt\n      lastValidationAt\n      byStatus {\n        active\n        dead\n        unchecked\n      }\n      byProtocol {\n        http\n        https\n        socks4\n        socks5\n      }\n      byAnonymity {\n        elite\n        anonymous\n        transparent\n      }\n      byCountry(first: 12) {\n        country\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProxyTable($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ip\n          port\n          protocol\n          status\n          anonymity\n          country\n          score\n          avgLatencyMs\n          uptimePct\n          lastCheckedAt\n          isLeased\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProxyTable($first: Int!, $after: String, $filter: ProxyFilter, $orderBy: ProxyOrder) {\n    proxies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ip\n          port\n          protocol\n          status\n          anonymity\n          country\n          score\n          avgLatencyMs\n          uptimePct\n          lastCheckedAt\n          isLeased\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProxyStatusChanges {\n    proxyStatusChanged {\n      oldStatus\n      newStatus\n      proxy {\n        id\n        ip\n        port\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProxyStatusChanges {\n    proxyStatusChanged {\n      oldStatus\n      newStatus\n      proxy {\n        id\n        ip\n        port\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProxyDetail($id: ID!) {\n    proxy(id: $id) {\n      id\n      ip\n      port\n      protocol\n      status\n      anonymity\n      country\n      exitIp\n      score\n      avgLatencyMs\n      uptimePct\n      isLeased\n      hasCredentials\n      firstSeenAt\n      lastCheckedAt\n      recentChecks(first: 30) {\n        id\n        createdAt\n        stage\n        checkerName\n        passed\n        latencyMs\n        detail\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProxyDetail($id: ID!) {\n    proxy(id: $id) {\n      id\n      ip\n      port\n      protocol\n      status\n      anonymity\n      country\n      exitIp\n      score\n      avgLatencyMs\n      uptimePct\n      isLeased\n      hasCredentials\n      firstSeenAt\n      lastCheckedAt\n      recentChecks(first: 30) {\n        id\n        createdAt\n        stage\n        checkerName\n        passed\n        latencyMs\n        detail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProxyDetailChanges {\n    proxyStatusChanged {\n      newStatus\n      proxy {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProxyDetailChanges {\n    proxyStatusChanged {\n      newStatus\n      proxy {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcesList($first: Int!, $after: String) {\n    sources(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          url\n          parserName\n          cronSchedule\n          isActive\n          proxyCount\n          lastScrapedAt\n          nextScrapeAt\n          lastError\n          lastErrorAt\n          scrapes(first: 5) {\n            edges {\n              node {\n                startedAt\n                finishedAt\n                durationMs\n                proxiesDiscovered\n                proxiesNew\n                proxiesUpdated\n                error\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SourcesList($first: Int!, $after: String) {\n    sources(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          url\n          parserName\n          cronSchedule\n          isActive\n          proxyCount\n          lastScrapedAt\n          nextScrapeAt\n          lastError\n          lastErrorAt\n          scrapes(first: 5) {\n            edges {\n              node {\n                startedAt\n                finishedAt\n                durationMs\n                proxiesDiscovered\n                proxiesNew\n                proxiesUpdated\n                error\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScrapeNow($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult {\n        ok\n        error\n        proxiesDiscovered\n        proxiesNew\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScrapeNow($id: ID!) {\n    scrapeSource(id: $id) {\n      __typename\n      ... on ScrapeResult {\n        ok\n        error\n        proxiesDiscovered\n        proxiesNew\n      }\n      ... on Error {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScrapesLive {\n    scrapeCompleted {\n      sourceId\n      ok\n      error\n      proxiesDiscovered\n      proxiesNew\n      source {\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ScrapesLive {\n    scrapeCompleted {\n      sourceId\n      ok\n      error\n      proxiesDiscovered\n      proxiesNew\n      source {\n        url\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;