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

/** Two sentences speak to the same fact when the one says most of the question's words the other says. */
export function sameFact(c: Candidate, lead: Candidate): boolean {
  let both = 0;
  let leadOnly = 0;
  lead.said.forEach((said, i) => {
    if (!said) return;
    if (c.said[i]! > 0) both += lead.weights[i]!;
    else leadOnly += lead.weights[i]!;
  });
  return both > 0 && both >= 0.6 * (both + leadOnly);
}
