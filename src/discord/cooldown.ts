/**
 * A per-user sliding window: at most `limit` uses in `windowMs`. Memory stays bounded in a busy server because
 * users whose window has passed are forgotten.
 */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use and returns 0, or returns how many seconds to wait without recording anything. */
  take(userId: string): number {
    if (this.limit <= 0) return 0;
    const t = this.now();
    const recent = (this.uses.get(userId) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(userId, recent);
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.uses.set(userId, recent);
    if (this.uses.size > 10_000) this.prune(t);
    return 0;
  }

  private prune(t: number): void {
    for (const [user, times] of this.uses) if (times.every((at) => t - at >= this.windowMs)) this.uses.delete(user);
  }
}
