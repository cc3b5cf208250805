// SQL pieces of a credit charge, so another domain can fold a charge into its own single
// statement (acquireProxy: pick + charge + lease in one data-modifying CTE) while the SQL
// that writes `users.credits` and `credit_transactions` stays in accounts. Pure builders;
// they run nothing.
//
// Used as `WITH ..., charge AS (${chargeCte(...)}), ..., credit AS (${creditRowCte(...)})`:
// the CTE names `charge` and `credit` are part of the contract. One statement sees one
// snapshot, so the charge is decided by its own conditional UPDATE (which waits for the
// user's row lock and re-checks `credits >= amount` on the newest row version), never by a
// read elsewhere in the statement.
import { Prisma, type CreditTxType } from "../../generated/prisma/client.js";

/** A cheap, lock-free look at the balance: lets a statement skip work for a caller who cannot pay. */
export const canPaySql = (userId: string, amount: number) =>
  Prisma.sql`EXISTS (SELECT 1 FROM users WHERE id = ${userId}::uuid AND credits >= ${amount}::int)`;

/**
 * `charge`: takes `amount` credits when the balance allows and `gate` holds (a condition on
 * earlier CTEs, e.g. "a proxy was picked"); returns one row (user_id, balance) or none.
 */
export const chargeCte = (userId: string, amount: number, gate: Prisma.Sql = Prisma.sql`TRUE`) => Prisma.sql`
  UPDATE users SET credits = credits - ${amount}::int, updated_at = now()
  WHERE id = ${userId}::uuid AND credits >= ${amount}::int AND ${gate}
  RETURNING id AS user_id, credits AS balance`;

/**
 * `credit`: the credit transaction of the charge, inserted only when `charge` returned its
 * row and every relation in `from` has one (so nothing is recorded for a failed step).
 */
export const creditRowCte = (id: string, amount: number, txType: CreditTxType, description: Prisma.Sql, from: Prisma.Sql = Prisma.sql`charge`) => Prisma.sql`
  INSERT INTO credit_transactions (id, user_id, amount, tx_type, description, balance_after, created_at)
  SELECT ${id}::uuid, charge.user_id, ${-amount}::int, ${txType}::"CreditTxType", ${description}, charge.balance, now()
  FROM ${from}
  RETURNING id::text AS id, created_at`;
