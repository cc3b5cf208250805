// The switchyard bench server as `npm start` runs switchyard: bundled by esbuild with the
// build's own options (scripts/build.mjs), then run by plain Node. Run from the sources under
// tsx instead, the server measured was not the one shipped: tsx keeps every function's name
// with a helper called each time a function (a closure per request, say) is created, and
// loads each module through its hooks.
import { build } from "esbuild";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
// @ts-expect-error: a plain JavaScript script with no type declarations; its two exports are typed below.
import * as buildScript from "../../scripts/build.mjs";

const { esbuildOptions, writeOutputs } = buildScript as {
  esbuildOptions(entryPoints: Record<string, string>): Parameters<typeof build>[0] & { outdir: string };
  writeOutputs(files: { path: string; contents: Uint8Array }[]): Set<string>;
};

// Its own name per bench process: two benches at once neither share nor remove each other's.
const NAME = `bench-switchyard-server-${process.pid}`;
let built: Promise<URL> | undefined;

/**
 * Builds bench/lib/switchyard-server.ts into dist/ (beside main.js, so the paths it finds
 * relative to itself are the shipped server's) once per bench run, and returns its URL.
 */
export function switchyardServerEntry(): Promise<URL> {
  built ??= (async () => {
    // One file, no chunks: a full `npm run build` removes chunks it did not write.
    const options = { ...esbuildOptions({ [NAME]: "bench/lib/switchyard-server.ts" }), splitting: false, sourcemap: false as const };
    removeOrphans(options.outdir);
    const result = await build(options);
    writeOutputs(result.outputFiles!);
    const file = path.join(options.outdir, `${NAME}.js`);
    process.once("exit", () => rmSync(file, { force: true }));
    return pathToFileURL(file);
  })();
  return built;
}

/** Bundles left by bench processes that died without their exit handler (a SIGINT, a kill). */
function removeOrphans(dir: string) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = /^bench-switchyard-server-(\d+)\.js$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) rmSync(path.join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
