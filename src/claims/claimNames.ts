import type { Corpus } from "../corpus/corpus.js";
import { saysGroup } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import type { Understanding } from "../understanding/understand.js";
import type { Claim } from "./types.js";

/** Share of passages a name must be in to be what the whole story is about: such a name binds no claim. */
const STORY_WIDE = 0.25;

/** Passages a name must be in to name a thing of the story's. */
const RECURS = 2;

/** Every word of a known claim: its words, keywords and explanation, read once. */
const claimTerms = new WeakMap<Claim, Set<string>>();
function termsOf(claim: Claim): Set<string> {
  let terms = claimTerms.get(claim);
  if (!terms) {
    terms = new Set(toTerms(`${claim.claim} ${claim.keywords.join(" ")} ${claim.explanation}`));
    claimTerms.set(claim, terms);
  }
  return terms;
}

/**
 * The statement names a specific thing the claim never does, in its words, keywords or explanation ("the open-r1
 * project is OpenAI's" against a claim about Hugging Face's project; "Nature said ..." against one Nature has no part
 * in): it is another statement, whatever words it shares with the claim. Names the whole story is about bind nothing.
 */
export function namesOutside(u: Understanding, claim: Claim, corpus: Corpus): boolean {
  const common = STORY_WIDE * corpus.passages.length;
  const terms = termsOf(claim);
  // Written as a name ("openai's"), not a word a synonym maps to one ("benchmarked").
  // A name the story uses once is no thing of its own ("head").
  const named = (own: readonly string[]) =>
    own.every((t) => corpus.entityTerms.has(t) && corpus.weights.frequency(t) >= RECURS);
  return u.subject.some((g) => {
    const own = g.alternatives[0]!;
    return named(own) && own.some((t) => corpus.weights.frequency(t) < common) && !saysGroup(terms, g);
  });
}
