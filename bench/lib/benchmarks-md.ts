// BENCHMARKS.md at the repository root: a fixed header, then one section per benchmark
// between markers. A run replaces only its own section, so benches can run separately.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const BENCHMARKS_FILE = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));

const HEADER = `# Benchmarks

Run one with \`npm run bench -- <name>\` (\`npm run bench\` alone lists them). Common flags:
\`--duration <s>\` (measured seconds per target, default 10), \`--connections <n>\` (default 50)
and \`--warmup <s>\` (default 3). The server under test runs in its own child process with
\`LOG_LEVEL=warn\` and \`npm start\`'s Node flags; switchyard is bundled with the build's own esbuild
options and run by plain Node, as \`npm start\` runs it (bench/lib/bundle.ts), the baselines from
their TypeScript under tsx. autocannon drives it from the parent process, one target after the other.
PGlite in a temporary \`DATA_DIR\` is used unless \`DATABASE_URL\` (and optionally \`REDIS_URL\`)
is set in the environment (graphql-read keeps one section per database; \`BENCH_DATABASE=pglite\`
runs acquire on PGlite). When \`taskset\` exists the load generator is pinned to core 0 and the
servers to the last core. "Server CPU" is \`process.cpuUsage()\` of the process doing the work over
the measured period, per operation. \`BENCH_PROFILE_DIR=/tmp/prof\` writes a CPU profile of each
server's measured period (not its start-up) into that directory. \`BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"\` passes
Node flags to the server processes only, e.g. to profile them.

Absolute figures depend on the machine (CI and dev machines have 2 cores, shared by the load
generator and the server). Each bench therefore also measures a baseline in the same run and
records the ratio; compare ratios between runs, not raw requests per second.

Each section below is rewritten by its bench on every run; edit this header by hand only.
`;

const start = (name: string) => `<!-- bench:${name} -->`;
const end = (name: string) => `<!-- /bench:${name} -->`;

/** Pure: returns `doc` with the section of `name` replaced by `body` (appended if absent). */
export function replaceSection(doc: string, name: string, body: string): string {
  const block = `${start(name)}\n${body.trim()}\n${end(name)}`;
  const from = doc.indexOf(start(name));
  const to = doc.indexOf(end(name));
  if (from === -1 && to === -1) return `${doc.trimEnd()}\n\n${block}\n`;
  if (from === -1 || to === -1 || to < from) {
    throw new Error(`BENCHMARKS.md has a broken section for ${name}: fix its ${start(name)} / ${end(name)} markers`);
  }
  return doc.slice(0, from) + block + doc.slice(to + end(name).length);
}

export async function recordSection(name: string, body: string, file = BENCHMARKS_FILE): Promise<void> {
  const doc = existsSync(file) ? await readFile(file, "utf8") : HEADER;
  await writeFile(file, replaceSection(doc, name, body));
}
