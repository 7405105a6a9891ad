import { LRUCache } from "lru-cache";
import type { Reply } from "./reply.js";

/**
 * The private "More excerpts" replies behind buttons, kept for a while and then forgotten: bounded and expiring, so
 * a busy server cannot grow it without limit.
 */
export class ReplyStore {
  private readonly entries: LRUCache<string, Reply>;

  constructor(ttlMs = 15 * 60_000, max = 1_000, now: () => number = Date.now) {
    this.entries = new LRUCache<string, Reply>({ max, ttl: ttlMs, perf: { now } });
  }

  put(key: string, reply: Reply): void {
    this.entries.set(key, reply);
  }

  get(key: string): Reply | null {
    return this.entries.get(key) ?? null;
  }
}
