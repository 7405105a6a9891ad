import type { Reply } from "./reply.js";

/**
 * The private "More excerpts" replies behind buttons, kept for a while and then forgotten: a bounded, expiring map,
 * so a busy server cannot grow it without limit.
 */
export class ReplyStore {
  private readonly entries = new Map<string, { reply: Reply; expires: number }>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  put(key: string, reply: Reply): void {
    this.entries.delete(key);
    this.entries.set(key, { reply, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  get(key: string): Reply | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires < this.now()) {
      this.entries.delete(key);
      return null;
    }
    return e.reply;
  }
}
