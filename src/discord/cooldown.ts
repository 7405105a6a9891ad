import { LRUCache } from "lru-cache";
import type { SharedWindows } from "../store/index.js";

/** Where a cooldown is kept when several instances share it: the store's windows, under a name of its own. */
export interface SharedCooldown {
  windows: SharedWindows;
  scope: string;
  /** Told each time the database could not answer and this instance counted alone (the log's debug line). */
  onFallback?: (error: unknown) => void;
}

/**
 * A per-user sliding window: at most `limit` uses in `windowMs`. In memory, bounded in a busy server (a user's
 * record expires a window after their last use, and at most 10,000 are kept). With `shared` (Postgres), the uses
 * are counted in the database, so a user cannot multiply the allowance by the number of instances; while the
 * database cannot answer, this instance's memory counts instead, so nobody waits on it.
 */
export class Cooldown {
  private readonly uses: LRUCache<string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly shared: SharedCooldown | null = null,
  ) {
    this.uses = new LRUCache<string, number[]>({ max: 10_000, ttl: windowMs, perf: { now } });
  }

  /** Records a use and resolves 0, or resolves how many seconds to wait without recording anything. */
  async take(userId: string): Promise<number> {
    if (this.limit <= 0) return 0;
    if (this.shared) {
      try {
        return await this.shared.windows.take(this.shared.scope, userId, this.limit, this.windowMs);
      } catch (error) {
        // The database is away: fall through to this instance's own count.
        this.shared.onFallback?.(error);
      }
    }
    return this.takeHere(userId);
  }

  /**
   * Forgets the user's latest use: for a request that turned out to answer nothing (blank input, a decline). Taking
   * first and giving back after keeps the limit exact while one user's requests are still in flight.
   */
  giveBack(userId: string): void {
    if (this.shared) void this.shared.windows.giveBack(this.shared.scope, userId).catch(() => {});
    const recent = this.uses.get(userId);
    if (recent?.length) this.uses.set(userId, recent.slice(0, -1));
  }

  private takeHere(userId: string): number {
    const t = this.now();
    const recent = (this.uses.get(userId) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
    this.uses.set(userId, [...recent, t]);
    return 0;
  }
}
