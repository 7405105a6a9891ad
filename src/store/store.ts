import type { Database } from "better-sqlite3";
import type { AnswerRecord, QuestionRecord, Vote, VoteOutcome } from "./records.js";
import { readStats, type Stats } from "./stats.js";
import { userHasher } from "./userHash.js";

const DAY_MS = 86_400_000;
/** Buttons (votes, "More excerpts") work this long after their answer, at least, whatever the retention. */
export const BUTTON_LIFE_MS = DAY_MS;

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
        `INSERT OR REPLACE INTO answers (id, command, question, mode, docs, guild_id, channel_id, at, more)
         VALUES (@id, @command, @question, @mode, @docs, @guildId, @channelId, @at, @more)`,
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
    return this.write(() => this.statements.putAnswer.run({ ...answer, docs: JSON.stringify(answer.docs) })) !== null;
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
    };
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

  /** Removes what is past its retention; answers stay at least BUTTON_LIFE_MS so their buttons keep working. */
  purge(): { questions: number; votes: number; answers: number } {
    const now = this.now();
    const cutoff = now - this.options.retentionDays * DAY_MS;
    const answersCutoff = Math.min(cutoff, now - BUTTON_LIFE_MS);
    return (
      this.write(() =>
        this.db.transaction(() => ({
          questions: this.db.prepare("DELETE FROM questions WHERE at < ?").run(cutoff).changes,
          votes: this.db.prepare("DELETE FROM votes WHERE at < ?").run(cutoff).changes,
          answers: this.db.prepare("DELETE FROM answers WHERE at < ?").run(answersCutoff).changes,
        }))(),
      ) ?? { questions: 0, votes: 0, answers: 0 }
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
}
