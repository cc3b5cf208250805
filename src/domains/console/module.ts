// The operations console: a web UI (web/, built into dist/console) served at `/`. It has no
// schema and no API of its own: the browser uses the public GraphQL API with the user's login.
import { defineDomain } from "../../domain.js";
import { mountConsole } from "./console.routes.js";
import { defaultConsoleDir, loadStaticFiles } from "./static-files.js";

export const consoleModule = defineDomain({
  name: "console",
  schema: [],
  httpRoutes: (app, deps) => {
    const dir = defaultConsoleDir();
    const files = loadStaticFiles(dir);
    if (!files.size) deps.log.warn({ dir }, "the console is not built (npm run build:console); / explains how");
    mountConsole(app, files);
  },
});
