import { type Corpus, onlyAsVariant } from "../corpus/corpus.js";
import { type Decision, probability } from "../fit/decisions.js";
import type { Sentence } from "../knowledge/types.js";
import { ASKED_SURE } from "../retrieval/askedIndex.js";
import type { RankedPassage } from "../retrieval/retrieve.js";
import { excerptOf } from "../text/excerpts.js";
import { passingUnasked } from "../text/passingFigure.js";
import { escapeRegExp } from "../text/regex.js";
import { groupLevel, termOverlap } from "../text/sentenceScore.js";
import { carriesKind, isSpecific } from "../understanding/evidence.js";
import type { Understanding } from "../understanding/understand.js";
import { answerFeatures, topical } from "./answerFit.js";
import { type Candidate, sameFact } from "./candidate.js";
import type { Draft } from "./draft.js";
import { DAYS } from "./figureFit.js";
import { evidenceLineOf } from "./lines.js";
import { otherReading } from "./premise.js";
import { namesSpeech, quotes, speaks } from "./speech.js";

/** At most this many excerpts stand under an answer. */
export const MAX_EXCERPTS = 3;
/** Passages whose sentences are considered. */
const CONTEXT = 8;
/** An article sentence saying this much of a question about the article answers it first. */
const ARTICLE_MATCH = 0.3;
/** An asked: question this close to the asker's speaks for its section's sentences (fully from ASKED_SURE)... */
const ASKED_TRUST = 0.35;
/** ...as if they said the words it shares with the asker's, a little less surely than saying them. */
const INHERITED_LEVEL = 0.8;

/**
 * The no-model answer: the sentence that carries the kind of fact asked for, about the thing asked about, comes
 * first, attributed by kind; then, if they add something, the article's words on the same fact (so a reader sees
 * where story and sources differ) and a sentence for any part of the question the first leaves open.
 */
export function composeExtractive(
  u: Understanding,
  ranked: readonly RankedPassage[],
  corpus: Corpus,
  decision: Decision,
): Draft {
  const candidates = rankCandidates(u, ranked, corpus);
  // A message asking several questions gets the best sentence for each, the first question's first.
  const firsts =
    u.parts.length > 1
      ? [rankCandidates(u, ranked, corpus, u.parts[0]).find((c) => c.kindOk || !isSpecific(u.parts[0]!.kinds[0]!))]
      : [];
  // "According to the article": the article's own sentence comes first, the sources' words after it.
  const articleFirst = u.aboutArticle
    ? candidates.find((c) => c.kind === "article" && c.match >= ARTICLE_MATCH && (c.kindOk || !isSpecific(u.kinds[0]!)))
    : undefined;
  const lead = articleFirst ?? firsts[0] ?? candidates[0];
  if (!lead) return { declined: true, reason: "off_topic" };
  const chosen = [extend(u, lead)];
  const add = (c: Candidate | undefined) => {
    if (!c || chosen.length >= MAX_EXCERPTS || chosen.some((x) => sameSpanOrInside(x, c))) return;
    // No two excerpts say the same thing: one that adds none of the question's words and repeats another's goes.
    const addsPart = c.ownSaid.some((level, i) => level > Math.max(...chosen.map((x) => x.ownSaid[i]!)));
    if (!addsPart && chosen.some((x) => termOverlap(x.terms, c.terms) > 0.6 || termOverlap(c.terms, x.terms) > 0.6))
      return;
    chosen.push(c);
  };
  // After the article's words, the sources' words on the same fact, whether or not the question named the article.
  if (lead.kind === "article") add(candidates.find((c) => c.kind !== "article" && sameFact(c, lead)));
  // Each further question gets its own best sentence, not one already shown.
  for (const p of u.parts.slice(1)) {
    add(
      rankCandidates(u, ranked, corpus, p).find(
        (c) =>
          (c.kindOk || !isSpecific(p.kinds[0]!)) &&
          !chosen.some((x) => sameSpanOrInside(x, c) || sameSpanOrInside(c, x)),
      ),
    );
  }
  // A part of the question the chosen sentences leave open ("friday AND monday", "math-500 and mmlu").
  add(complement(u, candidates, chosen));
  // Small numbers alone ("2+2") match dates and figures everywhere without being about anything: no answer at all,
  // whatever the weights say of the rest.
  if (!topical(u, chosen)) return { declined: true, reason: "off_topic" };
  const features = answerFeatures(u, candidates[0] ?? lead, chosen, corpus);
  const p = probability(decision, features);
  if (p < decision.threshold) return { declined: true, reason: "off_topic", confidence: { p, features } };
  // The article's words on the same fact, when the answer comes from elsewhere: the reader sees both sides.
  if (!chosen.some((c) => c.kind === "article"))
    add(candidates.find((c) => c.kind === "article" && c.kindOk && sameFact(c, lead) && c.value >= 0.5 * lead.value));
  add(otherReading(u, candidates, chosen));
  const excerpts = chosen.map((c) => excerptOf(corpus.docById, c.passage.docId, c.sentence));
  const lines = excerpts.map((e, i) => evidenceLineOf(e, i + 1));
  return { declined: false, lines, excerpts, mode: "extractive", confidence: { p, features } };
}

