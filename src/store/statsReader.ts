import type { Worker } from "node:worker_threads";
import type { Database } from "better-sqlite3";
import { readStats, type Stats, type StatsQuery } from "./stats.js";
import { startThread } from "./thread.js";

type Reply = { id: number; stats: Stats } | { id: number; failed: string };

/**
 * Reads /stats's figures on a thread of its own (statsThread.ts), started at the first /stats and kept for the next:
 * over a large log the reading takes hundreds of milliseconds, which the event loop would otherwise spend. An
 * in-memory database (tests) has no file another thread could open, so it is read here.
 */
export class StatsReader {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (s: Stats) => void; reject: (e: Error) => void }>();

  constructor(private readonly db: Database) {}

  read(query: StatsQuery & { now: number }): Promise<Stats> {
    if (this.db.memory) return Promise.resolve(readStats(this.db, query));
    const worker = this.thread();
    const id = this.next++;
    worker.ref();
    return new Promise<Stats>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, query });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread("statsThread", { file: this.db.name });
    worker.on("message", (reply: Reply) => {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      // Kept between two /stats, but, with nothing asked of it, never what keeps the process alive.
      if (this.waiting.size === 0) worker.unref();
      if ("stats" in reply) waiter?.resolve(reply.stats);
      else waiter?.reject(new Error(`the figures could not be read: ${reply.failed}`));
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(new Error(`the figures could not be read: ${error}`));
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(`the reading thread ended (${code})`));
    this.worker = worker;
    return worker;
  }
}
