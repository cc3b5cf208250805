// GraphQL Code Generator: typed documents for the legacy routes and the tests, from the
// committed schema.graphql. Run `npm run codegen` after changing a document or the schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["src/**/*.ts", "test/**/*.ts", "bench/**/*.ts", "!src/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/generated/graphql/": {
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
