import type { Database } from "better-sqlite3";
import type { AnswerRecord, StoredTurn, Vote } from "./records.js";

/** Every statement the store runs on a reply's path, prepared once. */
export function prepareStatements(db: Database) {
  return {
    putAnswer: db.prepare(
      `INSERT OR REPLACE INTO answers (id, command, question, mode, docs, guild_id, channel_id, at, more, turn, conversation_id, private)
       VALUES (@id, @command, @question, @mode, @docs, @guildId, @channelId, @at, @more, @turn, @conversationId, @private)`,
    ),
    openConversation: db.prepare(
      "INSERT INTO conversations (id, kind, guild_id, at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
    ),
    getConversation: db.prepare("SELECT kind FROM conversations WHERE id = ?"),
    touchConversation: db.prepare("UPDATE conversations SET at = ? WHERE id = ?"),
    putTurn: db.prepare(
      "INSERT INTO turns (conversation_id, question, subject, answer, at) VALUES (@conversationId, @question, @subject, @answer, @at)",
    ),
    getTurns: db.prepare(
      "SELECT question, subject, answer FROM turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?",
    ),
    trimTurns: db.prepare(
      "DELETE FROM turns WHERE conversation_id = @id AND id NOT IN (SELECT id FROM turns WHERE conversation_id = @id ORDER BY id DESC LIMIT @keep)",
    ),
    getAnswer: db.prepare("SELECT * FROM answers WHERE id = ?"),
    getVote: db.prepare("SELECT vote FROM votes WHERE answer_id = ? AND user_hash = ?"),
    putVote: db.prepare(
      `INSERT INTO votes (answer_id, user_hash, vote, reason, question, mode, docs, guild_id, channel_id, at, private)
       VALUES (@answerId, @userHash, @vote, NULL, @question, @mode, @docs, @guildId, @channelId, @at, @private)
       ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at,
         reason = CASE WHEN excluded.vote = 'up' THEN NULL ELSE votes.reason END`,
    ),
    putReason: db.prepare("UPDATE votes SET reason = ? WHERE answer_id = ? AND user_hash = ? AND vote = 'down'"),
    putQuestion: db.prepare(
      `INSERT INTO questions (answer_id, command, text, declined, decline_reason, mode, latency_ms, docs, guild_id, channel_id, at, private)
       VALUES (@answerId, @command, @text, @declined, @declineReason, @mode, @latencyMs, @docs, @guildId, @channelId, @at, @private)`,
    ),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

export interface AnswerRow {
  id: string;
  command: string;
  question: string;
  mode: string;
  docs: string;
  guild_id: string | null;
  channel_id: string | null;
  at: number;
  more: string | null;
  turn: string | null;
  conversation_id: string | null;
  private: number;
}

/** An answer as the rest of the bot sees it. */
export function fromRow(row: AnswerRow): AnswerRecord {
  return {
    id: row.id,
    command: row.command,
    question: row.question,
    mode: row.mode,
    docs: JSON.parse(row.docs) as string[],
    guildId: row.guild_id,
    channelId: row.channel_id,
    at: row.at,
    more: row.more,
    turn: row.turn ? (JSON.parse(row.turn) as StoredTurn) : null,
    conversationId: row.conversation_id,
    private: row.private === 1,
  };
}

/** One user's vote on an answer, in one immediate transaction: what it now is, and what it replaced. */
export function recordVote(
  db: Database,
  statements: Statements,
  { answer, userHash, vote, at }: { answer: AnswerRecord; userHash: string; vote: Vote; at: number },
): { kind: "recorded"; vote: Vote; previous: Vote | null } {
  return db
    .transaction(() => {
      const previous = (statements.getVote.get(answer.id, userHash) as { vote: Vote } | undefined)?.vote ?? null;
      statements.putVote.run({
        answerId: answer.id,
        userHash,
        vote,
        question: answer.question,
        mode: answer.mode,
        docs: JSON.stringify(answer.docs),
        guildId: answer.guildId,
        channelId: answer.channelId,
        at,
        private: answer.private ? 1 : 0,
      });
      return { kind: "recorded" as const, vote, previous };
    })
    .immediate();
}
