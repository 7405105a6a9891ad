import { LRUCache } from "lru-cache";

/**
 * A per-user sliding window: at most `limit` uses in `windowMs`. Memory stays bounded in a busy server: a user's
 * record expires a window after their last use, and at most 10,000 are kept.
 */
export class Cooldown {
  private readonly uses: LRUCache<string, number[]>;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.uses = new LRUCache<string, number[]>({ max: 10_000, ttl: windowMs, perf: { now } });
  }

  /** Records a use and returns 0, or returns how many seconds to wait without recording anything. */
  take(userId: string): number {
    if (this.limit <= 0) return 0;
    const t = this.now();
    const recent = (this.uses.get(userId) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
    this.uses.set(userId, [...recent, t]);
    return 0;
  }

  /**
   * Forgets the user's latest use: for a request that turned out to answer nothing (blank input, a decline). Taking
   * first and giving back after keeps the limit exact while one user's requests are still in flight.
   */
  giveBack(userId: string): void {
    const recent = this.uses.get(userId);
    if (recent?.length) this.uses.set(userId, recent.slice(0, -1));
  }
}
