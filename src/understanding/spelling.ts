import { remembered } from "../text/remembered.js";
import { stemWord } from "../text/terms.js";

/**
 * Corrects a word the story never uses to the nearest word it does use: "nvidai" to "nvidia", "trainig" to
 * "training", "teh" to "the". Words are compared as stems, so inflections do not count as errors. A short word may
 * only be a common word with two letters swapped ("teh", "waht"); words with digits ("r2", "3090") are names and
 * never corrected.
 */
export class Speller {
  private readonly byLength = new Map<number, string[]>();
  private readonly wordsByLength = new Map<number, string[]>();
  /** Questions repeat their misspellings; each is worked out once. */
  private readonly nearestStem = remembered((stem) => this.nearest(stem), 2_000);
  private readonly nearestWord = remembered((word) => {
    const whole = nearestIn(word, this.wordsByLength, this.words, 1);
    return whole ? stemWord(whole) : null;
  }, 2_000);

  constructor(
    private readonly vocabulary: ReadonlyMap<string, number>,
    /** Short words may only be corrected to these (the, how, what): a short unknown word is more often a name. */
    private readonly shortTargets: ReadonlySet<string>,
    /** Whole words, for typos a stem hides ("trainig" is one letter from "training", two from "train"). */
    private readonly words: ReadonlyMap<string, number> = new Map(),
  ) {
    for (const [map, into] of [
      [vocabulary, this.byLength],
      [words, this.wordsByLength],
    ] as const) {
      for (const word of map.keys()) {
        if (/\d/.test(word) || word.length < 2) continue;
        const list = into.get(word.length) ?? [];
        list.push(word);
        into.set(word.length, list);
      }
    }
  }

  knows(stem: string): boolean {
    return this.vocabulary.has(stem);
  }

  /** The correction for `stem`, or null when it is known, a name with digits, or has no close match. */
  correct(stem: string): string | null {
    if (this.vocabulary.has(stem) || /\d/.test(stem) || stem.length < 3 || !/^\p{L}+$/u.test(stem)) return null;
    return this.nearestStem(stem);
  }

  /** The correction of a word as typed: its nearest whole word's stem, else its stem's nearest stem. */
  correctWord(word: string, stem: string): string | null {
    if (this.vocabulary.has(stem) || this.words.has(word) || /\d/.test(word) || word.length < 5)
      return this.correct(stem);
    const fix = this.nearestWord(word) ?? this.nearestStem(stem);
    return fix === stem ? null : fix;
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
        const score =
          d + (candidate[0] === stem[0] ? 0 : 0.5) - Math.min(this.vocabulary.get(candidate) ?? 0, 50) / 1000;
        if (score < bestScore) [best, bestScore] = [candidate, score];
      }
    }
    return best;
  }
}

/** The nearest word of the same first letter within `limit` edits, most frequent first among equals. */
export function nearestIn(
  word: string,
  byLength: ReadonlyMap<number, string[]>,
  counts: ReadonlyMap<string, number>,
  limit: number,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (let len = word.length - limit; len <= word.length + limit; len++) {
    for (const candidate of byLength.get(len) ?? []) {
      if (candidate[0] !== word[0]) continue;
      const d = editDistance(word, candidate, limit);
      if (d > limit) continue;
      const score = d - Math.min(counts.get(candidate) ?? 0, 50) / 1000;
      if (score < bestScore) [best, bestScore] = [candidate, score];
    }
  }
  return best;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** Rows reused by every editDistance call: spelling is checked against thousands of words per question. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance, giving up early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (rows[0].length <= b.length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}
