import type { Database } from "better-sqlite3";

const DAY_MS = 86_400_000;

/** What a server manager (or `npm run report`) sees about a period: the figures and the questions to work on. */
export interface Stats {
  /** Null: every server. */
  guildId: string | null;
  days: number;
  since: string;
  questions: number;
  declined: number;
  /** Declines counted by reason, most frequent first. */
  declinesByReason: Array<{ reason: string; count: number }>;
  up: number;
  down: number;
  /** Median time from the question to the reply, in ms; null with no questions. */
  medianLatencyMs: number | null;
  /** The most asked questions (by their text, ignoring case and surrounding space). */
  topQuestions: Array<{ text: string; count: number }>;
  /** Questions that were declined or got a 👎, newest first: what to improve knowledge/ with. */
  toImprove: Array<{ text: string; why: string; at: string }>;
}

const TOP = 5;
const TO_IMPROVE = 10;

/**
 * The one place the figures are computed: /stats and `npm run report` both call it, so they never disagree.
 */
export function readStats(db: Database, query: { guildId: string | null; days: number; now: number }): Stats {
  const since = query.now - query.days * DAY_MS;
  // `@guild IS NULL` makes one statement serve both one server and all of them.
  const where = "at >= @since AND (@guild IS NULL OR guild_id = @guild)";
  const args = { since, guild: query.guildId };
  const counts = db
    .prepare(`SELECT COUNT(*) AS questions, COALESCE(SUM(declined), 0) AS declined FROM questions WHERE ${where}`)
    .get(args) as { questions: number; declined: number };
  const declinesByReason = db
    .prepare(
      `SELECT COALESCE(decline_reason, 'unknown') AS reason, COUNT(*) AS count FROM questions
       WHERE ${where} AND declined = 1 GROUP BY reason ORDER BY count DESC, reason`,
    )
    .all(args) as Array<{ reason: string; count: number }>;
  const votes = db
    .prepare(
      `SELECT COALESCE(SUM(vote = 'up'), 0) AS up, COALESCE(SUM(vote = 'down'), 0) AS down FROM votes WHERE ${where}`,
    )
    .get(args) as { up: number; down: number };
  const latencies = (
    db.prepare(`SELECT latency_ms AS ms FROM questions WHERE ${where} ORDER BY latency_ms`).all(args) as Array<{
      ms: number;
    }>
  ).map((r) => r.ms);
  const topQuestions = db
    .prepare(
      `SELECT MIN(text) AS text, COUNT(*) AS count FROM questions WHERE ${where}
       GROUP BY LOWER(TRIM(text)) ORDER BY count DESC, MAX(at) DESC LIMIT ${TOP}`,
    )
    .all(args) as Array<{ text: string; count: number }>;
  const toImprove = (
    db
      .prepare(
        `SELECT text, 'declined: ' || COALESCE(decline_reason, 'unknown') AS why, at FROM questions WHERE ${where} AND declined = 1
         UNION ALL
         SELECT question AS text, '👎' || COALESCE(': ' || reason, '') AS why, at FROM votes WHERE ${where} AND vote = 'down'
         ORDER BY at DESC LIMIT ${TO_IMPROVE}`,
      )
      .all(args) as Array<{ text: string; why: string; at: number }>
  ).map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
  return {
    guildId: query.guildId,
    days: query.days,
    since: new Date(since).toISOString(),
    questions: counts.questions,
    declined: counts.declined,
    declinesByReason,
    up: votes.up,
    down: votes.down,
    medianLatencyMs: median(latencies),
    topQuestions,
    toImprove,
  };
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}
