import { threadId } from "node:worker_threads";
import type { Database } from "better-sqlite3";
import { type PurgeCounts, type PurgeWindow, purgeInBatches } from "./purge.js";
import { type OffThreadPurge, purgeOffThread } from "./purgeWorker.js";
import type { Writer } from "./writer.js";

/**
 * The store's purges, and the one thing they change for its other writes: while the purge's thread holds the lock,
 * a write tried once (a vote) is tried again at the purge's next pause instead of being told "busy".
 */
export class Purges {
  private running: OffThreadPurge | null = null;

  constructor(
    private readonly db: Database,
    private readonly writer: Writer,
  ) {}

  /**
   * Removes what is past its retention, in small batches (see purge.ts), on a thread of its own so the event loop
   * never waits for it; an in-memory database (tests) has no file another thread could open, so it purges here.
   */
  async run(window: PurgeWindow, onBatch?: (ms: number, thread: number) => void): Promise<PurgeCounts> {
    if (this.db.memory)
      return purgeInBatches(this.db, {
        ...window,
        onBatch: onBatch && ((ms) => onBatch(ms, threadId)),
        write: (work) => this.writer.queued(work),
        pause: () => new Promise((resolve) => setImmediate(resolve)),
      });
    if (this.running) throw new Error("a purge is already under way");
    this.running = purgeOffThread(this.db, window, { gap: () => this.writer.flush(), onBatch });
    try {
      return await this.running.counts;
    } finally {
      this.running = null;
    }
  }

  /** A write tried now, and once more at the purge's next pause when the purge's thread held the lock. */
  async attempt<T extends { kind: string }>(work: () => T): Promise<T | { kind: "off" } | { kind: "busy" }> {
    const first = this.writer.attempt(work);
    if (first.kind !== "busy" || !this.running) return first;
    await this.running.nextGap();
    return this.writer.attempt(work);
  }
}
