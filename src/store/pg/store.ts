import { createHash } from "node:crypto";
import type pg from "pg";
import { Held } from "../held.js";
import type { PurgeCounts } from "../purge.js";
import type {
  AnswerLookup,
  AnswerRecord,
  ConversationKind,
  QuestionRecord,
  StoredTurn,
  Vote,
  VoteOutcome,
} from "../records.js";
import { snowflakeTime } from "../snowflake.js";
import { type AnswerRow, fromRow } from "../statements.js";
import type { Stats, StatsQuery } from "../stats.js";
import { BUTTON_LIFE_MS, lookupOf, type SharedWindows, type Store, type StoreOptions, TURNS_KEPT } from "../store.js";
import { createPool, type PostgresSettings } from "./pool.js";
import { purgePostgres } from "./purge.js";
import { answerValues, questionValues, SQL, turnValues, voteValues } from "./statements.js";
import { readStatsPg } from "./stats.js";
import { postgresWindows } from "./windows.js";
import { PgWriteQueue } from "./writeQueue.js";

/**
 * The shared store: any number of instances on one Postgres database. Reads on a reply's path give up within the
 * pool's timeouts and fall back to what this instance holds in memory; writes go through a queue that keeps them
 * while the server is away and retries; a vote is tried once and says "not recorded right now" when it fails.
 */
export class PostgresStore implements Store {
  readonly windows: SharedWindows;
  private readonly pool: pg.Pool;
  private readonly queue: PgWriteQueue;
  private readonly held = new Held();
  private readonly now: () => number;
  private readonly hash: (userId: string) => string;
  private failing = false;

  constructor(
    settings: PostgresSettings,
    salt: string,
    private readonly options: StoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.hash = (userId) => createHash("sha256").update(salt).update(userId).digest("hex").slice(0, 32);
    // A dropped idle connection is noticed by the next query, which reports it through the queue or the vote.
    this.pool = createPool(settings, () => {});
    this.queue = new PgWriteQueue({
      onSuccess: () => this.setFailing(false),
      onFailure: (error) => this.setFailing(true, error),
      now: this.now,
    });
    this.windows = postgresWindows(this.pool, this.hash, this.now);
  }

  get recording(): boolean {
    return !this.failing;
  }

  get waitingWrites(): number {
    return this.queue.waiting;
  }

  get retentionDays(): number {
    return this.options.retentionDays;
  }

  hold(answer: AnswerRecord): void {
    this.held.answers.set(answer.id, answer);
  }

  async putAnswer(answer: AnswerRecord): Promise<boolean> {
    this.held.answers.set(answer.id, answer);
    const written = await this.write(SQL.putAnswer, answerValues(answer));
    // Kept in memory even once written (bounded, a day at most): should the server go away, a vote on this
    // instance's recent answers is told "not recorded right now" rather than that the answer is unknown.
    return written;
  }

  persist(id: string): Promise<boolean> {
    const held = this.held.answers.get(id);
    return held ? this.putAnswer(held) : Promise.resolve(false);
  }

  async answer(id: string): Promise<AnswerRecord | null> {
    const rows = await this.read<AnswerRow>(SQL.getAnswer, [id]);
    const row = rows?.[0];
    return row ? fromRow(row) : (this.held.answers.get(id) ?? null);
  }

  async lookup(id: string): Promise<AnswerLookup> {
    return lookupOf(await this.answer(id), snowflakeTime(id), this.now());
  }

  openConversation(id: string, kind: ConversationKind, guildId: string | null, seed: readonly StoredTurn[]): boolean {
    this.held.openConversation(id, seed);
    const at = this.now();
    void this.queue
      .run(() =>
        this.transaction(async (client) => {
          const opened = await client.query(SQL.openConversation, [id, kind, guildId, at]);
          if (opened.rowCount === 0) return;
          for (const turn of seed) await client.query(SQL.putTurn, turnValues(id, turn, at));
        }),
      )
      .then((written) => written && this.held.written(id));
    return this.recording;
  }

