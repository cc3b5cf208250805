// The accounts domain: users, API keys, login sessions, roles, tiers, credits, and the
// identity every request is authenticated with.
import { defineDomain } from "../../domain.js";
import * as accountsSchema from "./accounts.schema.js";
import * as nodesSchema from "./nodes.schema.js";
import { ensureAdmin } from "./accounts.service.js";
import { createAuthenticator } from "./auth.service.js";
import { routes002 } from "./rest.002.js";
import { routes003 } from "./rest.003.js";
import { routes004 } from "./rest.004.js";
import { createTokens, loadJwtSecret } from "./tokens.js";

export const accountsModule = defineDomain({
  name: "accounts",
  schema: [nodesSchema, accountsSchema],
  legacyRoutes: [...routes002, ...routes003, ...routes004],
  events: { "credits.low": "A user's credit balance fell under CREDITS_LOW_THRESHOLD" },
  identity: async (deps) => {
    const tokens = createTokens(await loadJwtSecret(deps.prisma, deps.config.jwtSecret));
    if (deps.config.adminEmail && deps.config.adminPassword) {
      const { user, created } = await ensureAdmin(deps.prisma, deps.config.adminEmail, deps.config.adminPassword);
      deps.log.info({ email: user.email, created }, "admin account ready");
    }
    const auth = createAuthenticator({ ...deps, tokens }, deps.log);
    return { tokens, authenticate: (headers, ip) => auth.authenticate(headers, ip), close: () => auth.close() };
  },
});
