import { defineConfig } from "vitest/config";

export default defineConfig({
  // One graphql module for everyone: Vite would otherwise load graphql's .mjs build for
  // project files while CommonJS dependencies load the .js build ("another realm").
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite boots a WASM PostgreSQL per app; forks keep one file's instances apart.
    pool: "forks",
    isolate: false,
  },
});
