import type { Database } from "better-sqlite3";
import type { AnswerRecord, ConversationKind, QuestionRecord, StoredTurn, Vote, VoteOutcome } from "./records.js";
import { readStats, type Stats } from "./stats.js";
import { userHasher } from "./userHash.js";

const DAY_MS = 86_400_000;
/** Buttons (votes, "More excerpts") work this long after their answer, at least, whatever the retention. */
export const BUTTON_LIFE_MS = DAY_MS;
/** A conversation's newest questions kept: more than a follow-up ever reads. */
const TURNS_KEPT = 8;

export interface StoreOptions {
  /** LOG_RETENTION_DAYS: questions and votes older than this are purged; 0 keeps none. */
  retentionDays: number;
  /** Told once each time recording stops working, and when it works again. */
  onRecordingChange?: (on: boolean, error?: unknown) => void;
  now?: () => number;
}

/**
 * Everything the bot keeps between restarts. Reads and writes are synchronous and small (better-sqlite3), so two
 * presses of one button never interleave. A write that fails (a full disk, a read-only folder) never fails the
 * answer: it is skipped, recording is reported off once, and the next write tries again.
 */
export class Store {
  private readonly hash: (userId: string) => string;
  private readonly now: () => number;
  private failing = false;
  private readonly statements;

  constructor(
    readonly db: Database,
    private readonly options: StoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.hash = userHasher(db);
    this.statements = {
      putAnswer: db.prepare(
        `INSERT OR REPLACE INTO answers (id, command, question, mode, docs, guild_id, channel_id, at, more, turn, conversation_id)
         VALUES (@id, @command, @question, @mode, @docs, @guildId, @channelId, @at, @more, @turn, @conversationId)`,
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
        `INSERT INTO votes (answer_id, user_hash, vote, reason, question, mode, docs, guild_id, channel_id, at)
         VALUES (@answerId, @userHash, @vote, NULL, @question, @mode, @docs, @guildId, @channelId, @at)
         ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, at = excluded.at,
           reason = CASE WHEN excluded.vote = 'up' THEN NULL ELSE votes.reason END`,
      ),
      putReason: db.prepare("UPDATE votes SET reason = ? WHERE answer_id = ? AND user_hash = ? AND vote = 'down'"),
      putQuestion: db.prepare(
        `INSERT INTO questions (answer_id, command, text, declined, decline_reason, mode, latency_ms, docs, guild_id, channel_id, at)
         VALUES (@answerId, @command, @text, @declined, @declineReason, @mode, @latencyMs, @docs, @guildId, @channelId, @at)`,
      ),
    };
  }

  /** False after a write failed, until one succeeds again. */
  get recording(): boolean {
    return !this.failing;
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  /** Keeps an answer that has buttons, so its votes and "More excerpts" work after a restart. */
  putAnswer(answer: AnswerRecord): boolean {
    return (
      this.write(() =>
        this.statements.putAnswer.run({
          ...answer,
          docs: JSON.stringify(answer.docs),
          turn: answer.turn ? JSON.stringify(answer.turn) : null,
          conversationId: answer.conversationId ?? null,
        }),
      ) !== null
    );
  }

  /** The answer, while its buttons still work; null when unknown or past BUTTON_LIFE_MS and the retention. */
  answer(id: string): AnswerRecord | null {
    const row = this.read(() => this.statements.getAnswer.get(id) as AnswerRow | undefined);
    if (!row) return null;
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
    };
  }

  /**
   * Starts a conversation with the questions it follows from, unless it exists already (a second press, a restart).
   * False when it could not be kept (recording is off).
   */
  openConversation(id: string, kind: ConversationKind, guildId: string | null, seed: readonly StoredTurn[]): boolean {
    const done = this.write(() =>
      this.db.transaction(() => {
        const at = this.now();
        if (this.statements.openConversation.run(id, kind, guildId, at).changes === 0) return;
        for (const turn of seed) this.insertTurn(id, turn, at);
      })(),
    );
    return done !== null;
  }

  /** A conversation's questions so far, oldest first; null when there is no such conversation (or it was purged). */
  conversation(id: string): StoredTurn[] | null {
    const found = this.read(() => this.statements.getConversation.get(id) as { kind: string } | undefined);
    if (!found) return null;
    const rows = this.read(
      () =>
        this.statements.getTurns.all(id, TURNS_KEPT) as Array<{ question: string; subject: string; answer: string }>,
    );
    return (rows ?? [])
      .reverse()
      .map((r) => ({ question: r.question, subject: JSON.parse(r.subject) as string[], answer: r.answer }));
  }

