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
    // Per group, the passages saying it in the asker's own words, and those saying it only through a synonym.
    const own = groups.map((g) => this.holding(g.alternatives[0] ?? []));
    const synonym = groups.map((g) => {
      const any = new Uint32Array(this.width);
      for (let a = 1; a < g.alternatives.length; a++) {
        const holding = this.holding(g.alternatives[a]!);
        for (let w = 0; w < this.width; w++) any[w]! |= holding[w]!;
      }
      return any;
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
        const level = (own[k]![word]! & bit) !== 0 ? 1 : (synonym[k]![word]! & bit) !== 0 ? SYNONYM_LEVEL : 0;
        matched += weight * level;
      }
      return total === 0 ? 0 : matched / total;
    };
  }

  /** The passages holding every term of an alternative; none for an empty one. */
  private holding(alternative: readonly string[]): Uint32Array {
    const out = new Uint32Array(this.width);
    if (alternative.length === 0) return out;
    const first = this.bits.get(alternative[0]!);
    if (!first) return out;
    out.set(first);
    for (let t = 1; t < alternative.length; t++) {
      const next = this.bits.get(alternative[t]!);
      for (let w = 0; w < this.width; w++) out[w]! &= next ? next[w]! : 0;
    }
    return out;
  }
}
