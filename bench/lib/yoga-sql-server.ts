// Child process: the realistic ceiling for `me`. A bare graphql-yoga server on node:http
// that answers the same `me` selection with one SQL query through the driver switchyard
// uses (pg with the same pool size, or PGlite on the same data directory), after checking
// the Bearer key against the one it was given (switchyard resolves keys from its in-process
// cache too). What switchyard costs beyond this is its own.
import { PGlite } from "@electric-sql/pglite";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { createSchema, createYoga } from "graphql-yoga";
import pg from "pg";
import { runAsBenchServer, serveOnLoopback } from "./bench-server.js";

const SQL = "SELECT id::text AS id, email, display_name, role::text AS role, tier::text AS tier, credits FROM users WHERE id = $1::uuid";

interface Row {
  id: string;
  email: string;
  display_name: string;
  role: string;
  tier: string;
  credits: number;
}

await runAsBenchServer(async () => {
  const userId = need("BENCH_USER_ID");
  const bearer = `Bearer ${need("BENCH_KEY")}`;
  let query: (id: string) => Promise<Row | undefined>;
  let close: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    query = async (id) => (await pool.query<Row>(SQL, [id])).rows[0];
    close = () => pool.end();
  } else {
    const db = await PGlite.create({ dataDir: need("DATA_DIR") });
    query = async (id) => (await db.query<Row>(SQL, [id])).rows[0];
    close = () => db.close();
  }

  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type User {
          id: ID!
          email: String!
          displayName: String!
          role: String!
          tier: String!
          credits: Int!
        }
        type Query {
          me: User
        }
      `,
      resolvers: {
        Query: {
          me: async (_root: unknown, _args: unknown, ctx: { request: Request }) => {
            if (ctx.request.headers.get("authorization") !== bearer) return null;
            const row = await query(userId);
            return row && { ...row, id: encodeGlobalID("User", row.id), displayName: row.display_name };
          },
        },
      },
    }),
  });
  return serveOnLoopback(yoga, close);
});

function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (the graphql-read bench passes it)`);
  return value;
}