function sameSpanOrInside(a: Candidate, b: Candidate): boolean {
  return a.passage === b.passage && a.sentence.start <= b.sentence.start && b.sentence.end <= a.sentence.end;
}

/** The best sentence for the question's parts the chosen ones leave open, if one is nearly as good. */
function complement(
  u: Understanding,
  candidates: readonly Candidate[],
  chosen: readonly Candidate[],
): Candidate | undefined {
  const lead = chosen[0]!;
  // What the chosen sentences say in their own words; a section's asked: list does not fill a second part.
  const open = u.groups
    .map((g, i) => ({ g, i }))
    .filter(({ g, i }) => g.known && g.focus && !chosen.some((c) => c.ownSaid[i]! >= 0.5));
  if (open.length === 0) return undefined;
  const covers = (c: Candidate) => open.reduce((s, { g, i }) => s + c.ownSaid[i]! * g.weight, 0);
  return candidates
    .filter((c) => covers(c) > 0 && c.value >= 0.5 * lead.value && (c.kindOk || !isSpecific(u.kinds[0]!)))
    .sort((a, b) => covers(b) - covers(a) || b.value - a.value)[0];
}

/** One question of a message that asks several: its groups count fully, the rest as context ("when did they tighten it"). */
type Part = Understanding["parts"][number];
const PART_CONTEXT = 0.3;
/** A speaker's own words, quoted, over a sentence that only reports that they spoke. */
const QUOTE_BONUS = 0.2;
/** What a sentence about another day than the one asked about loses: as much as one not about the asked subject. */
const OTHER_DAY = 0.25;

