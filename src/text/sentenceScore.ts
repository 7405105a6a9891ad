import type { Passage, Sentence } from "../knowledge/types.js";

/**
 * A word or phrase of a question or statement and how much it says. Each alternative is a way of saying it (the
 * asker's own words, or what a synonym rule says they mean), as terms that must all be present.
 */
export interface WeightedGroup {
  alternatives: ReadonlyArray<readonly string[]>;
  weight: number;
}

/** True when `terms` says the group: all the terms of one of its alternatives are there. */
export function saysGroup(terms: ReadonlySet<string>, group: Pick<WeightedGroup, "alternatives">): boolean {
  for (const alt of group.alternatives) if (holdsAll(terms, alt)) return true;
  return false;
}

/** How well `terms` says the group: 1 in the asker's own words (the first alternative), less in a synonym's. */
export function groupLevel(terms: ReadonlySet<string>, group: Pick<WeightedGroup, "alternatives">): number {
  // Loops, not destructuring and closures: this runs for every group of a question against every candidate sentence.
  const alternatives = group.alternatives;
  if (alternatives.length === 0) return 0;
  if (holdsAll(terms, alternatives[0]!)) return 1;
  for (let i = 1; i < alternatives.length; i++) if (holdsAll(terms, alternatives[i]!)) return SYNONYM_LEVEL;
  return 0;
}

/** True when the alternative has terms and `terms` holds every one. */
function holdsAll(terms: ReadonlySet<string>, alternative: readonly string[]): boolean {
  if (alternative.length === 0) return false;
  for (const t of alternative) if (!terms.has(t)) return false;
  return true;
}

/** A word said only through a synonym counts for a little less than the asker's own word. */
export const SYNONYM_LEVEL = 0.92;

export interface ScoredSentence {
  sentence: Sentence;
  passage: Passage;
  terms: ReadonlySet<string>;
  /** Share (0..1) of the groups' weight the sentence speaks to. */
  match: number;
  /** The passage's retrieval score relative to the best passage (0..1). */
  passageScore: number;
}

/** Share of the groups' weight that `terms` speaks to. */
export function matchShare(terms: ReadonlySet<string>, groups: readonly WeightedGroup[]): number {
  let total = 0;
  let matched = 0;
  for (const g of groups) {
    total += g.weight;
    // A group of no weight (a word the story never uses) adds nothing however it is said: not looked for.
    if (g.weight !== 0) matched += g.weight * groupLevel(terms, g);
  }
  return total === 0 ? 0 : matched / total;
}

/**
 * The sentences of ranked passages with how much of the groups each speaks to: the shared first step of answers,
 * fact checks and the summary. Sentences speaking to nothing are left out.
 */
export function scoreSentences(
  groups: readonly WeightedGroup[],
  ranked: ReadonlyArray<{ passage: Passage; score: number }>,
  sentenceTerms: WeakMap<Sentence, ReadonlySet<string>>,
): ScoredSentence[] {
  const top = ranked[0]?.score || 1;
  const out: ScoredSentence[] = [];
  for (const { passage, score } of ranked) {
    for (const sentence of passage.sentences) {
      const terms = sentenceTerms.get(sentence) ?? new Set<string>();
      const match = matchShare(terms, groups);
      if (match > 0) out.push({ sentence, passage, terms, match, passageScore: score / top });
    }
  }
  return out;
}

/** Share of `b`'s terms also in `a`: two sentences above ~0.7 say the same thing. */
export function termOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (b.size === 0) return 1;
  let shared = 0;
  for (const t of b) if (a.has(t)) shared++;
  return shared / b.size;
}
