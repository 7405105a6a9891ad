import type { Passage } from "../knowledge/types.js";
import { matchShare, SYNONYM_LEVEL, type WeightedGroup } from "../text/sentenceScore.js";

/**
 * Every term's passages as a bitset, built once: how much of a question each candidate passage says (`matchShare` of
 * its terms) is then read off a few bits per group, instead of testing every alternative's terms against every
 * candidate's set of terms, which was most of ranking's cost. The same shares, to the bit: the same levels are
 * summed in the same order.
 */
export class PassageBits {
  private readonly at = new Map<Passage, number>();
  private readonly bits = new Map<string, Uint32Array>();
  private readonly width: number;

  constructor(
    passages: readonly Passage[],
    private readonly termsOf: (p: Passage) => ReadonlySet<string>,
  ) {
    this.width = Math.ceil(passages.length / 32);
    passages.forEach((p, i) => {
      this.at.set(p, i);
      for (const t of termsOf(p)) {
        let set = this.bits.get(t);
        if (!set) {
          set = new Uint32Array(this.width);
          this.bits.set(t, set);
        }
        set[i >>> 5]! |= 1 << (i & 31);
      }
    });
  }

  /** A function giving, for a passage, `matchShare(termsOf(passage), groups)`. */
  shares(groups: readonly WeightedGroup[]): (p: Passage) => number {
    // Per group, the passages saying it in the asker's own words, and those saying it only through a synonym: two rows
    // of one array (typed arrays cost most in their making, and a question has a few dozen alternatives).
    const { width } = this;
    const rows = new Uint32Array(2 * groups.length * width);
    const spare = new Uint32Array(width);
    groups.forEach((g, k) => {
      for (let a = 0; a < g.alternatives.length; a++) {
        this.holding(g.alternatives[a]!, spare);
        // The first alternative is the asker's own words; any other, a synonym's.
        const at = (2 * k + (a === 0 ? 0 : 1)) * width;
        for (let w = 0; w < width; w++) rows[at + w]! |= spare[w]!;
      }
    });
    return (p) => {
      const i = this.at.get(p);
      if (i === undefined) return matchShare(this.termsOf(p), groups);
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      let total = 0;
      let matched = 0;
      for (let k = 0; k < groups.length; k++) {
        const weight = groups[k]!.weight;
        total += weight;
        if (weight === 0) continue;
        const row = 2 * k * width + word;
        const level = (rows[row]! & bit) !== 0 ? 1 : (rows[row + width]! & bit) !== 0 ? SYNONYM_LEVEL : 0;
        matched += weight * level;
      }
      return total === 0 ? 0 : matched / total;
    };
  }

  /** Marks in `out` the passages holding every term of an alternative; none for an empty one. */
  private holding(alternative: readonly string[], out: Uint32Array): void {
    const first = alternative.length === 0 ? undefined : this.bits.get(alternative[0]!);
    if (!first) {
      out.fill(0);
      return;
    }
    out.set(first);
    for (let t = 1; t < alternative.length; t++) {
      const next = this.bits.get(alternative[t]!);
      for (let w = 0; w < this.width; w++) out[w]! &= next ? next[w]! : 0;
    }
  }
}