  async conversation(id: string): Promise<StoredTurn[] | null> {
    const found = await this.read<{ kind: string }>(SQL.getConversation, [id]);
    if (!found?.length) return this.held.conversation(id, null);
    const rows = await this.read<{ question: string; subject: string; answer: string }>(SQL.getTurns, [id, TURNS_KEPT]);
    if (!rows) return this.held.conversation(id, null);
    const written = rows
      .reverse()
      .map((r) => ({ question: r.question, subject: JSON.parse(r.subject) as string[], answer: r.answer }));
    // A turn still queued is part of the conversation already: the next follow-up reads it.
    return this.held.conversation(id, written);
  }

  addTurn(id: string, turn: StoredTurn): void {
    this.held.addTurn(id, turn);
    const at = this.now();
    void this.queue
      .run(() =>
        this.transaction(async (client) => {
          await client.query(SQL.putTurn, turnValues(id, turn, at));
          await client.query(SQL.touchConversation, [at, id]);
          await client.query(SQL.trimTurns, [id, TURNS_KEPT]);
        }),
      )
      .then((written) => written && this.held.turnWritten(id, turn));
  }

  async more(id: string): Promise<string | null> {
    const found = await this.lookup(id);
    return found.kind === "live" ? found.answer.more : null;
  }

  async vote(answerId: string, userId: string, vote: Vote): Promise<VoteOutcome> {
    const answer = await this.answer(answerId);
    if (!answer) return { kind: "unknown" };
    return this.attempt(async () => {
      const { rows } = await this.pool.query<{ previous: Vote | null }>(
        SQL.putVote,
        voteValues(answer, this.hash(userId), vote, this.now()),
      );
      return { kind: "recorded" as const, vote, previous: rows[0]?.previous ?? null };
    });
  }

  async explainDownvote(answerId: string, userId: string, reason: string) {
    const done = await this.attempt(async () => {
      const result = await this.pool.query(SQL.putReason, [reason, answerId, this.hash(userId)]);
      return { kind: (result.rowCount ?? 0) > 0 ? ("noted" as const) : ("no_vote" as const) };
    });
    return done.kind;
  }

  logQuestion(question: QuestionRecord): void {
    if (this.options.retentionDays === 0) return;
    void this.write(SQL.putQuestion, questionValues(question));
  }

  purge(options: { batch?: number; onBatch?: (ms: number) => void } = {}): Promise<PurgeCounts> {
    return purgePostgres({
      now: this.now(),
      retentionDays: this.options.retentionDays,
      buttonLifeMs: BUTTON_LIFE_MS,
      batch: options.batch,
      onBatch: options.onBatch,
      write: async (sql, values) => {
        let count = 0;
        const written = await this.queue.run(async () => {
          const result = await this.pool.query<{ n?: number }>(sql, values);
          count = result.rows[0]?.n ?? result.rowCount ?? 0;
        });
        return written ? count : null;
      },
    });
  }

  stats(query: StatsQuery): Promise<Stats> {
    return readStatsPg(this.pool, { ...query, now: this.now() });
  }

  settle(ms: number): Promise<boolean> {
    return this.queue.drain(ms);
  }

  async close(): Promise<void> {
    await this.queue.drain(0);
    await this.pool.end().catch(() => {});
  }

  private write(sql: string, values: unknown[]): Promise<boolean> {
    return this.queue.run(() => this.pool.query(sql, values));
  }

  private async read<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T[] | null> {
    try {
      return (await this.pool.query<T>(sql, values)).rows;
    } catch {
      return null;
    }
  }

  private async attempt<T extends { kind: string }>(work: () => Promise<T>): Promise<T | { kind: "off" }> {
    try {
      const result = await work();
      this.setFailing(false);
      return result;
    } catch (error) {
      this.setFailing(true, error);
      return { kind: "off" };
    }
  }

  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
      client.release();
    } catch (error) {
      // A connection that failed mid-transaction is dropped, not handed to the next query.
      await client.query("ROLLBACK").catch(() => {});
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }

  private setFailing(failing: boolean, error?: unknown): void {
    if (failing === this.failing) return;
    this.failing = failing;
    this.options.onRecordingChange?.(!failing, error);
  }
}
