/** One group of an entry: its weight, and its alternatives as term numbers. */
export interface NumberedGroup {
  weight: number;
  alternatives: readonly (readonly number[])[];
}

/**
 * The groups of many entries (asked questions), their alternatives and terms, in one flat array, each entry's run in
 * one place: the question "how much of this entry does a set of marked terms say" is asked of 80 entries per
 * question, and an entry read off a line or two of memory costs a fraction of one scattered over several arrays.
 * An entry's run: per group, its number (for its weight) and where its run ends, then per alternative its length
 * and its terms.
 */
export class GroupTable {
  private readonly entryStart: Int32Array;
  private readonly code: Int32Array;
  private readonly weights: Float64Array;

  constructor(entries: readonly (readonly NumberedGroup[])[]) {
    // A group is said by any one alternative, so one holding all of another's terms adds nothing, nor does an empty
    // one (never said): left out, a third of the alternatives go, and the same weights are said.
    const weights: number[] = [];
    const code: number[] = [];
    this.entryStart = new Int32Array(entries.length);
    entries.forEach((groups, e) => {
      this.entryStart[e] = code.length;
      code.push(groups.length);
      for (const g of groups) {
        code.push(weights.push(g.weight) - 1, 0);
        const end = code.length - 1;
        for (const alt of needed(g.alternatives)) code.push(alt.length, ...alt);
        code[end] = code.length;
      }
    });
    this.code = Int32Array.from(code);
    this.weights = Float64Array.from(weights);
  }

  /**
   * The summed weight, in group order, of the entry's groups said by the marked terms: a group is said when every
   * term of one of its (non-empty) alternatives is marked.
   */
  saidWeight(entry: number, marked: Uint8Array): number {
    // The arrays in locals: read through `this` inside the loops, each access is a property load as well.
    const { code, weights } = this;
    let at = this.entryStart[entry]!;
    const groups = code[at++]!;
    let said = 0;
    for (let g = 0; g < groups; g++) {
      const weight = code[at]!;
      const end = code[at + 1]!;
      at += 2;
      while (at < end) {
        const length = code[at]!;
        let all = length > 0;
        for (let t = at + 1; all && t <= at + length; t++) all = marked[code[t]!] === 1;
        if (all) {
          said += weights[weight]!;
          break;
        }
        at += length + 1;
      }
      at = end;
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
