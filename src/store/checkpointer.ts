import { once } from "node:events";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/**
 * Copies the write-ahead log into the database file from a thread of its own. A checkpoint syncs the file to disk,
 * which took up to 185 ms on the bench machine: run by the connection that commits (SQLite's automatic checkpoint),
 * it froze the event loop that long. A PASSIVE checkpoint from a second connection waits for no lock and blocks no
 * reader or writer, so the bot's connection keeps committing meanwhile.
 *
 * The worker is plain JavaScript given as a string: it runs the same from the built bot and under vitest (which
 * cannot start a thread from a .ts file).
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma("busy_timeout = 0");
parentPort.on("message", (message) => {
  if (message === "close") {
    db.close();
    parentPort.close();
    return;
  }
  try {
    parentPort.postMessage({ ok: true, result: db.pragma("wal_checkpoint(PASSIVE)")[0] });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error) });
  }
});
`;

export class Checkpointer {
  private readonly worker: Worker;
  private failed = false;
  private readonly waiting: Array<(ok: boolean) => void> = [];

  constructor(file: string) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(WORKER, { eval: true, workerData: { driver, file } });
    this.worker.on("message", (reply: { ok: boolean }) => {
      if (!reply.ok) this.failed = true;
      this.waiting.shift()?.(reply.ok);
    });
    // A worker that cannot open the file (or dies) fails what waits on it; the caller checkpoints as before.
    const fail = () => {
      this.failed = true;
      for (const done of this.waiting.splice(0)) done(false);
    };
    this.worker.on("error", fail);
    this.worker.on("exit", fail);
  }

  /** True once the worker could not checkpoint: the caller goes back to SQLite's own checkpoints. */
  get broken(): boolean {
    return this.failed;
  }

  /** One passive checkpoint, off this thread; resolves false when it could not be made. */
  checkpoint(): Promise<boolean> {
    if (this.failed) return Promise.resolve(false);
    return new Promise((done) => {
      this.waiting.push(done);
      this.worker.postMessage("checkpoint");
    });
  }

  /** Closes the worker's connection and waits for the thread to end. */
  async close(): Promise<void> {
    if (this.failed) {
      await this.worker.terminate();
      return;
    }
    const exited = once(this.worker, "exit");
    this.worker.postMessage("close");
    await exited;
  }
}
