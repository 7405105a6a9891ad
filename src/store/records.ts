/** What /ask and /check leave behind, as the store keeps it. Times are milliseconds since the epoch. */
export type Vote = "up" | "down";

/** An answer or fact check that got buttons: what its votes refer to, and its "More excerpts" reply (JSON). */
export interface AnswerRecord {
  id: string;
  command: string;
  question: string;
  mode: string;
  docs: readonly string[];
  guildId: string | null;
  channelId: string | null;
  at: number;
  /** The private reply behind "More excerpts", serialised by whoever stored it; null when there is none. */
  more: string | null;
  /** What a follow-up to this answer builds on; absent for replies that cannot be followed up. */
  turn?: StoredTurn | null;
  /** The conversation the answer continues (a follow-up asked through the modal), if any. */
  conversationId?: string | null;
  /** Asked with private:true (or privately by nature): counted by /stats, never listed. */
  private?: boolean;
}

/** One question of a conversation, as the next question in it reads it. */
export interface StoredTurn {
  question: string;
  subject: readonly string[];
  answer: string;
}

/** Where a conversation goes on: a thread the bot opened on an answer, or a chain of follow-ups asked in modals. */
export type ConversationKind = "thread" | "modal";

/** One line of the question log. */
export interface QuestionRecord {
  answerId: string | null;
  command: string;
  text: string;
  declined: boolean;
  declineReason: string | null;
  mode: string;
  latencyMs: number;
  docs: readonly string[];
  guildId: string | null;
  channelId: string | null;
  at: number;
  /** Asked with private:true (or privately by nature): counted by /stats, never listed. */
  private?: boolean;
}

/**
 * What the store knows of a button's answer id: the answer while its buttons work; past its day (known from its row,
 * or from the time inside the id itself, a Discord snowflake); not held (never kept, or purged); or not an id at all.
 */
export type AnswerLookup =
  | { kind: "live"; answer: AnswerRecord }
  | { kind: "expired"; answer: AnswerRecord | null }
  | { kind: "unknown" }
  | { kind: "invalid" };

/**
 * What happened to a vote: recorded (and what it replaced), its answer unknown, or not kept: recording is off, or
 * another process holds the database's lock right now ("busy": a vote is never made to wait for it).
 */
export type VoteOutcome =
  | { kind: "recorded"; vote: Vote; previous: Vote | null }
  | { kind: "unknown" }
  | { kind: "off" }
  | { kind: "busy" };
