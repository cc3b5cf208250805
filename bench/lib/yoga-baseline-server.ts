// Child process: the baseline, a bare graphql-yoga server with yoga's defaults on node:http.
// It shows what the HTTP + GraphQL pipeline alone costs on this machine, so switchyard's
// figures can be read as a ratio instead of machine-dependent absolutes.
import { createSchema, createYoga } from "graphql-yoga";
import { runAsBenchServer, serveOnLoopback } from "./bench-server.js";

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
  return serveOnLoopback(yoga);
});
