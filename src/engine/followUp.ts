import { entryTest, wordPattern, wordSet } from "../language/words.js";
import { countTokens } from "../llm/tokens.js";
import { escapeRegExp } from "../text/regex.js";
import type { Understander, Understanding } from "../understanding/understand.js";
import { withoutCitations } from "./citations.js";
import type { Answer, Turn } from "./types.js";

/** Earlier turns handed to a model, newest last; older ones add little and cost prompt tokens. */
const TURNS_KEPT = 4;
/** Of the prompt's token budget, the most the earlier turns may take: the passages are what answers. */
const EARLIER_SHARE = 0.25;
/** An answer is kept to this many characters for the questions after it: its start says what it was about. */
const ANSWER_CHARS = 400;
/** A question's words that point back at something named before ("who made it?", "what did they pay?"). */
const POINTER = wordPattern("pointers");
/** How a follow-up that asks the earlier question again about something else opens ("and on friday?"). */
const CONTINUING = new RegExp(`^\\s*${wordPattern("continuations").source}\\s*`, "i");
const PREPOSITION = new RegExp(`^${wordPattern("prepositions").source}`, "i");

export interface ReadInContext {
  understanding: Understanding;
  /** The question as answered: the asker's words, or those words with the earlier subject in them. */
  text: string;
  borrowed: boolean;
}

/** Days, months and years: they say when, not what about ("and on friday?" still asks about the earlier thing). */
const WHEN =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:19|20)\d\d$|^(?:today|yesterday|tomorrow|week|month|year)s?$/i;
const isWhen = (name: string) => name.split(/\s+/).every((w) => WHEN.test(w));
const OPENERS = wordSet("question-words");
/** What a figure counts ("GPU hours", "tokens", "parameters"). */
const COUNTED = entryTest("counted");

/**
 * Reads a question in its conversation. A question that names what it asks about stands alone; one that names
 * nothing, or only a time ("and on friday?", "who made it?"), is about what the question before it was about, and
 * so is a word pointing back at it ("what hardware was that on?"). The earlier subject takes the place of the first
 * pointing word or, when there is none, is added at the end.
 */
export function readInContext(understander: Understander, question: string, earlier: readonly Turn[]): ReadInContext {
  const own = understander.understand(question);
  const alone = { understanding: own, text: question, borrowed: false };
  const named = new Set(subjectOf(own).map((s) => s.toLowerCase()));
  const subject = (earlier.at(-1)?.subject ?? []).filter((s) => !isWhen(s) && !named.has(s.toLowerCase()));
  const pointing = POINTER.test(question);
  const again = pointing ? null : askedAgain(question, own, named, earlier.at(-1));
  if (again) {
    const understanding = understander.understand(again);
    if (!understanding.unanswerable) return { understanding, text: again, borrowed: true };
  }
  // "and how many GPU hours in total?": what a figure counts is no subject of its own.
  const namesNothing = [...named].every((n) => isWhen(n) || n.split(/[\s-]+/).every(COUNTED));
  if (subject.length === 0 || own.unanswerable || !(namesNothing || pointing)) return alone;
  const borrowed = subject.join(" and ");
  const text = pointing
    ? question.replace(POINTER, borrowed)
    : `${question.trim().replace(/[?.!\s]+$/, "")} (${borrowed})?`;
  const understanding = understander.understand(text);
  // Borrowing that makes a question unreadable (a pronoun swap gone wrong) is worse than the question alone.
  if (understanding.unanswerable) return alone;
  return { understanding, text, borrowed: true };
}

/**
 * "and on friday?" after "how much did nvidia drop on monday", "and o1's?" after "what's R1's AIME score": a follow-up
 * that opens as a continuation and says nothing but a name or a time asks the earlier question again, with that name
 * or time in place of the earlier one of its kind ("for R1" in place of "for V3"), or added when there is none.
 */
