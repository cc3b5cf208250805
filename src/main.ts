// Process entry: parse config, build the app, listen, stop gracefully on SIGTERM/SIGINT.
// A start-up failure is one line on stderr that says what to do, then exit code 1.
import { buildApp, type App } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { StartupError } from "./startup.js";

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

/** The one line for a start-up failure; the stack only when debugging. */
function startupMessage(err: unknown): string {
  if (err instanceof StartupError) return err.message;
  const e = err as NodeJS.ErrnoException;
  const where = `${config.host}:${config.port}`;
  if (e?.code === "EADDRINUSE") return `Port ${config.port} is already in use on ${config.host}: stop the process holding it or set PORT.`;
  if (e?.code === "EACCES") return `Not allowed to listen on ${where}: choose a PORT above 1023 or run with the needed privilege.`;
  if (e?.code === "EADDRNOTAVAIL") return `Cannot listen on ${where}: ${config.host} is not an address of this machine; fix HOST.`;
  const detail = ["debug", "trace"].includes(config.logLevel) ? `\n${e?.stack}` : " (LOG_LEVEL=debug shows the stack)";
  return `switchyard failed to start: ${e?.message ?? String(err)}${detail}`;
}

let app: App | undefined;
try {
  app = await buildApp(config);
  await app.listen();
} catch (err) {
  console.error(startupMessage(err));
  // Whatever was started (database, jobs) is stopped, but a stop that hangs does not keep us.
  const stopped = app?.stop().catch(() => {});
  await Promise.race([stopped, new Promise((r) => setTimeout(r, config.shutdownTimeoutMs).unref())]);
  process.exit(1);
}

const running = app;
// A shutdown asked for through the control plane (`shutdown` mutation) ends the process too.
void running.shutdownDone.then(() => process.exit(0));
let signalled = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (signalled) process.exit(1); // second signal: stop waiting
    signalled = true;
    running.log.info({ signal }, "signal received");
    const hardStop = setTimeout(() => {
      running.log.error("graceful shutdown timed out");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    hardStop.unref();
    running.stop().then(
      () => process.exit(0),
      (err) => {
        running.log.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
