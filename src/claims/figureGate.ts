import type { Corpus } from "../corpus/corpus.js";
import { type Decision, probability } from "../fit/decisions.js";
import { wordPattern } from "../language/words.js";
import { EN } from "../messages/en.js";
import type { Excerpt } from "../text/excerpts.js";
import { matchShare, type WeightedGroup } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import { valuesIn } from "../text/values.js";
import type { TermGroup, Understanding } from "../understanding/understand.js";
import type { Alias, BindingReader, BindingWhy, Bound } from "./binding.js";
import { coreLength } from "./figureLinks.js";
import { FigureReader } from "./figureReading.js";
import {
  attributeUnsaid,
  boundUnsaid,
  creditUnsaid,
  foreignWords,
  ownerUnsaid,
  placeUnsaid,
  reportedUnsaid,
  variantUnsaid,
} from "./overreach.js";
import { dateOfOtherDocument, venueUnsaid } from "./publishing.js";
import { supportFeatures } from "./supportFeatures.js";
import type { CheckResult } from "./types.js";

/** Words claiming the fact is the whole of it ("only", "that's everything"). */
const EXCLUSIVE = wordPattern("exclusive");

/**
 * The gate every ✅ (and every "a different figure") passes: each figure of the statement found bound as the
 * statement binds it, then the fitted verdict sure enough of it. What fails says so, or gives no verdict.
 */
export function figureGate(
  binding: BindingReader,
  corpus: Corpus,
  verdict: Decision,
  statement: string,
  u: Understanding,
  result: CheckResult,
  /** A remark the writer adds on the statement ("that's everything they spent"): it qualifies a ✅ too. */
  remark = "",
): CheckResult {
  // A figure the notes were read as contradicting is checked with its binding too: "79.8 on AIME" is R1's score,
  // whatever other score a sentence about R1 gives.
  const byFigure = result.verdict === "contradicted" && result.explanationCode === "explanation.other_figure";
  if (result.verdict !== "supported" && result.verdict !== "not_covered" && !byFigure) return result;
  // What the statement is about apart from its figures and dates: a sentence saying otherwise must be about that too.
  // The figure itself, not the words read as its unit: "49.2 on LiveCodeBench" is about LiveCodeBench.
  const valueWords = new Set(valuesIn(statement).flatMap((v) => toTerms(v.raw.slice(0, coreLength(v)))));
  const topic = u.groups
    .filter((g) => g.known && !g.alternatives[0]!.every((t) => /^[\d.,]+$/.test(t) || valueWords.has(t)))
    .map((g) => ({ alternatives: g.alternatives, weight: g.weight }));
  // "nvda" names what the sources call NVIDIA: each single word the reader mapped a name to is another name for it.
  const alias = new Map<string, string[]>();
  for (const g of u.groups)
    for (const t of g.alternatives[0] ?? [])
      alias.set(
        t,
        g.alternatives
          .slice(1)
          .filter((a) => a.length === 1)
          .map((a) => a[0]!),
      );
  const stated = FigureReader.of(corpus).bind(statement);
  const held = bound(binding, corpus, statement, stated, result, topic, alias);
  return held.verdict === "supported" ? sure(verdict, corpus, statement, u, held, stated.length, remark) : held;
}

/**
 * A ✅ stands when the fitted verdict is sure enough of it; below its threshold nothing is ruled (when in doubt, say
 * less). The result carries how sure, and what was weighed.
 */
function sure(
  verdict: Decision,
  corpus: Corpus,
  statement: string,
  u: Understanding,
  result: CheckResult,
  values: number,
  remark: string,
): CheckResult {
  // "🚀 to the moon": a ✅ needs the statement to say something in the sources' own words, not only words a
  // synonym reads as theirs; and nothing about a name they never write.
  const ownWords = u.groups.some((g) => {
    const own = g.alternatives[0]!;
    return g.known && own.every((t) => corpus.weights.known(t)) && !own.every((t) => /^[\d.,]+$/.test(t));
  });
  if (!ownWords || u.groups.some((g) => unnamed(g, corpus))) return notCovered(statement, "explanation.not_covered");
  // Nor about something the story never mentions, or whose owner or limit the sentences found do not carry (a known
  // claim's verdict was judged on the claim, not on the sentences shown).
  const shown = [...result.evidence, ...(result.articleExcerpt ? [result.articleExcerpt] : [])];
  const unsaid =
    result.claimId === null &&
    (ownerUnsaid(statement, u, result.evidence) !== null ||
      boundUnsaid(statement, u, result.evidence) !== null ||
      placeUnsaid(statement, result.evidence) !== null ||
      variantUnsaid(statement, u, result.evidence) !== null ||
      reportedUnsaid(statement, u, shown) !== null ||
      attributeUnsaid(statement, corpus, shown) !== null ||
      venueUnsaid(statement, shown) !== null ||
      dateOfOtherDocument(statement, shown) !== null ||
      creditUnsaid(statement, corpus, result.evidence) !== null);
  if (foreignWords(u).length > 0 || unsaid) return notCovered(statement, "explanation.not_covered");
  const features = supportFeatures(statement, u, result, values, corpus);
  const p = probability(verdict, features);
  const exclusive = EXCLUSIVE.test(`${statement} ${remark}`);
  if (p >= verdict.threshold && !exclusive) return { ...result, confidence: { p, features } };
  // "only 512 GPUs", "that's everything they spent": what was found is the figure, not that it is all there is. The
  // claim holds only with that qualification, so it is nuanced, with what was found shown.
  if (exclusive)
    return {
      ...result,
      verdict: "nuanced",
      explanation: EN["explanation.overstated"],
      explanationCode: "explanation.overstated",
      confidence: { p, features },
    };
  return { ...notCovered(statement, "explanation.not_sure"), confidence: { p, features } };
}

