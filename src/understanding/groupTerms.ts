import { STOPWORDS, toTerms } from "../text/terms.js";

/*
 * The terms of one group of a question, built with loops: every word of every question passes through here, and the
 * chains of flatMap, filter and spread these replace allocated several arrays per word.
 */

/** A word of the question as read: as typed, or corrected to a word of the story (then its stem is the word). */
export interface ReadWord {
  surface: string;
  stem: string;
  corrected: boolean;
}

/** The search terms of a run of words, leaving out `frame` words: a corrected word is its stem, unless a stopword. */
export function spanTerms(span: readonly ReadWord[], frame: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of span) {
    if (w.corrected) {
      if (!STOPWORDS.has(w.stem) && !frame.has(w.stem)) out.push(w.stem);
      continue;
    }
    for (const t of toTerms(w.surface)) if (!frame.has(t)) out.push(t);
  }
  return out;
}

/** Each alternative without `frame` words (as new arrays), those left empty dropped. */
export function withoutFrame(alternatives: readonly (readonly string[])[], frame: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  for (const alt of alternatives) {
    const kept: string[] = [];
    for (const t of alt) if (!frame.has(t)) kept.push(t);
    if (kept.length > 0) out.push(kept);
  }
  return out;
}

/** Every term of the alternatives once, in the order first met. */
export function distinctTerms(alternatives: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const alt of alternatives) {
    for (const t of alt) {
      if (seen.has(t)) continue;
      seen.add(t);
      out.push(t);
    }
  }
  return out;
}
