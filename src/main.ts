// Process entry: parse config, build the app, listen, stop gracefully on SIGTERM/SIGINT.
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";

let config;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

const app = await buildApp(config);
await app.listen();

let signalled = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (signalled) process.exit(1); // second signal: stop waiting
    signalled = true;
    app.log.info({ signal }, "signal received");
    const hardStop = setTimeout(() => {
      app.log.error("graceful shutdown timed out");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    hardStop.unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
