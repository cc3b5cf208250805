// Every domain's schema module, then the printed schema. Order only affects printing.
import { lexicographicSortSchema } from "graphql";
import { builder } from "./graphql/builder.js";
import "./graphql/errors.js";
import "./domains/accounts/types.js";
import "./domains/accounts/schema.js";
import "./domains/control/health.js";
import "./domains/proxies/sources.schema.js";
import "./domains/proxies/proxies.schema.js";
import "./domains/proxies/leases.schema.js";
import "./domains/proxies/url-test.schema.js";
import "./domains/proxies/stats.schema.js";
import "./domains/proxies/events.schema.js";
import "./domains/proxies/notifiers.schema.js";

export const schema = lexicographicSortSchema(builder.toSchema());
