// `prisma generate` offline (the postinstall step). Prisma 7's CLI insists on locating its
// native schema engine before generating, and downloads it when absent, which fails on
// machines that reach only the npm registry. Generating needs no engine: pointing
// PRISMA_SCHEMA_ENGINE_BINARY at a stub satisfies the check (docs/database.md).
// Plain Node rather than tsx: it runs inside `npm ci`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    // The pothos generator is found on PATH; npm adds this when it runs the script, node does not.
    PATH: [path.join(root, "node_modules/.bin"), process.env.PATH].join(path.delimiter),
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || path.join(root, "scripts/no-schema-engine"),
    CHECKPOINT_DISABLE: "1", // no update check: nothing but the npm registry is reachable
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
