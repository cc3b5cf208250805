// startup: time from spawning a node to its first 200 on /health, on PGlite, for a new and
// an existing data directory, next to baselines spawned in the same run (a bare node:http
// server answering /health, and the old `tsx src/main.ts` start path). Targets take turns run
// by run, so a busy spell on the machine is spread over all of them instead of one.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseFlags } from "./lib/args.js";
import { recordSection } from "./lib/benchmarks-md.js";
import { START_FLAGS } from "./lib/node-flags.js";
import { loadAverage, machine } from "./lib/report.js";

export const NAME = "startup";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HEALTH_TIMEOUT_MS = 120_000;

/** A bare node:http server answering /health: what spawning Node and listening costs at all. */
const BARE_SERVER = `require("node:http").createServer((q, s) => s.end(q.url === "/health" ? "ok" : "")).listen(+process.env.PORT, process.env.HOST)`;

interface Target {
  title: string;
  command: string[];
  /** The data directory of one run: a new one each time, or the same prepared one. */
  dataDir(): Promise<string>;
}

export async function run(argv: string[]): Promise<void> {
  const { runs } = parseFlags(argv, { runs: 5 });
  const loadBefore = loadAverage();
  console.log(`bench ${NAME}: ${machine()}; load average before the run: ${loadBefore}`);
  await buildDist();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "sy-bench-startup-"));
  try {
    let fresh = 0;
    const newDir = async () => path.join(scratch, `new-${fresh++}`);
    const existing = path.join(scratch, "existing");
    const existingTsx = path.join(scratch, "existing-tsx");
    const node = process.execPath;
    const targets: Target[] = [
      { title: "baseline: bare node:http answering /health", command: [node, "-e", BARE_SERVER], dataDir: newDir },
      { title: "switchyard `node dist/main.js`, new data dir", command: [node, ...START_FLAGS, "dist/main.js"], dataDir: newDir },
      { title: "switchyard `node dist/main.js`, existing data dir", command: [node, ...START_FLAGS, "dist/main.js"], dataDir: async () => existing },
      { title: "old start path `tsx src/main.ts`, existing data dir", command: [node, "--import", "tsx", "src/main.ts"], dataDir: async () => existingTsx },
    ];
    // The existing directories exist before their first measured run (a first start creates them).
    await timeToHealthy(targets[2].command, existing);
    await timeToHealthy(targets[3].command, existingTsx);

    const times = targets.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      for (const [t, target] of targets.entries()) {
        const ms = await timeToHealthy(target.command, await target.dataDir());
        times[t].push(ms);
        console.log(`  run ${i + 1}/${runs} ${target.title}: ${ms} ms`);
      }
    }
    const medians = times.map(median);
    const rows = targets.map((t, i) => [t.title, String(medians[i]), times[i].join(", "), `${(medians[i] / medians[0]).toFixed(1)}×`]);
    const head = ["target", "median ms", `all ${runs} runs, ms`, "median / bare node"];
    const table = [head, ["---", "---:", "---:", "---:"], ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
    const ratio = `Ratio \`node dist/main.js\` / old \`tsx src/main.ts\`, existing data dir: **${(medians[2] / medians[3]).toFixed(2)}×**`;
    console.log(`\n${table}\n\n${ratio.replaceAll("**", "")}\n`);

    await recordSection(
      NAME,
      [
        `## ${NAME}`,
        "",
        "Time from spawning a process to its first `200` on `GET /health` (polled every 10 ms), on PGlite",
        `with \`LOG_LEVEL=warn\`. \`npm start\` runs \`${["node", ...START_FLAGS, "dist/main.js"].join(" ")}\` (as measured here) once its prestart check finds \`dist/\``,
        "up to date (that check, and npm itself, come on top). A new data directory is copied from the",
        "migrated template in `dist/`; the existing one was created by an unmeasured first start. The",
        "baselines run in the same turns: a bare node:http server (the cost of starting Node at all) and",
        "the old `npm start`, `tsx src/main.ts`. Each process is stopped with SIGTERM before the next starts.",
        "",
        `- Date: ${new Date().toISOString()}`,
        `- Machine: ${machine()}; 1-minute load average before the run: ${loadBefore}, after: ${loadAverage()}`,
        `- Settings: ${runs} runs per target, targets taking turns within each run`,
        "",
        table,
        "",
        ratio,
      ].join("\n"),
    );
    console.log(`recorded in BENCHMARKS.md (section ${NAME})`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** dist/ as `npm start` finds it: rebuilt first if the sources changed (npm's prestart). */
function buildDist(): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ["scripts/build.mjs", "--if-stale"], { cwd: ROOT }, (err, _out, stderr) =>
      err ? reject(new Error(`build failed: ${stderr || err.message}`)) : resolve(),
    ),
  );
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** Spawns `command`, returns the milliseconds until /health answered 200, then stops it. */
async function timeToHealthy(command: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  // Only what the run needs: no DATABASE_URL or REDIS_URL from the caller's shell.
  const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), HOST: "127.0.0.1", PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(" ")} exited ${child.exitCode} before answering /health: ${stderr.trim()}`);
      if (performance.now() - started > HEALTH_TIMEOUT_MS) throw new Error(`${command.join(" ")} did not answer /health within ${HEALTH_TIMEOUT_MS} ms`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/health`);
        await res.arrayBuffer();
        if (res.status === 200) return Math.round(performance.now() - started);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(killer);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
