/**
 * Writes that may wait, in the order they were asked for. The database runs with busy_timeout 0, so a write never
 * waits on the event loop for another process's lock: it either succeeds at once or fails with SQLITE_BUSY, and
 * then it (and every write after it, to keep their order) is retried from a timer until the lock is gone or
 * GIVE_UP_MS has passed. A write that fails for any other reason (a full disk, a read-only file) is dropped.
 */
export interface WriteQueueOptions {
  /** A write was dropped: the database is failing (or busy for too long). */
  onFailure: (error: unknown) => void;
  /** A write succeeded. */
  onSuccess: () => void;
  now?: () => number;
  /** How long a write may wait for a lock before it is dropped (default GIVE_UP_MS). */
  giveUpMs?: number;
}

interface Job {
  work: () => void;
  /** When it was first refused a lock; null until then. */
  busySince: number | null;
  done: (written: boolean) => void;
}

/** A write refused only because another connection holds the lock: worth trying again. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

const FIRST_RETRY_MS = 20;
const MAX_RETRY_MS = 1_000;
/** An operator's sqlite3 session or a stuck process may hold the lock for long; a minute of writes is kept meanwhile. */
const GIVE_UP_MS = 60_000;
/** Past this many waiting writes, new ones are dropped: memory stays bounded however long the lock is held. */
const MAX_WAITING = 10_000;

export class WriteQueue {
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private delay = FIRST_RETRY_MS;
  private readonly now: () => number;

  constructor(private readonly options: WriteQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Writes waiting for a lock. */
  get waiting(): number {
    return this.jobs.length;
  }

  /**
   * Runs the write now when nothing waits before it, else queues it behind them. Resolves true once written, false
   * when it was dropped; callers on a reply path never need to await it.
   */
  run(work: () => void): Promise<boolean> {
    if (this.jobs.length >= MAX_WAITING) {
      this.options.onFailure(new Error(`more than ${MAX_WAITING} writes waiting for the database lock`));
      return Promise.resolve(false);
    }
    return new Promise<boolean>((done) => {
      this.jobs.push({ work, busySince: null, done });
      if (this.jobs.length === 1) this.flush();
    });
  }

  /** Tries every waiting write now, in order; stops at the first that finds the database locked. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.jobs.length > 0) {
      const job = this.jobs[0]!;
      try {
        job.work();
        this.jobs.shift();
        this.delay = FIRST_RETRY_MS;
        this.options.onSuccess();
        job.done(true);
      } catch (error) {
        if (isBusy(error)) {
          job.busySince ??= this.now();
          if (this.now() - job.busySince < (this.options.giveUpMs ?? GIVE_UP_MS)) {
            this.retryLater();
            return;
          }
        }
        this.jobs.shift();
        this.options.onFailure(error);
        job.done(false);
      }
    }
  }

  /** Resolves once nothing waits (or `timeoutMs` has passed): for shutdown, so a restart loses no write. */
  async drain(timeoutMs: number): Promise<boolean> {
    const until = this.now() + timeoutMs;
    while (this.jobs.length > 0 && this.now() < until) {
      this.flush();
      if (this.jobs.length > 0) await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS));
    }
    return this.jobs.length === 0;
  }

  private retryLater(): void {
    // The timer never holds the process open: at exit, drain() is what waits for the last writes.
    this.timer = setTimeout(() => this.flush(), this.delay).unref();
    this.delay = Math.min(this.delay * 2, MAX_RETRY_MS);
  }
}
