// Legacy REST routes of the accounts domain, one file per seed API.
import type { LegacyRoute } from "../../http/legacy.js";
import { routes002 } from "./rest-002.js";
import { routes003 } from "./rest-003.js";
import { routes004 } from "./rest-004.js";

export const accountRoutes: LegacyRoute[] = [...routes002, ...routes003, ...routes004];
