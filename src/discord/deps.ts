import type { Engine } from "../engine/engine.js";
import type { Logger } from "../log.js";
import type { Store, StoredTurn } from "../store/index.js";
import type { ClickLimit } from "./clickLimit.js";
import type { Command } from "./command.js";
import type { Cooldown } from "./cooldown.js";
import type { ReplyStore } from "./replyStore.js";

/** What the Discord edge works with; the command registry comes in from whoever starts the bot. */
export interface InteractionDeps {
  engine: Engine;
  /** Every command, as registered with Discord (commands/index.ts): routed by its English name. */
  commands: readonly Command[];
  cooldown: Cooldown;
  /** Per-user limit on button presses (none when absent). */
  clicks?: ClickLimit;
  store: ReplyStore;
  /** The database: votes, the question log, and "More excerpts" that outlive a restart. None: nothing is kept. */
  records?: Store | null;
  log: Logger;
  /** Reply directly when the answer is ready within this; otherwise defer first (Discord allows 3 s). */
  deferAfterMs?: number;
  isShuttingDown?: () => boolean;
  /** Streamed answers are edited at most this often (Discord rate-limits edits). */
  editIntervalMs?: number;
}

/** What one interaction's log line says about it, filled in as it is handled. */
export interface Trace {
  command: string;
  outcome: string;
  mode?: string;
  answerId?: string;
  /** Why a question was declined (metrics count declines by it). */
  declineReason?: string;
}

/** A conversation a question continues: where its questions are kept, and those asked so far (oldest first). */
export interface Conversation {
  id: string;
  earlier: StoredTurn[];
}

/** How a command is answered: privately or not, against the cooldown or not, and in which conversation. */
export interface RunOptions {
  /** The reply will be private: a deferred acknowledgement must be too. */
  wantsPrivate: boolean;
  /** Counts against the cooldown; a question left unanswered gives its turn back. */
  rateLimited: boolean;
  /** The conversation the question continues: the answer is added to it. */
  conversation: Conversation | null;
}
