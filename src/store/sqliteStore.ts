import type { Database } from "better-sqlite3";
import { Held } from "./held.js";
import type { PurgeCounts } from "./purge.js";
import { Purges } from "./purges.js";
import type {
  AnswerLookup,
  AnswerRecord,
  ConversationKind,
  QuestionRecord,
  StoredTurn,
  Vote,
  VoteOutcome,
} from "./records.js";
import { snowflakeTime } from "./snowflake.js";
import { type AnswerRow, fromRow, prepareStatements, recordVote, type Statements } from "./statements.js";
import type { Stats, StatsQuery } from "./stats.js";
import { StatsReader } from "./statsReader.js";
import { BUTTON_LIFE_MS, lookupOf, type Store, type StoreOptions, TURNS_KEPT } from "./store.js";
import { userHasher } from "./userHash.js";
import { Writer } from "./writer.js";

/**
 * The embedded store: one SQLite file, one process. The database never stands between a user and a reply: it runs with
 * busy_timeout 0, a vote is tried once (a lock held elsewhere says "not recorded right now" at once), and every
 * other write goes through a queue that retries from a timer. Until an answer is written it is held in memory, so
 * its buttons work meanwhile, and still do when the write fails (a full disk): they say "not recorded", never
 * "expired".
 */
export class SqliteStore implements Store {
  readonly windows = null;
  private readonly hash: (userId: string) => string;
  private readonly now: () => number;
  private readonly statements: Statements;
  private readonly writer: Writer;
  private readonly held = new Held();
  private readonly purges: Purges;
  private readonly figures: StatsReader;

  constructor(
    readonly db: Database,
    private readonly options: StoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.hash = userHasher(db);
    this.statements = prepareStatements(db);
    this.writer = new Writer(db.name, options.onRecordingChange, this.now);
    this.purges = new Purges(db, this.writer);
    this.figures = new StatsReader(db);
  }

  /** False after a write failed, until one succeeds again; false for good once the file was deleted or replaced. */
  get recording(): boolean {
    return this.writer.recording;
  }