function askedAgain(
  question: string,
  own: Understanding,
  named: ReadonlySet<string>,
  turn: Turn | undefined,
): string | null {
  const opening = CONTINUING.exec(question);
  if (!turn || !opening || own.groups.length === 0) return null;
  // Only names and times, known to the story or not: anything else ("and how does it compare") is a question of its own.
  const names = new Set([...named, ...own.unknownNames.map((n) => n.toLowerCase())]);
  if (own.groups.some((g) => !names.has(g.text.toLowerCase()))) return null;
  const rest = question
    .slice(opening[0].length)
    .trim()
    .replace(/[?.!\s]+$/, "");
  const earlier = turn.question.trim().replace(/[?.!\s]+$/, "");
  // "and how many gpus in total?" opens a question of its own, however few words it has besides a name.
  if (!rest || POINTER.test(earlier) || OPENERS.has(rest.split(/\s+/)[0]!.toLowerCase())) return null;
  const times = own.groups.every((g) => isWhen(g.text));
  const preposition = PREPOSITION.exec(rest)?.[0];
  const bare = (preposition ? rest.slice(preposition.length).trim() : rest).replace(/['’]s$/, "");
  // The earlier one of the same kind: a time for a time, one of the earlier subject's names for a name.
  const targets = times
    ? earlier.split(/\s+/).filter((w) => isWhen(w.replace(/\W+$/, "")))
    : turn.subject.filter((s) => !isWhen(s));
  for (const target of preposition ? targets : []) {
    const at = new RegExp(
      `\\b${escapeRegExp(preposition!)}\\s+(?:(?:the|an?)\\s+)?${escapeRegExp(target)}(?![\\w-])`,
      "i",
    );
    if (at.test(earlier)) return `${earlier.replace(at, rest)}?`;
  }
  // With several earlier names and nothing to tell which one the new name stands for ("what was r1's score on aime",
  // then "what about math-500?"), both stay: the new one is added.
  for (const target of times || targets.length === 1 ? targets : []) {
    const at = new RegExp(`\\b${escapeRegExp(target)}(?![\\w-])`, "i");
    // "what is the h800?" then "and the h100?": one article, not two.
    if (at.test(earlier)) return `${earlier.replace(at, bare).replace(/\b(?:the|an?)\s+(the|an?)\b/gi, "$1")}?`;
  }
  return `${earlier} ${rest}?`;
}

/** An answer as a later question in its conversation reads it. */
export function turnOf(answer: Answer): Turn {
  const prose = withoutCitations(answer.answer);
  return {
    question: answer.question,
    subject: answer.subject,
    answer: prose.length > ANSWER_CHARS ? `${prose.slice(0, ANSWER_CHARS)}…` : prose,
  };
}

/**
 * What an understanding is about, as the asker wrote it: the names in it or, with none, the term of a "what is X"
 * question ("what is open-r1"). What a later follow-up may borrow.
 */
export const subjectOf = (u: Understanding): string[] =>
  u.subject.length > 0 ? u.subject.map((g) => g.text) : u.defines ? [u.defines] : [];

/**
 * The conversation's last turns for a model's prompt, oldest first, within a share of the token budget: the
 * newest are kept when not all fit, and a turn whose answer does not fit keeps its question, which says most about
 * what a follow-up refers to. Tags that could close the block early are removed.
 */
export function earlierForPrompt(earlier: readonly Turn[], budgetTokens: number): { text: string; tokens: number } {
  const room = Math.floor(budgetTokens * EARLIER_SHARE);
  const blocks: string[] = [];
  let tokens = 0;
  for (const turn of earlier.slice(-TURNS_KEPT).reverse()) {
    const question = `Q: ${turn.question}`;
    const fits = [`${question}\nA: ${turn.answer}`, question]
      .map((block) => block.replace(/<\/?(earlier|question|passages)>/gi, ""))
      .map((block) => ({ block, cost: countTokens(block) + 2 }))
      .find(({ cost }) => tokens + cost <= room);
    if (!fits) break;
    blocks.unshift(fits.block);
    tokens += fits.cost;
  }
  return { text: blocks.join("\n\n"), tokens };
}
