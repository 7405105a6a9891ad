import { LRUCache } from "lru-cache";

/**
 * Remembers the signatures of the requests it has let through for as long as their timestamps are acceptable, so a
 * copy of a signed request sent again inside that window is refused. Bounded: past `max` signatures the oldest is
 * forgotten, which a replay would need a flood of genuine traffic to exploit, and memory never grows with it.
 */
export class ReplayGuard {
  private readonly seen: LRUCache<string, true>;

  constructor(windowMs: number, max = 50_000) {
    // A timestamp may be up to a window old or a window ahead: a signature stays replayable for two windows.
    this.seen = new LRUCache({ max, ttl: 2 * windowMs, ttlAutopurge: false });
  }

  /** True the first time a signature is offered; false for every later offer while it is remembered. */
  firstSighting(signature: string): boolean {
    const key = signature.toLowerCase();
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    return true;
  }
}
