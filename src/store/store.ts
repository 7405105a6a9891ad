import type { PurgeCounts } from "./purge.js";
import type {
  AnswerLookup,
  AnswerRecord,
  ConversationKind,
  QuestionRecord,
  StoredTurn,
  Vote,
  VoteOutcome,
} from "./records.js";
import type { Stats, StatsQuery } from "./stats.js";

const DAY_MS = 86_400_000;
/** Buttons (votes, "More excerpts") work this long after their answer, at least, whatever the retention. */
export const BUTTON_LIFE_MS = DAY_MS;
/** A conversation's newest questions kept: more than a follow-up ever reads. */
export const TURNS_KEPT = 8;

export interface StoreOptions {
  /** LOG_RETENTION_DAYS: questions and votes older than this are purged; 0 keeps none. */
  retentionDays: number;
  /** Told once each time recording stops working, and when it works again. */
  onRecordingChange?: (on: boolean, error?: unknown) => void;
  now?: () => number;
}

/**
 * Per-user allowances kept where every instance sees them (Postgres): a user cannot multiply their allowance by
 * the number of instances. Null in a store only one process uses (SQLite): the bot's memory does.
 */
export interface SharedWindows {
  /** Records a use in `scope` and resolves 0, or resolves the seconds to wait without recording anything. */
  take(scope: string, userId: string, limit: number, windowMs: number): Promise<number>;
  /** Forgets the user's latest use in `scope` (a request that turned out to answer nothing). */
  giveBack(scope: string, userId: string): Promise<void>;
}

/**
 * Everything the bot keeps between restarts, whichever database holds it: SQLite (one process, the default) or
 * Postgres (several). Neither stands between a user and a reply: reads on a reply's path give up quickly, writes
 * are queued and retried, a vote is tried once and says "not recorded right now" when it cannot be kept, and an
 * answer not (yet) written is held in memory so its buttons work meanwhile.
 */
export interface Store {
  /** False after a write failed, until one succeeds again. */
  readonly recording: boolean;
  /** Writes waiting for the database (a lock held elsewhere, a server that is away). */
  readonly waitingWrites: number;
  readonly retentionDays: number;
  /** Cooldowns and click limits shared by every process on this database; null when only one process uses it. */
  readonly windows: SharedWindows | null;
  /** Holds an answer in memory before its reply is sent, so a press that follows at once finds it. */
  hold(answer: AnswerRecord): void;
  /** Keeps an answer that has buttons (after its reply is sent), so its votes and buttons work after a restart. */
  putAnswer(answer: AnswerRecord): Promise<boolean>;
  /** Writes an answer hold() kept in memory; false when there is none or it could not be written. */
  persist(id: string): Promise<boolean>;
  /** The answer, however old, from the database or from memory when it was not (yet) written; null when unknown. */
  answer(id: string): Promise<AnswerRecord | null>;
  /** What a button's answer id refers to: see AnswerLookup. */
  lookup(id: string): Promise<AnswerLookup>;
  /** Starts a conversation unless it exists; false when recording is off, so it may not outlive a restart. */
  openConversation(id: string, kind: ConversationKind, guildId: string | null, seed: readonly StoredTurn[]): boolean;
  /** A conversation's questions so far, oldest first; null when there is no such conversation. */
  conversation(id: string): Promise<StoredTurn[] | null>;
  /** Adds a question to its conversation, which keeps its newest TURNS_KEPT. */
  addTurn(id: string, turn: StoredTurn): void;
  /** "More excerpts" behind an answer, while it has not expired. */
  more(id: string): Promise<string | null>;
  /** One vote per user per answer: a second press changes it. Tried once, now. */
  vote(answerId: string, userId: string, vote: Vote): Promise<VoteOutcome>;
  /** The "What was wrong?" note of a user's 👎: "no_vote" when there is no such vote. */
  explainDownvote(answerId: string, userId: string, reason: string): Promise<"noted" | "no_vote" | "off" | "busy">;
  /** Adds a line to the question log; with a retention of 0 days nothing is kept. */
  logQuestion(question: QuestionRecord): void;
  /** Removes what is past its retention, in small batches that let other work run between them. */
  purge(options?: { batch?: number; onBatch?: (ms: number) => void }): Promise<PurgeCounts>;
  /** The figures /stats and `npm run report` show: one server's, or every server's when guildId is null. */
  stats(query: StatsQuery): Promise<Stats>;
  /** Lets the writes still waiting finish, for up to `ms`: at shutdown, so a restart loses none. */
  settle(ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/** What lookup() makes of an answer (or of its id alone, a snowflake that carries its time). */
export function lookupOf(answer: AnswerRecord | null, madeAt: number | null, now: number): AnswerLookup {
  const at = answer?.at ?? madeAt;
  if (at === null) return { kind: "invalid" };
  if (now - at > BUTTON_LIFE_MS) return { kind: "expired", answer };
  return answer ? { kind: "live", answer } : { kind: "unknown" };
}