function rankCandidates(u: Understanding, ranked: readonly RankedPassage[], corpus: Corpus, part?: Part): Candidate[] {
  // The other questions' words are context only for a part too thin to stand alone ("when did they tighten it").
  const thin = part !== undefined && part.groups.filter((i) => u.groups[i]!.known).length < 2;
  const kinds = part?.kinds ?? u.kinds;
  const kind = kinds[0]!;
  // "What was NVIDIA's statement": the statement is what is wanted, so a sentence need not say the word; one that
  // does ("NVIDIA gave a statement to CNBC") is about the statement, not what it said.
  const weights = u.groups.map((g, i) =>
    g.known && !(kind === "view" && namesSpeech(g))
      ? g.weight * g.emphasis * (!part || part.groups.includes(i) ? 1 : thin ? PART_CONTEXT : 0)
      : 0,
  );
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const specific = isSpecific(kind);
  const top = ranked[0]?.score || 1;
  const askedTerms = new Set(u.terms);
  // What every sentence is weighed against, worked out once per ranking rather than once per sentence.
  const n = u.groups.length;
  const otherKinds = kinds.slice(1).filter(isSpecific);
  const eitherKind = u.multiPart || kinds.includes("comparison");
  const subjectAt = u.subject.map((g) => u.groups.indexOf(g));
  const definition = u.defines === null ? null : definitionOf(u.defines);
  const askedDays = u.terms.filter((t) => DAYS.has(t));
  const out: Candidate[] = [];
  for (const { passage, score, asked } of ranked.slice(0, CONTEXT)) {
    // A section whose asked: list holds the asker's question answers it, whatever words its sentences use.
    const inherited = asked && asked.score >= ASKED_TRUST ? asked.says : null;
    const inheritedLevel = asked ? INHERITED_LEVEL * Math.min(1, asked.score / ASKED_SURE) : 0;
    const docKind = corpus.docById.get(passage.docId)?.kind ?? "note";
    for (const sentence of passage.sentences) {
      const terms = corpus.sentenceTerms.get(sentence) ?? new Set<string>();
      const variants = corpus.variants.get(sentence);
      // A sentence naming the asker's "r1" only as "R1-Zero" says the word only half.
      const own = new Array<number>(n);
      const said = new Array<number>(n);
      let matched = 0;
      for (let i = 0; i < n; i++) {
        const g = u.groups[i]!;
        own[i] = groupLevel(terms, g) * (onlyAsVariant(g.alternatives[0]!, variants, askedTerms) ? 0.5 : 1);
        said[i] = Math.max(own[i]!, inherited?.[i] ? inheritedLevel : 0);
        matched += said[i]! * weights[i]!;
      }
      const match = matched / total;
      if (match === 0) continue;
      let ownMatched = 0;
      for (let i = 0; i < n; i++) ownMatched += own[i]! * weights[i]!;
      const ownMatch = ownMatched / total;
      const facts = corpus.facts.get(sentence) ?? new Set();
      // A question of two parts ("gpu count + capex") is answered by a sentence holding either kind of fact.
      // ...and "how much does it charge compared to o1" by a ratio ("about one-thirtieth of the price").
      const kindOk = carriesKind(facts, kind) || (eitherKind && otherKinds.some((k) => carriesKind(facts, k)));
      const defines = definition?.test(sentence.text) === true;
      const subjectHit = subjectAt.length === 0 || subjectAt.some((i) => said[i]! > 0);
      // The asker's own words decide among sentences; what a section's asked: list adds counts for less.
      let value = ownMatch + 0.6 * (match - ownMatch) + 1.0 * (score / top) - sentence.text.length / 4000;
      // "What did NVIDIA say" wants NVIDIA speaking, not someone else speaking about NVIDIA.
      // ...and the words they said, quoted, rather than a sentence about their statement.
      if (kind === "view") value += speaks(sentence.text, u) ? 0.3 + (quotes(sentence.text) ? QUOTE_BONUS : 0) : 0;
      // ...and the figure where it settled, unless the asker wants a passing reading ("how low did it go intraday").
      else if (specific && carriesKind(facts, kind)) value += passingUnasked(u.text, sentence.text) ? 0 : 0.3;
      else if (otherKinds.some((k) => carriesKind(facts, k))) value += 0.12;
      if (!subjectHit) value -= 0.25;
      // "how much did they lose on monday": a sentence on another day answers another question.
      if (askedDays.length > 0 && !askedDays.some((d) => terms.has(d)) && [...terms].some((t) => DAYS.has(t)))
        value -= OTHER_DAY;
      if (u.aboutArticle && docKind === "article") value += 0.5;
      if (defines) value += 0.35;
      // A bare dateline or label is rarely the answer; a wall of text is a poor first line.
      if (sentence.text.length < 40) value *= 0.6;
      if (sentence.text.length > 320) value *= 0.85;
      out.push({
        sentence,
        passage,
        terms,
        kind: docKind,
        match,
        said,
        ownSaid: own,
        weights,
        ownMatch,
        kindOk,
        subjectHit,
        value,
      });
    }
  }
  return out.sort((a, b) => b.value - a.value);
}

/** What a sentence defining `term` reads like: "GRPO is …", "Group Relative Policy Optimization (GRPO), …", "The H800 is …". */
function definitionOf(term: string): RegExp {
  const t = escapeRegExp(term).replace(/\s+/g, "[\\s-]+");
  return new RegExp(
    `\\(${t}\\)|^(?:the |an? )?(?:[\\w-]+ )?${t}\\b[^.]{0,30}?\\b(is|are|was|were|means|stands for|refers to)\\b|\\b${t}\\b,? (?:is|an?|the) `,
    "i",
  );
}

/**
 * A definition or an explanation often takes the next sentence too ("… a computational power trap. Billions …"), and
 * so does a sentence that answers only through its section's asked: list ("NVIDIA gave a statement …" is followed
 * by what it said).
 */
function extend(u: Understanding, c: Candidate): Candidate {
  const explains = u.kinds[0] === "definition" || u.kinds[0] === "reason";
  // A short sentence on a general question ("Stratechery addressed claims that …") is followed by its point.
  const framing = !isSpecific(u.kinds[0]!) && (c.ownMatch < 0.5 * c.match || c.sentence.text.length < 130);
  if (!explains && !framing) return c;
  const i = c.passage.sentences.indexOf(c.sentence);
  const next: Sentence | undefined = c.passage.sentences[i + 1];
  if (!next || next.end - c.sentence.start > 420) return c;
  const text = c.passage.text.slice(c.sentence.start - c.passage.start, next.end - c.passage.start);
  return { ...c, sentence: { text, start: c.sentence.start, end: next.end } };
}
