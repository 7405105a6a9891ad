import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";
import { StorageError } from "../../errors.js";
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
import { migratePostgres, missingTables } from "./migrate.js";
import { createMigrationClient, createPool, describeServer, type PostgresSettings } from "./pool.js";
import { purgePostgres } from "./purge.js";
import { SQL } from "./statements.js";
import { readStatsPg } from "./stats.js";
import { postgresWindows } from "./windows.js";
import { PgWriteQueue } from "./writeQueue.js";

/**
 * Opens the Postgres store: connects, migrates (one instance at a time), and checks the tables. Anything that stops
 * it is a StorageError naming the server (host, port, database; never the password).
 */
export async function openPostgresStore(settings: PostgresSettings, options: StoreOptions): Promise<PostgresStore> {
  const where = describeServer(settings.url);
  const client = createMigrationClient(settings);
  try {
    await client.connect();
    await migratePostgres(client);
    const missing = await missingTables(client);
    if (missing.length > 0) throw new Error(`missing table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
    await client.query("INSERT INTO meta (key, value) VALUES ('user_salt', $1) ON CONFLICT (key) DO NOTHING", [
      randomBytes(32).toString("hex"),
    ]);
    const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'user_salt'");
    return new PostgresStore(settings, rows[0]!.value, options);
  } catch (error) {
    throw new StorageError(
      `DATABASE_URL: Postgres at ${where} could not be used (${reasonOf(error, settings.url)}). Check that the server is running and reachable, and the user, password and database are right.`,
      error,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

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
    const written = await this.write(SQL.putAnswer, [
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
    ]);
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
    if (!found?.length) return this.held.conversation(id);
    const rows = await this.read<{ question: string; subject: string; answer: string }>(SQL.getTurns, [id, TURNS_KEPT]);
    if (!rows) return this.held.conversation(id);
    return rows
      .reverse()
      .map((r) => ({ question: r.question, subject: JSON.parse(r.subject) as string[], answer: r.answer }));
  }

  addTurn(id: string, turn: StoredTurn): void {
    this.held.addTurn(id, turn);
    const at = this.now();
    void this.queue.run(() =>
      this.transaction(async (client) => {
        await client.query(SQL.putTurn, turnValues(id, turn, at));
        await client.query(SQL.touchConversation, [at, id]);
        await client.query(SQL.trimTurns, [id, TURNS_KEPT]);
      }),
    );
  }

  async more(id: string): Promise<string | null> {
    const found = await this.lookup(id);
    return found.kind === "live" ? found.answer.more : null;
  }

  async vote(answerId: string, userId: string, vote: Vote): Promise<VoteOutcome> {
    const answer = await this.answer(answerId);
    if (!answer) return { kind: "unknown" };
    return this.attempt(async () => {
      const { rows } = await this.pool.query<{ previous: Vote | null }>(SQL.putVote, [
        answer.id,
        this.hash(userId),
        vote,
        answer.question,
        answer.mode,
        JSON.stringify(answer.docs),
        answer.guildId,
        answer.channelId,
        this.now(),
        answer.private ? 1 : 0,
      ]);
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
    void this.write(SQL.putQuestion, [
      question.answerId,
      question.command,
      question.text,
      question.declined ? 1 : 0,
      question.declineReason,
      question.mode,
      question.latencyMs,
      JSON.stringify(question.docs),
      question.guildId,
      question.channelId,
      question.at,
      question.private ? 1 : 0,
    ]);
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

function turnValues(conversationId: string, turn: StoredTurn, at: number): unknown[] {
  return [conversationId, turn.question, JSON.stringify(turn.subject), turn.answer, at];
}

/** The driver's reason, with the password taken out should it ever appear in it. */
function reasonOf(error: unknown, url: string): string {
  const code = (error as { code?: unknown })?.code;
  let text = error instanceof Error ? error.message || String(code ?? "") : String(error);
  if (typeof code === "string" && !text.includes(code)) text = `${code}: ${text}`;
  try {
    const password = decodeURIComponent(new URL(url).password);
    if (password) text = text.split(password).join("***");
  } catch {
    // Not a URL: config.ts refuses those before this runs.
  }
  return text;
}
