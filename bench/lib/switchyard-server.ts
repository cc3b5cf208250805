// Child process: one real switchyard node configured from the environment the bench
// passes in (HOST, PORT=0, LOG_LEVEL, DATA_DIR or DATABASE_URL, REDIS_URL, ...).
import { buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { runAsBenchServer } from "./bench-server.js";

await runAsBenchServer(async () => {
  const config = loadConfig(process.env);
  const app = await buildApp(config);
  const { url } = await app.listen(config.port, config.host);
  return { url, stop: () => app.stop() };
});
