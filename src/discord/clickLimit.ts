import { LRUCache } from "lru-cache";
import type { SharedWindows } from "../store/index.js";
import { Cooldown } from "./cooldown.js";

/** What to do with a button press: serve it, tell the presser to slow down (once), or let it pass unanswered. */
export type ClickVerdict = { serve: true } | { serve: false; tell: boolean; seconds: number };

/**
 * A per-user limit on button presses. A burst past the limit gets one private "slow down" and then no replies at
 * all until the window allows again: answering each of hundreds of presses would spend the bot's REST budget,
 * which every other user shares. With shared windows (Postgres) the presses are counted across instances; the
 * "slow down" is told once per instance.
 */
export class ClickLimit {
  private readonly cooldown: Cooldown;
  private readonly told: LRUCache<string, true>;

  constructor(perMinute: number, now: () => number = Date.now, windows: SharedWindows | null = null) {
    this.cooldown = new Cooldown(perMinute, 60_000, now, windows ? { windows, scope: "clicks" } : null);
    this.told = new LRUCache<string, true>({ max: 10_000, ttl: 60_000, perf: { now } });
  }

  async check(userId: string): Promise<ClickVerdict> {
    const seconds = await this.cooldown.take(userId);
    if (seconds === 0) return { serve: true };
    const tell = !this.told.has(userId);
    if (tell) this.told.set(userId, true, { ttl: seconds * 1000 });
    return { serve: false, tell, seconds };
  }
}
