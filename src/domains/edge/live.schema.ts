// `edgeChanged` (admins): the signal every node's router reloads its vhost table on, for
// clients that show vhosts and backends (dashboards, the console) and read them again when
// it fires. It carries no rows: a change may be many rows, and the lists are one query.
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";

const EdgeChangeRef = builder.objectRef<{ at: number }>("EdgeChange").implement({
  description: "Vhosts or backends changed: read them again",
  fields: (t) => ({ at: t.field({ type: "DateTime", resolve: (e) => new Date(e.at) }) }),
});

builder.subscriptionField("edgeChanged", (t) =>
  t.withAuth({ admin: true }).field({
    type: EdgeChangeRef,
    extensions: { [SHARED_STREAM]: true },
    description:
      "A vhost or backend was created, changed, deleted, started or stopped, or a backend's health changed, on any node",
    subscribe: (_root, _args, ctx) => ctx.pubsub.subscribe("edge:changed"),
    resolve: (e) => e,
  }),
);