  /** Adds a question to its conversation, which keeps its newest TURNS_KEPT. */
  addTurn(id: string, turn: StoredTurn): void {
    this.write(() =>
      this.db.transaction(() => {
        const at = this.now();
        this.insertTurn(id, turn, at);
        this.statements.touchConversation.run(at, id);
        this.statements.trimTurns.run({ id, keep: TURNS_KEPT });
      })(),
    );
  }

  private insertTurn(conversationId: string, turn: StoredTurn, at: number): void {
    this.statements.putTurn.run({ conversationId, ...turn, subject: JSON.stringify(turn.subject), at });
  }

  /** "More excerpts" behind an answer, while it has not expired. */
  more(id: string): string | null {
    const answer = this.answer(id);
    return answer && this.now() - answer.at <= BUTTON_LIFE_MS ? answer.more : null;
  }

  /** One vote per user per answer: a second press changes it (a 👍 drops the reason a 👎 had). */
  vote(answerId: string, userId: string, vote: Vote): VoteOutcome {
    const answer = this.answer(answerId);
    if (!answer) return { kind: "unknown" };
    const userHash = this.hash(userId);
    const outcome = this.write(() =>
      this.db.transaction(() => {
        const previous = (this.statements.getVote.get(answerId, userHash) as { vote: Vote } | undefined)?.vote ?? null;
        this.statements.putVote.run({
          answerId,
          userHash,
          vote,
          question: answer.question,
          mode: answer.mode,
          docs: JSON.stringify(answer.docs),
          guildId: answer.guildId,
          channelId: answer.channelId,
          at: this.now(),
        });
        return { kind: "recorded" as const, vote, previous };
      })(),
    );
    return outcome ?? { kind: "off" };
  }

  /** The "What was wrong?" note of a user's 👎; false when there is no such vote (it was changed to 👍). */
  explainDownvote(answerId: string, userId: string, reason: string): boolean {
    const done = this.write(() => this.statements.putReason.run(reason, answerId, this.hash(userId)));
    return (done?.changes ?? 0) > 0;
  }

  /** Adds a line to the question log; with a retention of 0 days nothing is kept. */
  logQuestion(question: QuestionRecord): void {
    if (this.options.retentionDays === 0) return;
    this.write(() =>
      this.statements.putQuestion.run({
        ...question,
        declined: question.declined ? 1 : 0,
        docs: JSON.stringify(question.docs),
      }),
    );
  }

  /**
   * Removes what is past its retention. Answers stay at least BUTTON_LIFE_MS so their buttons keep working, and a
   * conversation as long after its last question, so a thread's follow-ups keep their context for a day even when
   * the retention keeps no questions.
   */
  purge(): { questions: number; votes: number; answers: number; conversations: number } {
    const now = this.now();
    const cutoff = now - this.options.retentionDays * DAY_MS;
    const kept = Math.min(cutoff, now - BUTTON_LIFE_MS);
    return (
      this.write(() =>
        this.db.transaction(() => {
          const conversations = this.db.prepare("DELETE FROM conversations WHERE at < ?").run(kept).changes;
          this.db.exec("DELETE FROM turns WHERE conversation_id NOT IN (SELECT id FROM conversations)");
          return {
            questions: this.db.prepare("DELETE FROM questions WHERE at < ?").run(cutoff).changes,
            votes: this.db.prepare("DELETE FROM votes WHERE at < ?").run(cutoff).changes,
            answers: this.db.prepare("DELETE FROM answers WHERE at < ?").run(kept).changes,
            conversations,
          };
        })(),
      ) ?? { questions: 0, votes: 0, answers: 0, conversations: 0 }
    );
  }

  /** The figures /stats and `npm run report` show: one server's, or every server's when guildId is null. */
  stats(query: { guildId: string | null; days: number }): Stats {
    return readStats(this.db, { ...query, now: this.now() });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private write<T>(work: () => T): T | null {
    try {
      const result = work();
      if (this.failing) {
        this.failing = false;
        this.options.onRecordingChange?.(true);
      }
      return result;
    } catch (error) {
      if (!this.failing) {
        this.failing = true;
        this.options.onRecordingChange?.(false, error);
      }
      return null;
    }
  }

  private read<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch {
      return undefined;
    }
  }
}

interface AnswerRow {
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
}
