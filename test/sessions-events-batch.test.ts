// Events logged at the same time share INSERT statements (sessions/event-writer.ts). Sharing
// must not change what each caller gets: every event on the caller's own session is stored
// once and answered with its own row, every event aimed at someone else's session is refused
// as not found, whatever else went into the same statement.
import { describe, expect, it } from "vitest";
import { insertEvents } from "../src/domains/sessions/event-writer.js";
import { registerUser, startNode, useNode } from "./helpers.js";

/** The row id inside a Relay global id (`Type:uuid`, base64). */
const raw = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1];

const REGISTER = `mutation BatchTestRegister { registerSession(input: { targetUrl: "https://batch.example/" }) { __typename ... on AutomationSession { id } } }`;
const LOG = `mutation BatchTestLog($input: LogSessionEventInput!) { logSessionEvent(input: $input) { __typename
  ... on SessionEvent { id type details } ... on Error { code } } }`;

describe("session events logged at once", () => {
  const { node } = useNode();

  it("stores each caller's events once and refuses those on another user's session, in the same batches", async () => {
    const [alice, bob] = [await registerUser(node), await registerUser(node)];
    const sessionOf = async (auth: Record<string, string>) => (await node.gql(REGISTER, {}, auth)).data.registerSession.id as string;
    const [aliceSession, bobSession] = [await sessionOf(alice.auth), await sessionOf(bob.auth)];
    const sends = Array.from({ length: 60 }, (_, i) => {
      const who = i % 3 === 2 ? bob : alice; // every third one comes from bob, aimed at alice's session
      return node.gql(LOG, { input: { sessionId: aliceSession, type: "CUSTOM", details: { i } } }, who.auth).then((r) => ({ i, r: r.data.logSessionEvent }));
    });
    sends.push(...Array.from({ length: 20 }, (_, i) => node.gql(LOG, { input: { sessionId: bobSession, type: "NAVIGATION", details: { i: 100 + i } } }, bob.auth).then((r) => ({ i: 100 + i, r: r.data.logSessionEvent }))));
    const answers = await Promise.all(sends);
    for (const { i, r } of answers) {
      if (i < 100 && i % 3 === 2) expect(r).toEqual({ __typename: "NotFoundError", code: "NOT_FOUND" });
      else expect(r).toMatchObject({ __typename: "SessionEvent", details: { i } });
    }
    const rows = await node.app.db.prisma.sessionEvent.findMany({ select: { sessionId: true, userId: true, details: true } });
    const onAlice = rows.filter((r) => r.sessionId === raw(aliceSession));
    expect(onAlice.map((r) => (r.details as { i: number }).i).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i).filter((i) => i % 3 !== 2));
    expect(onAlice.every((r) => r.userId === raw(alice.id))).toBe(true);
    expect(rows.filter((r) => r.sessionId === raw(bobSession))).toHaveLength(20);
  });

  it("inserts a batch in one statement and answers each item with its own row or null", async () => {
    const u = await registerUser(node);
    const session = raw((await node.gql(REGISTER, {}, u.auth)).data.registerSession.id);
    const statements: string[] = [];
    const sql: typeof node.app.db.sql = (q) => (statements.push(q.text), node.app.db.sql(q));
    const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const rows = await insertEvents(sql, [
      { id: ids[0], sessionId: session, ownerId: raw(u.id), type: "CLICK", details: '{"a":"x,\\"y\\"\\n"}', value: { a: 'x,"y"\n' } },
      { id: ids[1], sessionId: session, ownerId: crypto.randomUUID(), type: "CLICK", details: "{}", value: {} },
      { id: ids[2], sessionId: session, ownerId: null, type: "INPUT", details: '{"b":2}', value: { b: 2 } },
    ]);
    expect(statements).toHaveLength(1);
    expect(rows.map((r) => r?.id ?? null)).toEqual([ids[0], null, ids[2]]);
    // Commas, quotes and newlines survive the VALUES list into the stored jsonb.
    const stored = await node.app.db.prisma.sessionEvent.findUnique({ where: { id: ids[0] }, select: { details: true, userId: true } });
    expect(stored).toEqual({ details: { a: 'x,"y"\n' }, userId: raw(u.id) });
    expect(rows[0]!.details).toEqual({ a: 'x,"y"\n' });
  });

  // SESSION_EVENTS_GATHER_MS reaches the node's writer: an event that follows another closely
  // waits for the gather time, and one logged meanwhile shares its statement; with 0, each of
  // them has its own.
  it.each([
    [100, 2],
    [0, 3],
  ])("with SESSION_EVENTS_GATHER_MS=%i, three events logged close together take %i INSERTs", async (gatherMs, inserts) => {
    let count = 0;
    const gathering = await startNode({
      env: { SESSION_EVENTS_GATHER_MS: String(gatherMs) },
      onStatement: (sql) => void (/INSERT INTO session_events/.test(sql) && count++),
    });
    try {
      const u = await registerUser(gathering);
      const session = (await gathering.gql(REGISTER, {}, u.auth)).data.registerSession.id as string;
      const log = (i: number) => gathering.gql(LOG, { input: { sessionId: session, type: "CUSTOM", details: { i } } }, u.auth);
      expect((await log(1)).data.logSessionEvent).toMatchObject({ __typename: "SessionEvent" }); // after a quiet spell: not held
      const second = log(2); // right after the first: held for the gather time
      await new Promise((r) => setTimeout(r, 10));
      const third = log(3); // arrives within it
      for (const r of await Promise.all([second, third])) expect(r.data.logSessionEvent).toMatchObject({ __typename: "SessionEvent" });
      expect(count).toBe(inserts);
    } finally {
      await gathering.close();
    }
  });
});
