// This node's structured log entries as they are written (admins). Seed 001's `logs` /ws
// channel is a view of this subscription. Entries come from the process logger through its
// tap (src/log-tap.ts): only lines the node's LOG_LEVEL lets through exist at all.
import { DroppingBuffer, Repeater } from "graphql-yoga";
import { builder } from "../../graphql/builder.js";
import { LOG_LEVELS, type LogEntry } from "../../log-tap.js";

const LogLevelEnum = builder.enumType("LogLevel", { values: LOG_LEVELS });

const LogEntryRef = builder.objectRef<LogEntry>("LogEntry").implement({
  description: "One line of this node's log",
  fields: (t) => ({
    timestamp: t.expose("timestamp", { type: "DateTime" }),
    level: t.expose("level", { type: LogLevelEnum }),
    message: t.exposeString("message"),
    fields: t.field({ type: "JSON", description: "The line's own fields, secrets redacted", resolve: (e) => e.fields }),
  }),
});

builder.subscriptionField("logs", (t) =>
  t.withAuth({ admin: true }).field({
    type: LogEntryRef,
    description:
      "This node's log entries at or above `level` (default info) as they are written. Entries below the node's " +
      "LOG_LEVEL are never produced; past 200 entries a second the surplus is dropped, not queued.",
    args: { level: t.arg({ type: LogLevelEnum, required: false, defaultValue: "info" }) },
    subscribe: (_r, { level }, ctx) =>
      new Repeater<LogEntry>(async (push, stop) => {
        // Shutdown closes every pub/sub stream: that ends this one too.
        const shutdown = ctx.pubsub.subscribe("cluster:event");
        void (async () => {
          try {
            for await (const _ of shutdown);
          } finally {
            stop();
          }
        })();
        // A subscriber that cannot keep up loses the newest entries (DroppingBuffer) instead
        // of growing a buffer.
        const unsubscribe = ctx.node.logs.subscribe(level ?? "info", (entry) => void push(entry).catch(() => {}));
        await stop;
        unsubscribe();
        await shutdown.return?.();
      }, new DroppingBuffer(256)),
    resolve: (e) => e,
  }),
);
