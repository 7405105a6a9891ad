import { parentPort, threadId, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { type PurgeWindow, purgeInBatches } from "./purge.js";

/**
 * The purge's thread: its own connection to the bot's file, so a batch's deletes, the incremental vacuum and the
 * checkpoints that copy them into the file hold this thread, never the bot's event loop. Between batches it waits
 * for the bot's word: the bot writes what waited for the lock first (see purgeWorker.ts).
 *
 * Messages out: { batch: ms, n, thread } after the nth batch (thread: the id of the thread that ran it), then { done: counts } or { failed: reason }. In: n, when the
 * batch after the nth may start. The number matters: a table's last batch has no pause after it, and a word meant
 * for it must not let a later batch start before the bot has had its turn.
 */
export type FromPurge =
  | { batch: number; n: number; thread: number }
  | { done: Awaited<ReturnType<typeof purgeInBatches>> }
  | { failed: string };

const { file, window } = workerData as { file: string; window: PurgeWindow };
const port = parentPort!;
let batches = 0;
let go: (() => void) | null = null;
port.on("message", (n: number) => {
  if (n !== batches) return;
  go?.();
  go = null;
});

const send = (message: FromPurge) => port.postMessage(message);
let db: Database.Database | null = null;
try {
  db = new Database(file, { fileMustExist: true });
  // Waiting here holds only this thread: the bot's own writes are short, another process's may not be.
  db.pragma("busy_timeout = 2000");
  // As the bot's own connection (db.ts): without it each batch's commit waits for the disk to sync.
  db.pragma("synchronous = NORMAL");
  const open = db;
  const counts = await purgeInBatches(open, {
    ...window,
    write: async (work) => {
      work();
      return true;
    },
    onBatch: (ms) => send({ batch: ms, n: ++batches, thread: threadId }),
    pause: () => new Promise<void>((resolve) => (go = resolve)),
  });
  // The last batches' pages reach the file (and a vacuum's truncation with them) before the purge says done.
  open.pragma("wal_checkpoint(PASSIVE)");
  send({ done: counts });
} catch (error) {
  send({ failed: String(error).slice(0, 300) });
} finally {
  db?.close();
  port.close();
}