/**
 * A name the sources never write ("Liang Wenfeng", known here only as a search synonym for DeepSeek): whatever the
 * sentence found says, it does not say it of that person or thing. A short form of a name they write ("fri" for
 * Friday) is theirs.
 */
function unnamed(g: TermGroup, corpus: Corpus): boolean {
  const own = g.alternatives[0]!;
  if (!g.entity || own.some((t) => corpus.weights.known(t))) return false;
  return !g.alternatives.slice(1).some((alt) => alt.some((a) => own.some((t) => a.startsWith(t))));
}

function notCovered(statement: string, code: "explanation.not_sure" | "explanation.not_covered"): CheckResult {
  return {
    statement,
    verdict: "not_covered",
    claimId: null,
    explanation: EN[code],
    explanationCode: code,
    articleExcerpt: null,
    evidence: [],
  };
}

/** Share of the statement's topic the sentences confirming its figures must say between them. */
const BOUND_TOPIC = 0.6;

function boundSupport(
  corpus: Corpus,
  stated: readonly Bound[],
  found: readonly Excerpt[],
  topic: WeightedGroup[],
): boolean {
  if (found.length === 0 || !stated.some((s) => s.names.size > 0)) return false;
  // The figures are confirmed sentence by sentence; what the statement says around them ("the biggest one-day loss
  // for a US company") must be said where they are, in the passages holding those sentences...
  const terms = new Set<string>();
  // And in their documents' titles, which say what their figures are about ("…, biggest one-day loss in history").
  for (const e of found) for (const t of toTerms(corpus.docById.get(e.docId)?.title ?? "")) terms.add(t);
  for (const e of found)
    for (const p of corpus.passages)
      if (p.docId === e.docId && p.start <= e.start && e.end <= p.end)
        for (const t of corpus.passageTerms.get(p) ?? []) terms.add(t);
  const share = matchShare(terms, topic);
  return share >= BOUND_TOPIC;
}

function bound(
  binding: BindingReader,
  corpus: Corpus,
  statement: string,
  stated: readonly Bound[],
  result: CheckResult,
  topic: WeightedGroup[],
  alias: Alias,
): CheckResult {
  const outcome = binding.check(statement, stated, result, topic, alias);
  const confirmed = (also: readonly Excerpt[]): CheckResult => ({
    ...result,
    verdict: "supported",
    explanation: EN["explanation.same_figure"],
    explanationCode: "explanation.same_figure",
    evidence: also.slice(0, 3),
  });
  if (result.verdict === "contradicted") {
    // Every figure found as the statement binds it, in sentences other than the one read as contradicting it...
    if (outcome.holds) return outcome.also.length > 0 ? confirmed(outcome.also) : result;
    // ...or the same day's move the other way ("went up on jan 27"), which says more than a sentence merely near it.
    const c = outcome.contradiction;
    return c?.why === "other_direction" ? contradictedBy(statement, c) : result;
  }
  // Every figure found where the sources bind it as the statement does, in sentences that also say most of what the
  // statement is about: a ✅ for the fitted verdict to weigh, though no one sentence said the statement's own words
  // ("79.8 on AIME 2024 vs 79.2 for o1-1217", each score in its own sentence).
  if (result.verdict === "not_covered" && outcome.holds && boundSupport(corpus, stated, outcome.also, topic))
    return confirmed(outcome.also);
  // Nothing stated found: a ✅ falls to no verdict, and "not covered" stays what it was.
  if (result.verdict === "not_covered" && (outcome.holds || !outcome.contradiction)) return result;
  if (outcome.holds) {
    const shown = new Set(result.evidence.map((e) => `${e.path}:${e.start}`));
    const also = outcome.also.filter((e) => !shown.has(`${e.path}:${e.start}`));
    return also.length ? { ...result, evidence: [...result.evidence, ...also].slice(0, 3) } : result;
  }
  const c = outcome.contradiction;
  return c ? contradictedBy(statement, c) : notCovered(statement, "explanation.not_covered");
}

function contradictedBy(statement: string, c: { excerpt: Excerpt; why: BindingWhy }): CheckResult {
  return {
    statement,
    verdict: "contradicted",
    claimId: null,
    explanation: EN[`explanation.${c.why}`],
    explanationCode: `explanation.${c.why}`,
    articleExcerpt: c.excerpt.kind === "article" ? c.excerpt : null,
    evidence: c.excerpt.kind === "article" ? [] : [c.excerpt],
  };
}
