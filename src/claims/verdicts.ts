import type { Corpus } from "../corpus/corpus.js";
import { wordPattern } from "../language/words.js";
import { EN } from "../messages/en.js";
import { type Excerpt, excerptOf } from "../text/excerpts.js";
import { escapeRegExp } from "../text/regex.js";
import { matchShare, scoreSentences } from "../text/sentenceScore.js";
import { valuesIn } from "../text/values.js";
import type { Understanding } from "../understanding/understand.js";
import type { CheckResult, Claim } from "./types.js";

/** For a statement matching no known claim: how much of it one note sentence must say to count as support. */
const SUPPORT_THRESHOLD = 0.75;
/** Negation decides many claims ("without NVIDIA chips", "didn't use GPUs") yet is a stopword for search. */
const NEGATION = new RegExp(`${wordPattern("negation").source}|n't\\b`, "i");

/** A comparison between two things ("pricier than", "outscored"). */
const COMPARES = wordPattern("comparing");

const EXCLUSIVE = wordPattern("exclusive");
const POINTS_BACK = new RegExp(`^${wordPattern("remark-starts").source}`, "i");
const LEADS_EXCLUSIVE = new RegExp(`^${EXCLUSIVE.source}`, "i");

/**
 * A remark on the statement before it, claiming that was all ("that's everything they spent", "full stop") or
 * limiting it ("..., but only for research"): it points back, starts with the limit or is nothing but the claim of
 * being all, and states no figure of its own.
 */
export function remarkOn(text: string): boolean {
  if (!EXCLUSIVE.test(text) || valuesIn(text).length > 0) return false;
  const bare = text.replace(new RegExp(EXCLUSIVE.source, "gi"), "").trim() === "";
  return POINTS_BACK.test(text) || LEADS_EXCLUSIVE.test(text) || bare;
}

/** How the notes mark a sentence their source could not confirm: "(unverified)". */
const UNCONFIRMED = wordPattern("unconfirmed");

/** True when a note sentence is marked as not confirmed by its source. */
function unconfirmed(text: string): boolean {
  return UNCONFIRMED.test(text);
}

/**
 * A verdict found in the notes that rests only on sentences marked unverified: such a sentence neither confirms nor
 * contradicts anything ("Nature reportedly quoted ... (unverified)"), so the claim is unverified, with what the
 * notes report shown. A known claim's verdict was judged already and stays.
 */
export function reportedOnly(result: CheckResult): CheckResult {
  if (result.claimId !== null || (result.verdict !== "supported" && result.verdict !== "contradicted")) return result;
  const shown = result.evidence;
  if (shown.length === 0 || !shown.every((e) => unconfirmed(e.text))) return result;
  return {
    ...result,
    verdict: "unverified",
    explanation: EN["explanation.reported_only"],
    explanationCode: "explanation.reported_only",
    articleExcerpt: null,
  };
}

/** True when the text says something is not so ("without", "didn't", "not"). */
export function negated(text: string): boolean {
  return NEGATION.test(text);
}

/** Someone's word that no source we hold records. */
export function unverified(statement: string): CheckResult {
  return {
    statement,
    verdict: "unverified",
    claimId: null,
    explanation: "No source we hold confirms this; it rests on someone's word.",
    explanationCode: "explanation.unverified",
    articleExcerpt: null,
    evidence: [],
  };
}

/** An opinion, with the closest view from the sources when there is one. */
export function opinionOf(statement: string, u: Understanding, corpus: Corpus): CheckResult {
  const views = scoreSentences(
    u.groups.filter((g) => g.known),
    rankSources(u, corpus),
    corpus.sentenceTerms,
  )
    .filter((c) => c.match >= 0.5 && (corpus.facts.get(c.sentence)?.has("view") ?? false))
    .sort((a, b) => b.match - a.match);
  const view = views[0];
  return {
    statement,
    verdict: "opinion",
    claimId: null,
    explanation: view
      ? "That is an opinion, not a checkable fact. The closest view in the sources is below."
      : "That is an opinion, not a checkable fact, and the sources offer no view on it.",
    explanationCode: view ? "explanation.opinion_view" : "explanation.opinion",
    articleExcerpt: null,
    evidence: view ? [excerptOf(corpus.docById, view.passage.docId, view.sentence)] : [],
  };
}

