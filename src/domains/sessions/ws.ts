// Seed 000's legacy /ws stream (src/http/legacy-ws.ts): session_started, session_ended,
// event_logged and stats_updated as {"type", "data"} messages, for the sessions the client
// may see (its own; an admin's: everyone's). All passive: seed 000 clients never subscribe.
import { graphql } from "../../generated/graphql/index.js";
import type { Legacy000SessionFieldsFragment } from "../../generated/graphql/graphql.js";
import { defineChannel } from "../../http/legacy-ws.js";
import { eventBody, sessionBody, statsBody } from "./rest.000.js";

const Started = graphql(`
  subscription LegacyWsSessionStarted { sessionStarted { ...Legacy000SessionFields } }
`);
const Ended = graphql(`
  subscription LegacyWsSessionEnded { sessionEnded { ...Legacy000SessionFields } }
`);
const Logged = graphql(`
  subscription LegacyWsEventLogged($sessionId: ID) { eventLogged(sessionId: $sessionId) { ...Legacy000EventFields } }
`);
const StatsUpdated = graphql(`
  subscription LegacyWsStatsUpdated {
    statsUpdated {
      total active successful failed successRate
      proxyStats { proxy sessions successful failed successRate avgDurationSeconds }
      ipHealth { healthy flagged blacklisted }
    }
  }
`);

const sessionMessage = (type: string, s: Legacy000SessionFieldsFragment | null | undefined) => (s ? { type, data: sessionBody(s) } : null);

export const sessionsWsChannels = [
  defineChannel({ name: "session_started", document: Started, passive: true, message: (d) => sessionMessage("session_started", d.sessionStarted) }),
  defineChannel({ name: "session_ended", document: Ended, passive: true, message: (d) => sessionMessage("session_ended", d.sessionEnded) }),
  defineChannel({
    name: "session_events",
    document: Logged,
    passive: true,
    // `session_events:<session id>`: one session's events only.
    takesArgument: true,
    variables: (sessionId) => (sessionId ? { sessionId } : {}),
    message: (d) => ({ type: "event_logged", data: eventBody(d.eventLogged) }),
  }),
  defineChannel({ name: "session_stats", document: StatsUpdated, passive: true, message: (d) => ({ type: "stats_updated", data: statsBody(d.statsUpdated) }) }),
];
