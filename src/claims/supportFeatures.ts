import type { Corpus } from "../corpus/corpus.js";
import { wordPattern } from "../language/words.js";
import { EN } from "../messages/en.js";
import type { Understanding } from "../understanding/understand.js";
import type { CheckResult } from "./types.js";

const UNIVERSAL = new RegExp(wordPattern("universal").source, "gi");
const SAYING = wordPattern(["saying", "passing-on"]);
const HEARSAY = wordPattern("hearsay");
const NEGATION = wordPattern("negation");
const PER = /\b(per|according to|says|said)\b/i;

/**
 * What the fitted verdict weighs before a ✅ is shown (`npm run train`): how the verdict was reached (a known claim,
 * a figure, the notes saying the same), how much the statement claims beyond what was found (words like "only" or
 * "everything", a source it credits, hearsay, a denial), and how much of it the story knows. Generic: nothing here
 * names anything in a particular story.
 */
export function supportFeatures(
  statement: string,
  u: Understanding,
  result: CheckResult,
  values: number,
  corpus: Corpus,
): Record<string, number> {
  return {
    route_claim: result.claimId !== null ? 1 : 0,
    route_value: result.explanation === EN["explanation.same_figure"] ? 1 : 0,
    route_notes: result.explanation === EN["explanation.notes_agree"] ? 1 : 0,
    values,
    universal: (statement.match(UNIVERSAL) ?? []).length,
    credits_someone: SAYING.test(statement) || PER.test(statement) ? 1 : 0,
    names_publisher: u.groups.some((g) => g.terms.some((t) => corpus.publisherTerms.has(t))) ? 1 : 0,
    hearsay: HEARSAY.test(statement) ? 1 : 0,
    negated: NEGATION.test(statement) ? 1 : 0,
    coverage: u.coverage,
  };
}
