// Child process: the baseline, a bare graphql-yoga server with yoga's defaults on node:http.
// It shows what the HTTP + GraphQL pipeline alone costs on this machine, so switchyard's
// figures can be read as a ratio instead of machine-dependent absolutes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { runAsBenchServer } from "./child.js";

await runAsBenchServer(async () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query {
          hello: String
        }
      `,
      resolvers: { Query: { hello: () => "world" } },
    }),
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
});
