import type pg from "pg";
import { STATS_LIMITS, type Stats, type StatsQuery, statsFrom } from "../stats.js";
import { named } from "./pool.js";

const { top, toImprove: TO_IMPROVE, noteChars, dayMs } = STATS_LIMITS;

/**
 * The figures from Postgres: the same reads as stats.ts' SQLite ones, in Postgres' SQL, put together by the same
 * statsFrom, so /stats and `npm run report` agree whichever database holds them, and across every instance.
 */
export async function readStatsPg(db: pg.Pool | pg.Client, query: StatsQuery & { now: number }): Promise<Stats> {
  const since = query.now - query.days * dayMs;
  const where = query.guildId === null ? "at >= @since" : "guild_id = @guild AND at >= @since";
  const listed = query.listedIn ? `${where} AND private = 0 AND channel_id IS NOT DISTINCT FROM @channel` : where;
  const firstDay = Math.floor(since / dayMs);
  const args = {
    since,
    guild: query.guildId,
    channel: query.listedIn?.channelId ?? null,
    firstDay,
    firstDayEnd: (firstDay + 1) * dayMs,
  };
  const all = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => {
    const used = Object.fromEntries(Object.entries(args).filter(([k]) => sql.includes(`@${k}`)));
    return (await db.query<T>(named(sql, used))).rows;
  };
  const [counts] = await all<{ questions: number; declined: number }>(
    `SELECT COUNT(*) AS questions, COALESCE(SUM(declined), 0) AS declined FROM questions WHERE ${where}`,
  );
  const declinesByReason = await all<{ reason: string; count: number }>(
    `SELECT COALESCE(decline_reason, 'unknown') AS reason, COUNT(*) AS count FROM questions
     WHERE ${where} AND declined = 1 GROUP BY 1 ORDER BY count DESC, reason`,
  );
  const [votes] = await all<{ up: number; down: number }>(
    `SELECT COUNT(*) FILTER (WHERE vote = 'up') AS up, COUNT(*) FILTER (WHERE vote = 'down') AS down
     FROM votes WHERE ${where}`,
  );
  const n = counts?.questions ?? 0;
  const middle = (
    await all<{ ms: number }>(
      `SELECT latency_ms AS ms FROM questions WHERE ${where}
       ORDER BY latency_ms LIMIT ${2 - (n % 2)} OFFSET ${Math.max(0, Math.floor((n - 1) / 2))}`,
    )
  ).map((r) => r.ms);
  const daysWhere = query.guildId === null ? "day > @firstDay" : "guild_id = @guild AND day > @firstDay";
  const daysListed = query.listedIn
    ? `${daysWhere} AND private = 0 AND channel_id = COALESCE(@channel::text, '')`
    : daysWhere;
  const topQuestions = await all<{ text: string; count: number }>(
    `SELECT MIN(text) AS text, SUM(n) AS count FROM (
       SELECT norm, text, n, last_at FROM question_days WHERE ${daysListed}
       UNION ALL
       SELECT LOWER(TRIM(text)), text, 1, at FROM questions WHERE ${listed} AND at < @firstDayEnd
     ) AS days GROUP BY norm ORDER BY count DESC, MAX(last_at) DESC LIMIT ${top}`,
  );
  const toImprove = await all<{ text: string; why: string; at: number }>(
    `SELECT text, 'declined: ' || COALESCE(decline_reason, 'unknown') AS why, at FROM questions
     WHERE ${listed} AND declined = 1
     UNION ALL
     SELECT question AS text, '👎' || COALESCE(': ' || substr(reason, 1, ${noteChars}), '') AS why, at FROM votes
     WHERE ${listed} AND vote = 'down'
     ORDER BY at DESC LIMIT ${TO_IMPROVE}`,
  );
  return statsFrom(query, since, {
    counts: counts ?? { questions: 0, declined: 0 },
    declinesByReason,
    votes: votes ?? { up: 0, down: 0 },
    middle,
    topQuestions,
    toImprove,
  });
}
