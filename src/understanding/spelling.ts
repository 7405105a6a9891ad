import { LRUCache } from "lru-cache";

/**
 * Corrects a word the story never uses to the nearest word it does use: "nvidai" to "nvidia", "trainig" to
 * "training", "teh" to "the". Words are compared as stems, so inflections do not count as errors. A short word may
 * only be a common word with two letters swapped ("teh", "waht"); words with digits ("r2", "3090") are names and
 * never corrected.
 */
export class Speller {
  private readonly byLength = new Map<number, string[]>();
  /** Questions repeat their misspellings; each is worked out once. */
  private readonly seen = new LRUCache<string, { fix: string | null }>({ max: 2_000 });

  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    /** Short words may only be corrected to these (the, how, what): a short unknown word is more often a name. */
    private readonly shortTargets: ReadonlySet<string>,
  ) {
    for (const word of vocabulary.keys()) {
      if (/\d/.test(word) || word.length < 2) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  knows(stem: string): boolean {
    return this.vocabulary.has(stem);
  }

  /** The correction for `stem`, or null when it is known, a name with digits, or has no close match. */
  correct(stem: string): string | null {
    if (this.vocabulary.has(stem) || /\d/.test(stem) || stem.length < 3 || !/^\p{L}+$/u.test(stem)) return null;
    let known = this.seen.get(stem);
    if (!known) {
      known = { fix: this.nearest(stem) };
      this.seen.set(stem, known);
    }
    return known.fix;
  }

  private nearest(stem: string): string | null {
    const limit = stem.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestScore = Infinity;
    for (let len = stem.length - limit; len <= stem.length + limit; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        if (stem.length <= 4 && !(isTransposition(stem, candidate) && this.shortTargets.has(candidate))) continue;
        const d = editDistance(stem, candidate, limit);
        if (d > limit) continue;
        // Nearer first; among equals, the more frequent word; a different first letter costs a little.
        const score = d + (candidate[0] === stem[0] ? 0 : 0.5) - Math.min(this.vocabulary.get(candidate) ?? 0, 50) / 1000;
        if (score < bestScore) [best, bestScore] = [candidate, score];
      }
    }
    return best;
  }
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Optimal-string-alignment distance, giving up early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}
