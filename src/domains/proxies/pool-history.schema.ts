// The pool's size over time: `poolHistory` (bucketed samples of a window) and `poolSampled`
// (each new sample as it is taken). Any authenticated user, like poolStats.
import { SHARED_STREAM } from "../../graphql/shared-streams.js";
import { builder } from "../../graphql/builder.js";
import * as poolHistory from "./pool-history.service.js";

const PoolSampleRef = builder.objectRef<poolHistory.PoolSample>("PoolSample").implement({
  description: "Proxy counts by status at one moment (or averaged over one bucket of poolHistory)",
  fields: (t) => ({
    takenAt: t.expose("takenAt", { type: "DateTime", description: "When taken (the latest sample of a bucket)" }),
    total: t.exposeInt("total"),
    active: t.exposeInt("active"),
    dead: t.exposeInt("dead"),
    unchecked: t.exposeInt("unchecked"),
  }),
});

builder.queryField("poolHistory", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: [PoolSampleRef],
    description:
      "Proxy counts by status over the last `hours`, oldest first, averaged into at most `points` buckets. " +
      "Sampled every POOL_SAMPLE_INTERVAL_MS (default a minute) and kept POOL_SAMPLE_RETENTION_HOURS (default a week)",
    args: {
      hours: t.arg.int({ defaultValue: 24, validate: { min: 1, max: 24 * 366 } }),
      points: t.arg.int({ defaultValue: 240, validate: { min: 2, max: 1000 } }),
    },
    resolve: (_r, args, ctx) => poolHistory.history(ctx.prisma, args.hours ?? 24, args.points ?? 240, ctx.config.poolSamples.intervalMs),
  }),
);

builder.subscriptionField("poolSampled", (t) =>
  t.withAuth({ authenticated: true }).field({
    type: PoolSampleRef,
    extensions: { [SHARED_STREAM]: true },
    description: "Each new sample of the pool's counts, as poolHistory will list it",
    subscribe: (_r, _a, ctx) => ctx.pubsub.subscribe("pool:sampled"),
    resolve: (e) => ({ ...e, takenAt: new Date(e.takenAt) }),
  }),
);
