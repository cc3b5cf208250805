// The one GraphQL pipeline. HTTP, SSE, graphql-ws and the legacy REST layer all run
// operations through this Yoga instance and its envelop plugins.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import type { DefinitionNode, GraphQLSchema, OperationDefinitionNode, SelectionNode } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { currentRequest, type Context, type RequestMeta } from "./context.js";
import { createMaskError } from "./errors.js";

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

export function createGraphQL(schema: GraphQLSchema, config: Config, log: Logger, makeContext: ContextFactory) {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    graphiql: { title: "switchyard", subscriptionsProtocol: "WS" },
    landingPage: false,
    logging: {
      debug: (...a) => log.debug(a.map(String).join(" ")),
      info: (...a) => log.info(a.map(String).join(" ")),
      warn: (...a) => log.warn(a.map(String).join(" ")),
      error: (...a) => log.error(a.map(String).join(" ")),
    },
    maskedErrors: {
      maskError: createMaskError((err) => {
        const requestId = currentRequest.getStore()?.requestId;
        log.error({ err, requestId }, "unexpected error in a resolver");
        return requestId;
      }),
    },
    context: async ({ request, meta }) => ({ ...(await makeContext(request, meta)), meta }),
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: config.limits.maxDepth, ignoreIntrospection: true },
        maxAliases: { n: config.limits.maxAliases },
        costLimit: { maxCost: config.limits.maxCost, ignoreIntrospection: true },
        maxDirectives: { n: 50 },
        maxTokens: { n: 2_000 },
        blockFieldSuggestion: { enabled: config.env === "production" },
      }),
      operationLabel,
    ],
  });
}

export type GraphQLServer = ReturnType<typeof createGraphQL>;
