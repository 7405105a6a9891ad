import type { LexicalIndex } from "./lexicalIndex.js";
import { toTerms } from "./terms.js";

/** A question turned into search terms, with what the engine needs to judge whether the story covers it. */
export interface AnalysedQuery {
  terms: string[];
  /** Per-term boosts: figures and model or chip names ("h800", "o1", "97.3") matter more than ordinary words. */
  weights: Map<string, number>;
  /** Share (0..1) of the question's information, weighted by rarity, made of words the story uses. */
  coverage: number;
  /** Terms the story never uses, after spelling correction. */
  unknown: string[];
}

/** Terms a question may use that say nothing about its topic ("number", "happened"): they neither help nor hurt. */
const NEUTRAL = new Set(["number", "happen", "know", "explain", "mean", "info", "inform", "detail", "question", "answer", "thing", "someth", "anyth", "way", "thought", "think", "go", "want", "need", "realli", "actual", "true", "exactli", "right", "ok", "yeah", "use", "make", "did", "whi", "compar",
  // The adjective of a "how ... ?" question names the kind of answer, not the topic.
  "big", "larg", "small", "fast", "long", "old", "high", "low", "good", "well", "often", "far", "mani"]);

export function analyseQuery(question: string, index: LexicalIndex): AnalysedQuery {
  const n = Math.max(index.passageCount, 1);
  const unseenIdf = Math.log(1 + n);
  const terms: string[] = [];
  const unknown: string[] = [];
  let total = 0;
  let covered = 0;
  for (const term of new Set(toTerms(correctSpelling(question, index)))) {
    const df = index.documentFrequency(term);
    // An adverb the story never uses ("supposedly", "reportedly") hedges the question; it is not its topic.
    if (NEUTRAL.has(term) || (df === 0 && /l[iy]$/.test(term))) {
      if (df > 0) terms.push(term);
      continue;
    }
    const idf = df > 0 ? Math.log(1 + n / df) : unseenIdf;
    total += idf;
    if (df > 0) {
      covered += idf;
      terms.push(term);
    } else {
      unknown.push(term);
    }
  }
  const weights = new Map<string, number>();
  for (const t of terms) if (/\d/.test(t)) weights.set(t, 1.6);
  return { terms, weights, coverage: total === 0 ? 0 : covered / total, unknown };
}

/**
 * Replaces each word the story never uses with the story's word one edit away (two for long words), so "trainng"
 * finds "training". Words of under five letters are left alone: too many short words are one edit apart.
 */
function correctSpelling(question: string, index: LexicalIndex): string {
  return question.replace(/\p{L}{5,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (index.words.has(lower) || toTerms(lower).every((t) => index.documentFrequency(t) > 0)) return word;
    const limit = lower.length >= 8 ? 2 : 1;
    let best: string | null = null;
    let bestDistance = limit + 1;
    for (const candidate of index.words) {
      if (Math.abs(candidate.length - lower.length) > limit) continue;
      const d = editDistance(lower, candidate, limit);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
    return best ?? word;
  });
}

/** Optimal-string-alignment distance, giving up early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
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