/**
 * The verdict of a known claim for a statement that makes it. "they did use nvidia chips" against the article's
 * "without relying on NVIDIA chips": the statement says the opposite of the claim, so it gets the opposite verdict.
 */
export function claimVerdict(
  statement: string,
  claim: Claim,
  articleExcerpt: Excerpt,
  evidence: Excerpt[],
): CheckResult {
  const flipped = negated(statement) !== negated(claim.claim);
  const verdict =
    flipped && claim.verdict === "contradicted"
      ? "supported"
      : flipped && claim.verdict === "supported"
        ? "contradicted"
        : claim.verdict;
  return { statement, verdict, claimId: claim.id, explanation: claim.explanation, articleExcerpt, evidence };
}

/** No known claim: supported only if one note sentence says (nearly) all of it, figures included. */
export function checkAgainstNotes(statement: string, u: Understanding, corpus: Corpus): CheckResult {
  const notCovered: CheckResult = {
    statement,
    verdict: "not_covered",
    claimId: null,
    explanation: "The story's documents don't say anything that settles this, so I won't give it a verdict.",
    explanationCode: "explanation.not_covered",
    articleExcerpt: null,
    evidence: [],
  };
  // One known word ("lmaooo called it") says nothing a sentence could confirm: as a known claim, it takes two.
  if (u.coverage < 0.5 || u.groups.filter((g) => g.known).length < 2) return notCovered;
  // A comparison ("pricier than o1") is settled by which way the sources' comparison goes, not by shared words.
  const compares = COMPARES.test(statement) && u.subject.length >= 2;
  if (compares) return notCovered;
  // A name the story never mentions ("Tesla stock rose 10%") counts against every match: the notes may share the
  // rest of the words, but they are not about that thing.
  const groups = u.groups.filter((g) => g.known || writtenAsName(u.text, g.text));
  const ranked = rankSources(u, corpus);
  // The statement said by one sentence, or by one passage whose sentences share it out ("GRPO drops the critic
  // ... and scores answers against the group's average").
  const sentences = scoreSentences(groups, ranked, corpus.sentenceTerms).sort((a, b) => b.match - a.match);
  const sentence = sentences[0];
  const passage = ranked
    .map((r) => ({ r, match: matchShare(corpus.passageTerms.get(r.passage) ?? new Set(), groups) }))
    .filter(({ r }) => r.passage.text.length < 700)
    .sort((a, b) => b.match - a.match)[0];
  const bySentence = sentence && sentence.match >= SUPPORT_THRESHOLD ? sentence : null;
  const byPassage =
    passage && passage.match >= SUPPORT_THRESHOLD
      ? sentences.find((x) => x.passage === passage.r.passage && x.match >= 0.4)
      : null;
  const best = bySentence ?? byPassage;
  const figures = statement.match(/\d+(?:[.,]\d+)*/g) ?? [];
  if (!best || !figures.every((f) => best.passage.text.includes(f))) return notCovered;
  // "DeepSeek didn't use NVIDIA GPUs" against "DeepSeek-V3 was trained on NVIDIA H800 GPUs": the opposite.
  const opposite = negated(statement) !== negated(bySentence ? best.sentence.text : best.passage.text);
  return {
    statement,
    verdict: opposite ? "contradicted" : "supported",
    claimId: null,
    explanation: opposite
      ? "Our notes on the sources say otherwise, as shown below."
      : "Our notes on the sources say the same thing, as shown below.",
    explanationCode: opposite ? "explanation.notes_differ" : "explanation.notes_agree",
    articleExcerpt: null,
    evidence: [excerptOf(corpus.docById, best.passage.docId, best.sentence)],
  };
}

/** The best passages for a statement among the sources' (the article is what is being checked). */
function rankSources(u: Understanding, corpus: Corpus) {
  return corpus.index.rank(u.terms, 8, u.boosts).filter((r) => corpus.docById.get(r.passage.docId)?.kind !== "article");
}

/** True when `word` is written with a capital in `text`: "Tesla", not "yesterday". */
function writtenAsName(text: string, word: string): boolean {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "iu").exec(text);
  return at !== null && /^\p{Lu}/u.test(at[0]);
}
