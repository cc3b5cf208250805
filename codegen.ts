// GraphQL Code Generator: typed documents for the legacy routes and the tests, from the
// committed schema.graphql. Run `npm run codegen` after changing a document or the schema.
// Two targets: the server's documents (src/generated/graphql) and the console's (web/src/gql),
// so the browser bundle carries only the console's own operations.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "src/generated/graphql/": {
      documents: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "!src/generated/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: "string", JSON: "unknown" },
      },
    },
    "web/src/gql/": {
      documents: ["web/src/**/*.{ts,tsx}", "!web/src/gql/**"],
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
