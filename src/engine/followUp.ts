import { countTokens } from "../llm/tokens.js";
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
const POINTER = /\b(it|its|they|them|their|theirs|this|that|these|those|he|she|him|her|his)\b/i;

export interface ReadInContext {
  understanding: Understanding;
  /** The question as answered: the asker's words, or those words with the earlier subject in them. */
  text: string;
  borrowed: boolean;
}

/**
 * Reads a question in its conversation. A question that names what it asks about stands alone; one that names
 * nothing ("and on monday?", "who made it?") is about what the question before it was about: the earlier subject
 * takes the place of the first word pointing back, or, when there is none, is added at the end.
 */
export function readInContext(understander: Understander, question: string, earlier: readonly Turn[]): ReadInContext {
  const own = understander.understand(question);
  const subject = earlier.at(-1)?.subject ?? [];
  if (own.subject.length > 0 || subject.length === 0 || own.unanswerable)
    return { understanding: own, text: question, borrowed: false };
  const named = subject.join(" and ");
  const text = POINTER.test(question)
    ? question.replace(POINTER, named)
    : `${question.trim().replace(/[?.!\s]+$/, "")} (${named})?`;
  const understanding = understander.understand(text);
  // Borrowing that makes a question unreadable (a pronoun swap gone wrong) is worse than the question alone.
  if (understanding.unanswerable && !own.unanswerable) return { understanding: own, text: question, borrowed: false };
  return { understanding, text, borrowed: true };
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

/** The names an understanding is about, as the asker wrote them: what a later follow-up may borrow. */
export const subjectOf = (u: Understanding): string[] => u.subject.map((g) => g.text);

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
