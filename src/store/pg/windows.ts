import type pg from "pg";
import type { SharedWindows } from "../store.js";

/**
 * One atomic statement per use: the user's row is locked by the upsert, the uses older than the window dropped,
 * and the new one added only when fewer than the limit remain. Two instances taking at once queue on the row, so
 * together they never allow more than the limit. `taken` says whether this call added its use.
 */
const TAKE = `
  INSERT INTO rate_windows AS w (scope, user_hash, uses, taken, at)
  VALUES ($1, $2, ARRAY[$3::bigint], true, $3::bigint)
  ON CONFLICT (scope, user_hash) DO UPDATE SET
    taken = (SELECT COUNT(*) FROM unnest(w.uses) u WHERE u > $3::bigint - $4::bigint) < $5::int,
    uses = ARRAY(SELECT u FROM unnest(w.uses) u WHERE u > $3::bigint - $4::bigint)
           || CASE WHEN (SELECT COUNT(*) FROM unnest(w.uses) u WHERE u > $3::bigint - $4::bigint) < $5::int
                   THEN ARRAY[$3::bigint] ELSE ARRAY[]::bigint[] END,
    at = $3::bigint
  RETURNING taken, (SELECT MIN(u) FROM unnest(w.uses) u) AS oldest`;

const GIVE_BACK = `
  UPDATE rate_windows SET uses = uses[1:cardinality(uses) - 1]
  WHERE scope = $1 AND user_hash = $2 AND cardinality(uses) > 0`;

/** Cooldowns and click limits kept in Postgres, where every instance counts the same uses. */
export function postgresWindows(pool: pg.Pool, hash: (userId: string) => string, now: () => number): SharedWindows {
  return {
    async take(scope, userId, limit, windowMs) {
      const t = now();
      const { rows } = await pool.query<{ taken: boolean; oldest: number | null }>(TAKE, [
        scope,
        hash(userId),
        t,
        windowMs,
        limit,
      ]);
      const row = rows[0];
      if (!row || row.taken) return 0;
      return Math.max(1, Math.ceil(((row.oldest ?? t) + windowMs - t) / 1000));
    },
    async giveBack(scope, userId) {
      await pool.query(GIVE_BACK, [scope, hash(userId)]);
    },
  };
}
