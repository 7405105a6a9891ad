import { isTransient } from "./pool.js";

/**
 * Writes to Postgres in the order they were asked for, one at a time. A write the server could not take (it is
 * away, restarting, or the connection dropped) is kept, with every write after it, and tried again from a timer
 * until the server is back or GIVE_UP_MS has passed; a write refused for any other reason is dropped.
 */
export interface QueueOptions {
  /** The server is not taking writes: told at each failure (the store reports the change once). */
  onFailure: (error: unknown) => void;
  onSuccess: () => void;
  now?: () => number;
  giveUpMs?: number;
}

interface Job {
  work: () => Promise<unknown>;
  since: number | null;
  done: (written: boolean) => void;
}

const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 2_000;
/** A restart or a fail-over takes seconds; a minute of writes is kept meanwhile. */
const GIVE_UP_MS = 60_000;
/** Past this many waiting writes, new ones are dropped: memory stays bounded however long the server is away. */
const MAX_WAITING = 10_000;

export class PgWriteQueue {
  private readonly jobs: Job[] = [];
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private delay = FIRST_RETRY_MS;
  private readonly now: () => number;

  constructor(private readonly options: QueueOptions) {
    this.now = options.now ?? Date.now;
  }

  get waiting(): number {
    return this.jobs.length;
  }

  /** Resolves true once written, false when dropped; callers on a reply's path never await it. */
  run(work: () => Promise<unknown>): Promise<boolean> {
    if (this.jobs.length >= MAX_WAITING) {
      this.options.onFailure(new Error(`more than ${MAX_WAITING} writes waiting for Postgres`));
      return Promise.resolve(false);
    }
    return new Promise<boolean>((done) => {
      this.jobs.push({ work, since: null, done });
      void this.pump();
    });
  }

  /** Resolves once nothing waits (or `timeoutMs` has passed): at shutdown. */
  async drain(timeoutMs: number): Promise<boolean> {
    const until = this.now() + timeoutMs;
    while (this.jobs.length > 0 && this.now() < until) {
      void this.pump();
      await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS));
    }
    return this.jobs.length === 0;
  }

  private async pump(): Promise<void> {
    if (this.running || this.timer) return;
    this.running = true;
    try {
      while (this.jobs.length > 0) {
        const job = this.jobs[0]!;
        try {
          await job.work();
          this.jobs.shift();
          this.delay = FIRST_RETRY_MS;
          this.options.onSuccess();
          job.done(true);
        } catch (error) {
          this.options.onFailure(error);
          if (isTransient(error)) {
            job.since ??= this.now();
            if (this.now() - job.since < (this.options.giveUpMs ?? GIVE_UP_MS)) {
              this.retryLater();
              return;
            }
          }
          this.jobs.shift();
          job.done(false);
        }
      }
    } finally {
      this.running = false;
    }
  }

  private retryLater(): void {
    // Never holds the process open: at exit, drain() is what waits for the last writes.
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.pump();
    }, this.delay).unref();
    this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
  }
}
