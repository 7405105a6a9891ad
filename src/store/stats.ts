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
/** A 👎 note is a user's words shown to others: a glimpse of it, not a page. */
const NOTE_CHARS = 100;

export interface StatsQuery {
  /** Null: every server. */
  guildId: string | null;
  days: number;
  /**
   * Which questions may be listed by their text: absent lists every one (`npm run report`, for the operator, who
   * holds the database anyway); a channel lists only those asked publicly in it (/stats, in the channel it is used
   * in: one its viewer can see). Everything is counted either way.
   */
  listedIn?: { channelId: string | null };
}

/**
 * The one place the figures are computed: /stats and `npm run report` both call it, so they never disagree.
 */
export function readStats(db: Database, query: StatsQuery & { now: number }): Stats {
  const since = query.now - query.days * DAY_MS;
  // Two plain conditions rather than `(@guild IS NULL OR guild_id = @guild)`, which keeps SQLite off the
  // (guild_id, at) index and scans every row.
  const where = query.guildId === null ? "at >= @since" : "guild_id = @guild AND at >= @since";
  const listed = query.listedIn ? `${where} AND private = 0 AND channel_id IS @channel` : where;
  const args = { since, guild: query.guildId, channel: query.listedIn?.channelId ?? null };
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
  // The middle one or two latencies, sorted by SQLite: no row list is built in JavaScript.
  const n = counts.questions;
  const middle = (
    db
      .prepare(
        `SELECT latency_ms AS ms FROM questions WHERE ${where} ORDER BY latency_ms LIMIT ${2 - (n % 2)} OFFSET ${Math.max(0, Math.floor((n - 1) / 2))}`,
      )
      .all(args) as Array<{ ms: number }>
  ).map((r) => r.ms);
  // Whole days from the per-day counts; the part of the first day that is in the period from the rows themselves.
  const firstDay = Math.floor(since / DAY_MS);
  const daysWhere = query.guildId === null ? "day > @firstDay" : "guild_id = @guild AND day > @firstDay";
  const daysListed = query.listedIn ? `${daysWhere} AND private = 0 AND channel_id = IFNULL(@channel, '')` : daysWhere;
  const topQuestions = db
    .prepare(
      `SELECT MIN(text) AS text, SUM(n) AS count FROM (
         SELECT norm, text, n, last_at FROM question_days WHERE ${daysListed}
         UNION ALL
         SELECT LOWER(TRIM(text)), text, 1, at FROM questions WHERE ${listed} AND at < @firstDayEnd
       ) GROUP BY norm ORDER BY count DESC, MAX(last_at) DESC LIMIT ${TOP}`,
    )
    .all({ ...args, firstDay, firstDayEnd: (firstDay + 1) * DAY_MS }) as Array<{ text: string; count: number }>;
  const toImprove = db
    .prepare(
      `SELECT text, 'declined: ' || COALESCE(decline_reason, 'unknown') AS why, at FROM questions WHERE ${listed} AND declined = 1
         UNION ALL
         SELECT question AS text, '👎' || COALESCE(': ' || substr(reason, 1, ${NOTE_CHARS}), '') AS why, at FROM votes
         WHERE ${listed} AND vote = 'down'
         ORDER BY at DESC LIMIT ${TO_IMPROVE}`,
    )
    .all(args) as Array<{ text: string; why: string; at: number }>;
  return statsFrom(query, since, { counts, declinesByReason, votes, middle, topQuestions, toImprove });
}

/** What each store reads for the figures; statsFrom puts them together the same way for both. */
export interface StatsParts {
  counts: { questions: number; declined: number };
  declinesByReason: Array<{ reason: string; count: number }>;
  votes: { up: number; down: number };
  /** The middle one or two latencies. */
  middle: number[];
  topQuestions: Array<{ text: string; count: number }>;
  toImprove: Array<{ text: string; why: string; at: number }>;
}

export function statsFrom(query: StatsQuery, since: number, parts: StatsParts): Stats {
  const { middle } = parts;
  return {
    guildId: query.guildId,
    days: query.days,
    since: new Date(since).toISOString(),
    questions: parts.counts.questions,
    declined: parts.counts.declined,
    declinesByReason: parts.declinesByReason,
    up: parts.votes.up,
    down: parts.votes.down,
    medianLatencyMs: middle.length ? Math.round(middle.reduce((a, b) => a + b, 0) / middle.length) : null,
    topQuestions: parts.topQuestions,
    toImprove: parts.toImprove.map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
  };
}

/** The start of the period and the figures' fixed sizes, the same in both stores. */
export const STATS_LIMITS = { top: TOP, toImprove: TO_IMPROVE, noteChars: NOTE_CHARS, dayMs: DAY_MS } as const;
