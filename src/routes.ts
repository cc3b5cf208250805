// The legacy REST route table: every domain's rest.ts, in one list.
import { accountRoutes } from "./domains/accounts/rest.js";
import { healthRoutes } from "./domains/control/rest.js";
import { proxyRoutes } from "./domains/proxies/rest.js";
import { statsRoutes } from "./domains/proxies/rest-stats.js";
import type { LegacyRoute } from "./http/legacy.js";

export const routes: LegacyRoute[] = [...healthRoutes, ...accountRoutes, ...statsRoutes, ...proxyRoutes];