  /** Writes waiting for another process to release the database's lock. */
  get waitingWrites(): number {
    return this.writer.waiting;
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  /** Holds an answer in memory before its reply is sent, so a press that follows at once finds it. */
  hold(answer: AnswerRecord): void {
    this.held.answers.set(answer.id, answer);
  }

  /** Keeps an answer that has buttons (after its reply is sent), so its votes and buttons work after a restart. */
  putAnswer(answer: AnswerRecord): Promise<boolean> {
    this.held.answers.set(answer.id, answer);
    const row = {
      ...answer,
      docs: JSON.stringify(answer.docs),
      turn: answer.turn ? JSON.stringify(answer.turn) : null,
      conversationId: answer.conversationId ?? null,
      private: answer.private ? 1 : 0,
    };
    return this.writer
      .queued(() => this.statements.putAnswer.run(row))
      .then((written) => {
        if (written) this.held.answers.delete(answer.id);
        return written;
      });
  }

  /** Writes an answer hold() kept in memory; false when there is none or it could not be written. */
  persist(id: string): Promise<boolean> {
    const held = this.held.answers.get(id);
    return held ? this.putAnswer(held) : Promise.resolve(false);
  }

  /** The answer, however old, from the database or from memory when it was not (yet) written; null when unknown. */
  async answer(id: string): Promise<AnswerRecord | null> {
    return this.answerNow(id);
  }

  private answerNow(id: string): AnswerRecord | null {
    const row = this.read(() => this.statements.getAnswer.get(id) as AnswerRow | undefined);
    return row ? fromRow(row) : (this.held.answers.get(id) ?? null);
  }

  /** What a button's answer id refers to: see AnswerLookup. */
  async lookup(id: string): Promise<AnswerLookup> {
    return lookupOf(this.answerNow(id), snowflakeTime(id), this.now());
  }

  /**
   * Starts a conversation with the questions it follows from, unless it exists already (a second press, a restart).
   * It is held in memory until written. False when recording is off, so it may not outlive a restart.
   */
  openConversation(id: string, kind: ConversationKind, guildId: string | null, seed: readonly StoredTurn[]): boolean {
    if (!this.conversationNow(id)) this.held.openConversation(id, seed);
    void this.writer
      .queued(() =>
        this.db
          .transaction(() => {
            const at = this.now();
            if (this.statements.openConversation.run(id, kind, guildId, at).changes === 0) return;
            for (const turn of seed) this.insertTurn(id, turn, at);
          })
          .immediate(),
      )
      .then((written) => written && this.held.written(id));
    return this.recording;
  }

  /** A conversation's questions so far, oldest first; null when there is no such conversation (or it was purged). */
  async conversation(id: string): Promise<StoredTurn[] | null> {
    return this.conversationNow(id);
  }

  private conversationNow(id: string): StoredTurn[] | null {
    const found = this.read(() => this.statements.getConversation.get(id) as { kind: string } | undefined);
    if (!found) return this.held.conversation(id, null);
    const rows = this.read(
      () =>
        this.statements.getTurns.all(id, TURNS_KEPT) as Array<{ question: string; subject: string; answer: string }>,
    );
    const written = (rows ?? [])
      .reverse()
      .map((r) => ({ question: r.question, subject: JSON.parse(r.subject) as string[], answer: r.answer }));
    // A turn still queued behind the lock is part of the conversation already: the next follow-up reads it.
    return this.held.conversation(id, written);
  }

  /** Adds a question to its conversation, which keeps its newest TURNS_KEPT. */
  addTurn(id: string, turn: StoredTurn): void {
    this.held.addTurn(id, turn);
    void this.writer
      .queued(() =>
        this.db
          .transaction(() => {
            const at = this.now();
            this.insertTurn(id, turn, at);
            this.statements.touchConversation.run(at, id);
            this.statements.trimTurns.run({ id, keep: TURNS_KEPT });
          })
          .immediate(),
      )
      .then((written) => written && this.held.turnWritten(id, turn));
  }

  private insertTurn(conversationId: string, turn: StoredTurn, at: number): void {
    this.statements.putTurn.run({ conversationId, ...turn, subject: JSON.stringify(turn.subject), at });
  }

  /** "More excerpts" behind an answer, while it has not expired. */
  async more(id: string): Promise<string | null> {
    const found = await this.lookup(id);
    return found.kind === "live" ? found.answer.more : null;
  }

  /**
   * One vote per user per answer: a second press changes it (a 👍 drops the reason a 👎 had). Tried once, now: the
   * reply says what happened, and a lock held elsewhere answers "busy" at once instead of making the voter wait.
   */
  async vote(answerId: string, userId: string, vote: Vote): Promise<VoteOutcome> {
    const answer = this.answerNow(answerId);
    if (!answer) return { kind: "unknown" };
    const userHash = this.hash(userId);
    const at = this.now();
    return this.purges.attempt(() => recordVote(this.db, this.statements, { answer, userHash, vote, at }));
  }

  /** The "What was wrong?" note of a user's 👎: "no_vote" when there is no such vote (it was changed to 👍). */
  async explainDownvote(
    answerId: string,
    userId: string,
    reason: string,
  ): Promise<"noted" | "no_vote" | "off" | "busy"> {
    const done = await this.purges.attempt(() => ({
      kind: this.statements.putReason.run(reason, answerId, this.hash(userId)).changes > 0 ? "noted" : "no_vote",
    }));
    return done.kind as "noted" | "no_vote" | "off" | "busy";
  }

  /** Adds a line to the question log; with a retention of 0 days nothing is kept. */
  logQuestion(question: QuestionRecord): void {
    if (this.options.retentionDays === 0) return;
    const row = {
      ...question,
      declined: question.declined ? 1 : 0,
      docs: JSON.stringify(question.docs),
      private: question.private ? 1 : 0,
    };
    void this.writer.queued(() => this.statements.putQuestion.run(row));
  }

  /** Removes what is past its retention, off the event loop: see purges.ts. */
  /** `onBatch` hears each batch's time and the id of the thread that ran it (never the event loop's own, 0). */
  purge(options: { batch?: number; onBatch?: (ms: number, thread: number) => void } = {}): Promise<PurgeCounts> {
    const { retentionDays } = this.options;
    return this.purges.run(
      { now: this.now(), retentionDays, buttonLifeMs: BUTTON_LIFE_MS, batch: options.batch },
      options.onBatch,
    );
  }

  /** The figures /stats and `npm run report` show: one server's, or every server's when guildId is null. */
  stats(query: StatsQuery): Promise<Stats> {
    return this.figures.read({ ...query, now: this.now() });
  }

  /** Lets the writes waiting for a lock finish, for up to `ms`: at shutdown, so a restart loses none. */
  settle(ms: number): Promise<boolean> {
    return this.writer.settle(ms);
  }

  async close(): Promise<void> {
    // The bot's connection closes before anything is awaited: its log reaches the file even for a caller that does
    // not wait (a copy taken right after sees every row).
    this.writer.flush();
    if (this.db.open) this.db.close();
    await this.figures.close();
  }

  private read<T>(work: () => T): T | undefined {
    try {
      return work();
    } catch {
      return undefined;
    }
  }
}
