import type { Corpus } from "../corpus/corpus.js";
import type { AnswerKind } from "../understanding/answerKind.js";
import { isSpecific } from "../understanding/evidence.js";
import type { Understanding } from "../understanding/understand.js";
import { askedFactUnsaid } from "./askedFact.js";
import type { Candidate } from "./candidate.js";
import { figureOfOther, leadHoldsFigure, subjectUnsaid } from "./figureFit.js";
import { roleOfOther } from "./roleFit.js";

/*
 * What the fitted decision to answer weighs (src/fit/), read from a question and the sentences chosen for it.
 */

/** Kinds whose answer must hold the fact: without one, the documents do not answer the question. */
const STRICT: ReadonlySet<AnswerKind> = new Set(["money", "percent", "change", "count", "date", "duration"]);

/**
 * What the decision to answer is fitted on (`npm run train`): how much of the question the chosen sentences say,
 * whether they are about its subject and hold the kind of fact asked for, how much of it the story knows at all, and
 * how near a question the knowledge's asked: lists hold. Generic: none of it names anything in a particular story, and
 * none depends on how retrieval scores (lexical or fused with a model's embeddings) or on how long the question is.
 */
export function answerFeatures(
  u: Understanding,
  best: Candidate,
  chosen: readonly Candidate[],
  corpus: Corpus,
): Record<string, number> {
  const lead = chosen[0]!;
  const total = u.groups.reduce((s, g) => s + g.weight * g.emphasis, 0) || 1;
  const weights = u.groups.map((g) => (g.known ? g.weight * g.emphasis : 0));
  const share = (cs: readonly Candidate[]) =>
    weights.reduce((s, w, i) => s + w * Math.max(...cs.map((c) => c.said[i]!)), 0) / total;
  const ownShare = (cs: readonly Candidate[]) =>
    weights.reduce((s, w, i) => s + w * Math.max(...cs.map((c) => c.ownSaid[i]!)), 0) / total;
  const kindOk = chosen.some((c) => c.kindOk);
  return {
    coverage: u.coverage,
    best_share: share([best]),
    chosen_share: share([best, ...chosen]),
    own_share: ownShare([best, ...chosen]),
    lead_match: lead.match,
    lead_subject: lead.subjectHit ? 1 : 0,
    best_subject: best.subjectHit ? 1 : 0,
    has_subject: u.subject.length > 0 ? 1 : 0,
    kind_ok: kindOk ? 1 : 0,
    strict_missing: STRICT.has(u.kinds[0]!) && !kindOk ? 1 : 0,
    unknown_names: Math.min(u.unknownNames.length, 2),
    about_article: u.aboutArticle ? 1 : 0,
    // The question proper, without the chatter before it: how much of it the story knows.
    focus_coverage: focusCoverage(u),
    lead_kind_ok: lead.kindOk ? 1 : 0,
    specific_kind: isSpecific(u.kinds[0]!) ? 1 : 0,
    share_x_coverage: share([best]) * u.coverage,
    subject_unsaid: subjectUnsaid(u, chosen),
    figure_of_other: figureOfOther(u, lead, corpus),
    lead_figure: leadHoldsFigure(u, lead, corpus),
    asked_fact_unsaid: askedFactUnsaid(u, chosen),
    heaviest_unsaid: heaviestUnsaid(u, lead),
    lead_subject_unsaid: subjectUnsaid(u, [lead]),
    unheard_words: Math.min(u.unheardWords.length, 2),
    // How far the question proper falls below half known: a hinge, so a message mostly about other things ("a good
    // banana bread recipe? mine keeps coming out dense") weighs more than a straight line through coverage allows.
    focus_below_half: Math.max(0, 0.5 - focusCoverage(u)),
    role_of_other: roleOfOther(u, lead),
  };
}

/** Some word of the question other than a small number is said by a chosen sentence. */
export function topical(u: Understanding, chosen: readonly Candidate[]): boolean {
  return u.groups.some(
    (g, i) => g.known && !g.alternatives[0]!.every((t) => /^\d{1,2}$/.test(t)) && chosen.some((c) => c.said[i]! > 0),
  );
}

function focusCoverage(u: Understanding): number {
  const focus = u.groups.filter((g) => g.focus);
  const total = focus.reduce((s, g) => s + g.weight, 0);
  return total === 0 ? 0 : focus.filter((g) => g.known).reduce((s, g) => s + g.weight, 0) / total;
}

/**
 * 1 when the lead does not say the question's rarest words (its heaviest group, known to the story or not): "how much
 * did Meta's stock move" led by a sentence on the sell-off that never names Meta. A question is mostly about what its
 * rarest words name, so a lead without them is about something near it.
 */
function heaviestUnsaid(u: Understanding, lead: Candidate): number {
  const focus = u.groups.map((g, i) => ({ g, i })).filter(({ g }) => g.focus);
  const heaviest = Math.max(...focus.map(({ g }) => g.weight));
  return focus.some(({ g, i }) => g.weight === heaviest && lead.said[i]! === 0) ? 1 : 0;
}
