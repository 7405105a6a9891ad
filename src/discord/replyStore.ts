import { LRUCache } from "lru-cache";
import type { Reply } from "./reply.js";

/** How long a "More excerpts" button works: the life of the interaction token behind it. */
export const MORE_EXCERPTS_TTL_MS = 15 * 60_000;

/**
 * The private "More excerpts" replies behind buttons. Each is kept for its whole stated life, however many answers
 * come after it: the store is bounded by the memory its replies take, not by how many there are, and an expired
 * reply is freed when its time is up. Only when that memory is full does the oldest go early.
 */
export class ReplyStore {
  private readonly entries: LRUCache<string, Reply>;

  constructor(options: { ttlMs?: number; maxBytes?: number; now?: () => number } = {}) {
    const now = options.now ?? Date.now;
    this.entries = new LRUCache<string, Reply>({
      ttl: options.ttlMs ?? MORE_EXCERPTS_TTL_MS,
      maxSize: options.maxBytes ?? 32 * 1024 * 1024,
      sizeCalculation: replyBytes,
      ttlAutopurge: true,
      perf: { now },
    });
  }

  put(key: string, reply: Reply): void {
    this.entries.set(key, reply);
  }

  get(key: string): Reply | null {
    return this.entries.get(key) ?? null;
  }

  /** How many replies are kept now. */
  get size(): number {
    return this.entries.size;
  }
}

/** About what a reply holds in memory: its text twice over (V8 strings, object overhead), at least 1 byte. */
function replyBytes(reply: Reply): number {
  return Math.max(1, JSON.stringify(reply).length * 2);
}
