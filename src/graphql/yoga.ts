// The one GraphQL pipeline. HTTP, SSE, graphql-ws and the legacy REST layer all run
// operations through this Yoga instance and its envelop plugins.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, type DefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionNode, type ValidationContext } from "graphql";
import { createYoga, handleStreamOrSingleExecutionResult, type Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { currentRequest, type Context, type RequestMeta } from "./context.js";
import { corsFor, mutationsOnlyFromJson, varyOnOrigin } from "./cross-origin.js";
import { createMaskError } from "./errors.js";
import { createGraphiQLRenderer, DEFAULT_QUERY } from "./graphiql.js";
import { inputGuard } from "./input-guard.js";
import { releaseRequestCaches } from "./request-caches.js";

export interface ServerContext {
  meta: RequestMeta;
}

export type ContextFactory = (request: Request, meta: RequestMeta) => Promise<Omit<Context, "meta">>;

/** Labels each operation `query:me,users` from its root fields, for metrics and logs. */
const operationLabel: Plugin<{ meta?: RequestMeta }> = {
  onExecute({ args }) {
    const meta = (args.contextValue as { meta?: RequestMeta }).meta;
    const op = args.document.definitions.find(
      (d: DefinitionNode): d is OperationDefinitionNode =>
        d.kind === "OperationDefinition" && (!args.operationName || d.name?.value === args.operationName),
    );
    if (meta && op) {
      const fields = op.selectionSet.selections.flatMap((s: SelectionNode) => (s.kind === "Field" ? [s.name.value] : []));
      meta.operation = `${op.operation}:${fields.sort().join(",") || "?"}`;
    }
  },
};

/**
 * Errors raised while serving a request, keyed to its id. Masking looks the id up in the
 * request's async scope, which HTTP has but graphql-ws operations and subscription events
 * do not; this plugin runs before Yoga's masking and notes the id on each error instead.
 */
const requestOfError = new WeakMap<object, string>();

function noteRequest(payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0], contextValue: unknown) {
  const requestId = (contextValue as { meta?: RequestMeta }).meta?.requestId;
  if (!requestId) return undefined;
  return handleStreamOrSingleExecutionResult(payload, ({ result }) => {
    for (const e of result.errors ?? []) if (e.originalError) requestOfError.set(e.originalError, requestId);
  });
}

const errorRequestIds: Plugin = {
  onExecute: ({ args }) => ({ onExecuteDone: (payload) => noteRequest(payload, args.contextValue) }),
  onSubscribe: ({ args }) => ({ onSubscribeResult: (payload) => noteRequest(payload, args.contextValue) }),
};

/**
 * Armor words a broken limit as "Syntax Error: Query depth limit of 3 exceeded, found 4.".
 * Report it as a validation error that says which limit it was instead.
 */
function limitRejection(limit: "depth" | "aliases" | "cost" | "directives") {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const error = new GraphQLError(err.message.replace(/^Syntax Error: /, ""), {
          extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit },
        });
        if (!ctx) throw error;
        ctx.reportError(error);
      },
    ],
  };
}

/** `plugins`: more envelop plugins after the built-in ones (app.ts adds the open streams' re-checks). */
export function createGraphQL(
  schema: GraphQLSchema,
  config: Config,
  log: Logger,
  makeContext: ContextFactory,
  plugins: (Plugin | Plugin<{}, ServerContext>)[] = [],
) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: config.graphiqlEnabled && { title: "switchyard", subscriptionsProtocol: "WS", defaultQuery: DEFAULT_QUERY },
    renderGraphiQL: createGraphiQLRenderer(),
    landingPage: false,
    // The body limit is graphql-http.ts's (HTTP_MAX_BODY_BYTES): a Content-Length over it is
    // refused before any byte is read, and only a body without one (chunked) is counted as it
    // streams. Yoga's own limit piped every body through a TransformStream, and the pipeline's
    // AbortController threw a DOMException at the end of each: 0.1 ms of CPU per request.
    maxRequestBodySize: false,
    cors: corsFor(config.corsOrigins),
    logging: {
      debug: (...a) => log.debug(a.map(String).join(" ")),
      info: (...a) => log.info(a.map(String).join(" ")),
      warn: (...a) => log.warn(a.map(String).join(" ")),
      error: (...a) => log.error(a.map(String).join(" ")),
    },
    maskedErrors: {
      maskError: createMaskError((err) => {
        const requestId = currentRequest.getStore()?.requestId ?? requestOfError.get(err as object);
        log.error({ err, requestId }, "unexpected error in a resolver");
        return requestId;
      }),
    },
    context: async ({ request, meta }) => ({ ...(await makeContext(request, meta)), meta }),
    plugins: [
      EnvelopArmorPlugin({
        // Fragments do not add depth: every mutation result is a union read through `... on`.
        maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...limitRejection("depth") },
        maxAliases: { n: config.limits.maxAliases, ...limitRejection("aliases") },
        costLimit: { maxCost: config.limits.maxCost, ignoreIntrospection: true, ...limitRejection("cost") },
        maxDirectives: { n: 50, ...limitRejection("directives") },
        maxTokens: { n: 2_000 },
        blockFieldSuggestion: { enabled: config.env === "production" },
      }),
      inputGuard,
      operationLabel,
      errorRequestIds,
      mutationsOnlyFromJson,
      varyOnOrigin(config.corsOrigins),
      releaseRequestCaches,
      ...plugins,
    ],
  });
}

export type GraphQLServer = ReturnType<typeof createGraphQL>;
