import type { Database } from "better-sqlite3";

const COLUMNS = [
  "record",
  "at",
  "guild_id",
  "channel_id",
  "answer_id",
  "command",
  "mode",
  "text",
  "declined",
  "decline_reason",
  "latency_ms",
  "docs",
  "vote",
  "reason",
] as const;

/** The rows an export holds, in SQL both databases read alike. */
export const EXPORT_QUERIES = {
  questions: `SELECT 'question' AS record, at, guild_id, channel_id, answer_id, command, mode, text, declined,
                     decline_reason, latency_ms, docs, NULL AS vote, NULL AS reason FROM questions ORDER BY at`,
  votes: `SELECT 'vote' AS record, v.at, v.guild_id, v.channel_id, v.answer_id, a.command, v.mode, v.question AS text,
                 NULL AS declined, NULL AS decline_reason, NULL AS latency_ms, v.docs, v.vote, v.reason
          FROM votes v LEFT JOIN answers a ON a.id = v.answer_id ORDER BY v.at`,
} as const;

/**
 * Every question and vote kept, as CSV rows under one header (`record` says which). No column identifies a voter,
 * not even the salted hash: an export is shared more widely than the database.
 */
export function exportCsv(db: Database): string {
  const questions = db.prepare(EXPORT_QUERIES.questions).all() as Record<string, unknown>[];
  const votes = db.prepare(EXPORT_QUERIES.votes).all() as Record<string, unknown>[];
  return csvOf([...questions, ...votes]);
}

/** The CSV text of an export's rows. */
export function csvOf(rows: readonly Record<string, unknown>[]): string {
  const lines = [COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(COLUMNS.map((c) => csvField(c === "at" ? new Date(Number(row.at)).toISOString() : row[c])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * RFC 4180 quoting; a leading =, +, -, @, TAB or CR is prefixed with ' so a spreadsheet never runs a question as a
 * formula (spreadsheets skip a leading TAB or CR and read the = after it).
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
