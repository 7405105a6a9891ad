import { byScoreDescending } from "../text/order.js";
import { matchShare, saysGroup, type WeightedGroup } from "../text/sentenceScore.js";
import type { TermWeights } from "../text/weights.js";
import type { Understanding } from "../understanding/understand.js";
import { negated } from "./verdicts.js";

/** The term a negated claim or statement holds besides its words ("without", "didn't" are stopwords for search). */
export const NEG_TERM = "\u0000negation";

/** What a known claim is weighed by: all its terms, and the ones saying what it is about. */
export interface ClaimTerms {
  terms: ReadonlySet<string>;
  core: readonly string[];
}

/**
 * Every claim sharing at least two words with the statement, one of them about the fact itself rather than what
 * it is about ("cost", not only "r1"), scored by the weighted share of the statement they cover. `only`: just these
 * claims are wanted (the others are weighed only as far as they change the words a later claim is said by).
 */
export function matchScores<T extends ClaimTerms>(
  claims: readonly T[],
  u: Understanding,
  weights: TermWeights,
  only?: ReadonlySet<T>,
): Array<{ prepared: T; score: number }> {
  const groups: Array<WeightedGroup & { entity?: boolean }> = u.groups.filter((g) => g.known);
  const isNegated = negated(u.text);
  if (isNegated) groups.push({ alternatives: [[NEG_TERM]], weight: Math.log(5) });
  const said = new Set(groups.flatMap((g) => g.alternatives.flat()));
  const out: Array<{ prepared: T; score: number }> = [];
  for (const prepared of claims) {
    const wanted = only === undefined || only.has(prepared);
    // A negated claim that matches adds the negation's words for every claim after it: weighed even when unwanted.
    if (!wanted && !(isNegated && prepared.terms.has(NEG_TERM))) continue;
    const hits = groups.filter((g) => saysGroup(prepared.terms, g));
    // Two words in common at least ("cost to train" is two), one of them about the fact itself.
    const words = hits.reduce((n, g) => n + Math.max(1, g.alternatives[0]?.length ?? 1), 0);
    const aboutFact = hits.some((g) => !g.entity);
    if (words < 2 || !aboutFact) continue;
    if (prepared.terms.has(NEG_TERM) && isNegated) for (const w of ["without", "no", "not"]) said.add(w);
    if (!wanted) continue;
    // Both ways: how much of the statement the claim says, and how much of the claim's own words the statement
    // says ("didn't need nvidia chips" is not the claim about H200 and G200 chips).
    const mine = matchShare(prepared.terms, groups);
    const theirs =
      prepared.core.length === 0
        ? 1
        : prepared.core.reduce((s, t) => s + (said.has(t) ? weights.idf(t) : 0), 0) /
          prepared.core.reduce((s, t) => s + weights.idf(t), 0);
    const score = mine * (0.5 + 0.5 * theirs);
    if (score > 0) out.push({ prepared, score });
  }
  return out.sort(byScoreDescending);
}
