import type { DocKind, Passage, Sentence } from "../knowledge/types.js";

/** A sentence weighed as an answer line: what it says of the question, in its words and through its asked: list. */
export interface Candidate {
  sentence: Sentence;
  passage: Passage;
  terms: ReadonlySet<string>;
  kind: DocKind;
  /** Share (0..1) of the question's known weight the sentence says (itself, or through its section's asked: list). */
  match: number;
  /** How well the sentence says each of the question's groups (by index, 0..1), and the groups' weights. */
  said: number[];
  /** The same, in the sentence's own words only. */
  ownSaid: number[];
  weights: number[];
  /** Share of the question the sentence says in its own words, without its section's asked: list. */
  ownMatch: number;
  kindOk: boolean;
  subjectHit: boolean;
  value: number;
}
