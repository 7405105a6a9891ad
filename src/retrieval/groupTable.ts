/** One group of an entry: its weight, and its alternatives as term numbers. */
export interface NumberedGroup {
  weight: number;
  alternatives: readonly (readonly number[])[];
}

/**
 * The groups of many entries (asked questions), their alternatives and terms, in a few flat arrays: the question
 * "how much of this entry does a set of marked terms say" is asked of 80 entries per question, and walking flat
 * arrays costs a fraction of walking objects scattered over the heap.
 */
export class GroupTable {
  private readonly entryStart: Int32Array;
  private readonly groupStart: Int32Array;
  private readonly altStart: Int32Array;
  private readonly terms: Int32Array;
  private readonly weights: Float64Array;

  constructor(entries: readonly (readonly NumberedGroup[])[]) {
    // A group is said by any one alternative, so one holding all of another's terms adds nothing, nor does an empty
    // one (never said): left out, a third of the alternatives go, and the same weights are said.
    const groups = entries.flat().map((g) => ({ weight: g.weight, alternatives: needed(g.alternatives) }));
    const alternatives = groups.flatMap((g) => g.alternatives);
    this.entryStart = offsets(entries.map((e) => e.length));
    this.groupStart = offsets(groups.map((g) => g.alternatives.length));
    this.altStart = offsets(alternatives.map((a) => a.length));
    this.terms = Int32Array.from(alternatives.flat());
    this.weights = Float64Array.from(groups, (g) => g.weight);
  }

  /**
   * The summed weight, in group order, of the entry's groups said by the marked terms: a group is said when every
   * term of one of its (non-empty) alternatives is marked.
   */
  saidWeight(entry: number, marked: Uint8Array): number {
    // The arrays in locals: read through `this` inside the loops, each access is a property load as well.
    const { groupStart, altStart, terms, weights } = this;
    const last = this.entryStart[entry + 1]!;
    let said = 0;
    for (let g = this.entryStart[entry]!; g < last; g++) {
      const lastAlt = groupStart[g + 1]!;
      for (let a = groupStart[g]!; a < lastAlt; a++) {
        const from = altStart[a]!;
        const to = altStart[a + 1]!;
        let all = from < to;
        for (let t = from; all && t < to; t++) all = marked[terms[t]!] === 1;
        if (all) {
          said += weights[g]!;
          break;
        }
      }
    }
    return said;
  }
}

/** The alternatives no other says sooner: none empty, none holding all the terms of another (the first of equals). */
function needed(alternatives: readonly (readonly number[])[]): (readonly number[])[] {
  const sets = alternatives.map((a) => new Set(a));
  const within = (a: Set<number>, b: Set<number>) => [...a].every((t) => b.has(t));
  return alternatives.filter(
    (_, i) =>
      sets[i]!.size > 0 &&
      !sets.some(
        (other, j) => j !== i && other.size > 0 && within(other, sets[i]!) && (j < i || !within(sets[i]!, other)),
      ),
  );
}

/** Start offsets of consecutive runs of the given lengths, with the end as the last. */
function offsets(lengths: readonly number[]): Int32Array {
  const out = new Int32Array(lengths.length + 1);
  lengths.forEach((length, i) => {
    out[i + 1] = out[i]! + length;
  });
  return out;
}
