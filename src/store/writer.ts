import { watchFile } from "./fileWatch.js";
import { isBusy, WriteQueue } from "./writeQueue.js";

/**
 * The store's one way to write, and what it knows of how writing goes: recording on or off (told once per change),
 * writes waiting for another process's lock, and a file deleted or replaced under the bot (recording off for good:
 * nothing written to it would survive a restart).
 */
export class Writer {
  private failing = false;
  private lost = false;
  private readonly queue: WriteQueue;
  private readonly fileChanged: () => boolean;

  constructor(
    private readonly file: string,
    private readonly onRecordingChange: ((on: boolean, error?: unknown) => void) | undefined,
    now: () => number,
  ) {
    this.fileChanged = watchFile(file);
    this.queue = new WriteQueue({
      onSuccess: () => this.setFailing(false),
      onFailure: (error) => this.setFailing(true, error),
      now,
    });
  }

  get recording(): boolean {
    return !this.failing;
  }

  get waiting(): number {
    return this.queue.waiting;
  }

  /** A write that may wait for a lock, in order with the others; resolves false when it was dropped. */
  queued(work: () => unknown): Promise<boolean> {
    return this.queue.run(() => {
      this.checkFile();
      work();
    });
  }

  /** A write tried once, now: its outcome, or why it was not made ("busy": another process holds the lock). */
  attempt<T extends { kind: string }>(work: () => T): T | { kind: "off" } | { kind: "busy" } {
    try {
      this.checkFile();
      const result = work();
      this.setFailing(false);
      return result;
    } catch (error) {
      if (isBusy(error)) return { kind: "busy" };
      this.setFailing(true, error);
      return { kind: "off" };
    }
  }

  settle(ms: number): Promise<boolean> {
    return this.queue.drain(ms);
  }

  flush(): void {
    this.queue.flush();
  }

  private checkFile(): void {
    if (this.lost || this.fileChanged()) {
      this.lost = true;
      throw new Error(`the database file ${this.file} was deleted or replaced while the bot ran; restart it`);
    }
  }

  private setFailing(failing: boolean, error?: unknown): void {
    if (failing === this.failing || (!failing && this.lost)) return;
    this.failing = failing;
    this.onRecordingChange?.(!failing, error);
  }
}
