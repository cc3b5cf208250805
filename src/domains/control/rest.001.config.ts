// Seed 001's configuration routes: GET/PUT /api/v1/config and POST /api/v1/reload.
import { graphql } from "../../generated/graphql/index.js";
import { defineRoute } from "../../http/legacy.js";
import { ValidationError } from "../../errors.js";

const getConfig = defineRoute({
  method: "GET",
  path: "/api/v1/config",
  api: "seed001",
  document: graphql(`query LegacyV1Config { runningConfig }`),
  result: ({ runningConfig }) => ({ body: runningConfig }),
});

const putConfig = defineRoute({
  method: "PUT",
  path: "/api/v1/config",
  api: "seed001",
  document: graphql(`
    mutation LegacyV1UpdateConfig($settings: JSON!) {
      updateConfig(settings: $settings) {
        __typename
        ... on UpdateConfigPayload { version restartRequired changes restartOnly }
        ... on Error { code message details }
      }
    }
  `),
  variables: ({ body }) => ({ settings: body }),
  result: ({ updateConfig: r }) =>
    r.__typename === "UpdateConfigPayload"
      ? {
          body: {
            success: true,
            message: (r.changes as unknown[]).length ? "Configuration updated" : "Configuration unchanged",
            restart_required: r.restartRequired,
            version: r.version,
            changes: r.changes,
            ...(r.restartOnly.length ? { not_applied: r.restartOnly } : {}),
          },
        }
      : { error: new ValidationError("Request validation failed") },
});

const reload = defineRoute({
  method: "POST",
  path: "/api/v1/reload",
  api: "seed001",
  document: graphql(`mutation LegacyV1Reload { reloadConfig }`),
  result: ({ reloadConfig }) => ({ body: { success: true, message: "Server reloaded successfully", version: reloadConfig } }),
});

export const routes001Config = [getConfig, putConfig, reload];
