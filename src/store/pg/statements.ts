import type { AnswerRecord, QuestionRecord, StoredTurn, Vote } from "../records.js";

/** Every statement the Postgres store runs, in the order of their values. */
export const SQL = {
  putAnswer: `INSERT INTO answers (id, command, question, mode, docs, guild_id, channel_id, at, more, turn, conversation_id, private)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
    ON CONFLICT (id) DO UPDATE SET command = excluded.command, question = excluded.question, mode = excluded.mode,
      docs = excluded.docs, guild_id = excluded.guild_id, channel_id = excluded.channel_id, at = excluded.at,
      more = excluded.more, turn = excluded.turn, conversation_id = excluded.conversation_id, private = excluded.private`,
  getAnswer: "SELECT * FROM answers WHERE id = $1",
  openConversation:
    "INSERT INTO conversations (id, kind, guild_id, at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING",
  getConversation: "SELECT kind FROM conversations WHERE id = $1",
  touchConversation: "UPDATE conversations SET at = $1 WHERE id = $2",
  putTurn: "INSERT INTO turns (conversation_id, question, subject, answer, at) VALUES ($1, $2, $3, $4, $5)",
  getTurns: "SELECT question, subject, answer FROM turns WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2",
  trimTurns: `DELETE FROM turns WHERE conversation_id = $1
    AND id NOT IN (SELECT id FROM turns WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2)`,
  // One statement, so one round trip and atomic: the row the vote replaces is read as it was before (the CTE sees
  // the snapshot), and the unique (answer_id, user_hash) key keeps one vote per user per answer.
  putVote: `WITH before AS (SELECT vote FROM votes WHERE answer_id = $1 AND user_hash = $2)
    INSERT INTO votes AS v (answer_id, user_hash, vote, reason, question, mode, docs, guild_id, channel_id, at, private)
    VALUES ($1, $2, $3, NULL, $4, $5, $6, $7, $8, $9, $10)
    ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at,
      reason = CASE WHEN excluded.vote = 'up' THEN NULL ELSE v.reason END
    RETURNING (SELECT vote FROM before) AS previous`,
  putReason: "UPDATE votes SET reason = $1 WHERE answer_id = $2 AND user_hash = $3 AND vote = 'down'",
  putQuestion: `INSERT INTO questions (answer_id, command, text, declined, decline_reason, mode, latency_ms, docs, guild_id, channel_id, at, private)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
} as const;

export function answerValues(answer: AnswerRecord): unknown[] {
  return [
    answer.id,
    answer.command,
    answer.question,
    answer.mode,
    JSON.stringify(answer.docs),
    answer.guildId,
    answer.channelId,
    answer.at,
    answer.more,
    answer.turn ? JSON.stringify(answer.turn) : null,
    answer.conversationId ?? null,
    answer.private ? 1 : 0,
  ];
}

export function voteValues(answer: AnswerRecord, userHash: string, vote: Vote, at: number): unknown[] {
  const docs = JSON.stringify(answer.docs);
  const where = [answer.guildId, answer.channelId];
  return [answer.id, userHash, vote, answer.question, answer.mode, docs, ...where, at, answer.private ? 1 : 0];
}

export function questionValues(q: QuestionRecord): unknown[] {
  return [
    q.answerId,
    q.command,
    q.text,
    q.declined ? 1 : 0,
    q.declineReason,
    q.mode,
    q.latencyMs,
    JSON.stringify(q.docs),
    q.guildId,
    q.channelId,
    q.at,
    q.private ? 1 : 0,
  ];
}

export function turnValues(conversationId: string, turn: StoredTurn, at: number): unknown[] {
  return [conversationId, turn.question, JSON.stringify(turn.subject), turn.answer, at];
}
