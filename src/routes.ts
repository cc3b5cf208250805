// The legacy REST route table: every domain's rest.ts, in one list.
import { accountRoutes } from "./domains/accounts/rest.js";
import { healthRoutes } from "./domains/control/rest.js";
import type { LegacyRoute } from "./http/legacy.js";

export const routes: LegacyRoute[] = [...healthRoutes, ...accountRoutes];
