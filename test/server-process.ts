// The compiled server that `npm start` runs (dist/main.js), for tests that spawn the real
// process. Built the way npm's prestart builds it: only when its sources changed.
import { execFile } from "node:child_process";
import net, { type AddressInfo } from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
export const SERVER_ENTRY = path.join(ROOT, "dist", "main.js");

let built: Promise<void> | undefined;

/** Brings dist/ up to date once per test file (a no-op of milliseconds when it already is). */
export function buildServer(): Promise<void> {
  built ??= new Promise((resolve, reject) =>
    execFile(process.execPath, [path.join(ROOT, "scripts", "build.mjs"), "--if-stale"], { cwd: ROOT, timeout: 170_000 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`build failed: ${stderr || err.message}`)) : resolve(),
    ),
  );
  return built;
}

/** A loopback port nothing listens on right now, for a spawned server's PORT. */
export async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", () => r()));
  const { port } = srv.address() as AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}
