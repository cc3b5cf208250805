// The Node flags `npm start` runs switchyard with (package.json's `start` script), so every
// bench server runs as the shipped server does, and a change there reaches the benches.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
const start = /^node((?:\s+--\S+)*)\s+dist\/main\.js$/.exec(pkg.scripts.start.trim());
if (!start) throw new Error(`package.json's start script is not "node [--flags] dist/main.js": ${pkg.scripts.start}`);

export const START_FLAGS: readonly string[] = start[1].split(/\s+/).filter(Boolean);
