import { type Bound, FigureReader } from "../claims/figureReading.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Sentence } from "../knowledge/types.js";
import { wordPattern, wordSet } from "../language/words.js";
import { toTerms } from "../text/terms.js";
import type { ValueKind } from "../text/values.js";
import type { AnswerKind } from "../understanding/answerKind.js";
import type { TermGroup, Understanding } from "../understanding/understand.js";
import type { Candidate } from "./candidate.js";

/*
 * Whether an answer is about what was asked, not only near it. Near-domain questions share the story's words but
 * ask about something else: "how much did AMD stock drop" meets sentences on NVIDIA's drop, "how much did OpenAI
 * spend to train o1" a sentence on what an experiment with o1 cost someone. Two signs, for the fitted decision:
 * a thing the question names that no chosen sentence says, and a lead whose figures are all bound to other names.
 */

/** Figures that answer a question of each numeric kind. */
const FIGURES: Partial<Record<AnswerKind, readonly ValueKind[]>> = {
  money: ["money"],
  percent: ["percent"],
  change: ["percent", "money"],
  count: ["count", "money"],
  figure: ["money", "percent", "count", "duration"],
  duration: ["duration"],
};

/** A day of the week says when, not what about: a sentence may give the date another way. */
export const DAYS = new Set([...wordSet("days")].flatMap((d) => toTerms(d)));

/** A sentence's figures, read once: two features ask for them, and the same sentences lead many answers. */
const boundOf = new WeakMap<Sentence, Bound[]>();
function figuresOf(lead: Candidate, corpus: Corpus): Bound[] {
  const known = boundOf.get(lead.sentence);
  if (known) return known;
  const bound = FigureReader.of(corpus).bind(lead.sentence.text, false);
  boundOf.set(lead.sentence, bound);
  return bound;
}

/** The things the question proper names, without weekdays: a sentence dates a day its own way ("27 January"). */
export const namedSubject = (u: Understanding): TermGroup[] =>
  u.subject.filter((g) => g.focus && !g.alternatives[0]!.some((t) => DAYS.has(t)));

export const says = (terms: ReadonlySet<string>, g: TermGroup) =>
  g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => terms.has(t)));

/**
 * The share of the things the question proper names (not weekdays) that no chosen sentence says, in any of its ways:
 * 1 for "how much did AMD stock drop" answered with NVIDIA's drop; less when one of several names is left out.
 */
export function subjectUnsaid(u: Understanding, chosen: readonly Candidate[]): number {
  const named = namedSubject(u);
  if (named.length === 0) return 0;
  // A section whose asked: list says the name (the sentence inherits more than it says) is about it too.
  const saidOf = (c: Candidate, g: TermGroup) =>
    says(c.terms, g) || c.said[u.groups.indexOf(g)]! > c.ownSaid[u.groups.indexOf(g)]!;
  return named.filter((g) => !chosen.some((c) => saidOf(c, g))).length / named.length;
}

/**
 * 1 when the question asks for a figure and every figure of that kind in the lead is bound (figureReading: the names
 * nearest it) to names the question does not use: the lead gives someone else's figure ("the Nasdaq fell 3.1%").
 */
export function figureOfOther(u: Understanding, lead: Candidate, corpus: Corpus): number {
  const kinds = FIGURES[u.kinds[0]!];
  if (!kinds) return 0;
  const asked = new Set(u.groups.flatMap((g) => g.terms));
  const figures = figuresOf(lead, corpus).filter((b) => kinds.includes(b.value.kind));
  return figures.length > 0 && figures.every((b) => b.names.size > 0 && ![...b.names].some((n) => asked.has(n)))
    ? 1
    : 0;
}

/** Values that answer each numeric kind of question, strictly: a count is not a sum of money. */
const STRICT_FIGURES: Partial<Record<AnswerKind, readonly ValueKind[]>> = {
  money: ["money"],
  percent: ["percent"],
  change: ["percent", "money"],
  count: ["count"],
};

/** Numbers written as words ("four stages", "six models") count things too. */
const NUMBER_WORD = wordPattern("number-words");
/** ...but not those that count nothing ("number one", "one of the largest"): lists/not-counts. */
const NOT_COUNT = wordPattern("not-counts", "gi");

/**
 * 1 when the lead holds a figure of the kind asked for, read as a value: "how many employees" is not answered by a
 * sentence whose only figure is "$5.5 million", whatever words of the question it shares. 1 for other kinds.
 */
export function leadHoldsFigure(u: Understanding, lead: Candidate, corpus: Corpus): number {
  const kinds = STRICT_FIGURES[u.kinds[0]!];
  if (!kinds) return 1;
  const text = lead.sentence.text;
  if (kinds.includes("count") && NUMBER_WORD.test(text.replace(NOT_COUNT, " "))) return 1;
  return figuresOf(lead, corpus).some((b) => kinds.includes(b.value.kind)) ? 1 : 0;
}
