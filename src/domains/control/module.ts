// The control plane: today the node's health; status, config, cluster and routing later.
import { defineDomain } from "../../domain.js";
import * as healthSchema from "./health.schema.js";
import { routes000 } from "./rest.000.js";
import { routes001 } from "./rest.001.js";
import { routes004 } from "./rest.004.js";

export const controlModule = defineDomain({
  name: "control",
  schema: [healthSchema],
  legacyRoutes: [...routes000, ...routes001, ...routes004],
});
