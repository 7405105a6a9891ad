import type { Database } from "better-sqlite3";
import type { PurgeCounts, PurgeWindow } from "./purge.js";
import type { FromPurge } from "./purgeThread.js";
import { startThread } from "./thread.js";

export interface OffThreadPurge {
  counts: Promise<PurgeCounts>;
  /** Resolves at the next pause between batches (at once when the purge has ended): the lock is free then. */
  nextGap(): Promise<void>;
}

/**
 * Runs the purge on a thread of its own (purgeThread.ts), so 100k rows go without the event loop noticing. Between
 * two batches, `gap` runs first (the writes that found the lock taken), and what waits on `nextGap` with it, before
 * the thread is told to go on. While it runs the bot's connection makes no checkpoint of its own: a checkpoint
 * over the purge's log would take the event loop for as long as the disk takes to sync it; the thread's own
 * connection makes them instead.
 */
export function purgeOffThread(
  db: Database,
  window: PurgeWindow,
  hooks: { gap: () => void; onBatch?: (ms: number, thread: number) => void },
): OffThreadPurge {
  let waiting: Array<() => void> = [];
  let ended = false;
  const release = () => {
    const now = waiting;
    waiting = [];
    for (const resolve of now) resolve();
  };
  const previous = db.pragma("wal_autocheckpoint", { simple: true }) as number;
  db.pragma("wal_autocheckpoint = 0");
  const worker = startThread("purgeThread", { file: db.name, window });
  const counts = new Promise<PurgeCounts>((resolve, reject) => {
    worker.on("message", (message: FromPurge) => {
      if ("batch" in message) {
        hooks.onBatch?.(message.batch, message.thread);
        hooks.gap();
        release();
        // After the microtasks the release let run (the waiting votes' writes), never before them.
        setImmediate(() => worker.postMessage(message.n));
      } else if ("done" in message) resolve(message.done);
      else reject(new Error(`the purge failed: ${message.failed}`));
    });
    worker.on("error", reject);
    worker.on("exit", () => reject(new Error("the purge's thread ended before it was done")));
  }).finally(() => {
    ended = true;
    release();
    if (db.open) db.pragma(`wal_autocheckpoint = ${previous}`);
  });
  return {
    counts,
    nextGap: () => (ended ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}
