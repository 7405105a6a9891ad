import { questionsIn } from "../understanding/pieces.js";
import { turnOf } from "./followUp.js";
import { type AnswerLine, renumberLines } from "./lines.js";
import type { Answer, Turn } from "./types.js";

/** At most this many questions of one message are answered; more are read as one. */
const MAX_PARTS = 3;
const MAX_EXCERPTS = 3;

/**
 * Answers a message as the questions it asks. A ramble is answered from its question alone or as a whole, whichever
 * the fitted decision is surer of: the chatter before the question is context, never a reason to decline. A message
 * with several questions has each retrieved, answered or declined on its own, and the answers shown together.
 */
export async function answerMessage(
  text: string,
  ask: (question: string, before?: readonly Turn[]) => Promise<Answer>,
): Promise<Answer> {
  const questions = questionsIn(text);
  if (questions.length === 1 && questions[0] === text) return ask(text);
  const whole = await ask(text);
  // A later question that names nothing ("and where did he study?") is about what the one before it named.
  const parts: Answer[] = [];
  let before: Turn[] = [];
  for (const q of questions.slice(0, MAX_PARTS)) {
    // Read after the one before it first; declined so, on its own ("and what did the run cost?" is not the lab's).
    const read = await ask(q, before);
    const answer = read.declined && before.length > 0 ? await ask(q) : read;
    parts.push(answer);
    before = [{ ...turnOf(answer), question: q }];
  }
  const answered = parts.filter((a) => !a.declined);
  if (answered.length >= 2) return combine(text, answered);
  const best = [whole!, ...answered].reduce((a, b) => (surer(b, a) ? b : a));
  return { ...best, question: whole!.question };
}

/** An answer beats a decline; between answers, the one the fitted decision is surer of. */
function surer(a: Answer, b: Answer): boolean {
  if (a.declined !== b.declined) return !a.declined;
  return (a.confidence?.p ?? 0) > (b.confidence?.p ?? 0);
}

/**
 * The answers to each question of one message, in order, in one reply: each keeps its lines and its first excerpts
 * (three in all, shared out), renumbered; a line citing only excerpts that did not fit goes with them.
 */
function combine(question: string, answers: readonly Answer[]): Answer {
  const share = answers.map(
    (_, i) => Math.floor(MAX_EXCERPTS / answers.length) + (i < MAX_EXCERPTS % answers.length ? 1 : 0),
  );
  const lines: AnswerLine[] = [];
  const excerpts: Answer["excerpts"] = [];
  answers.forEach((a, i) => {
    const kept = Math.min(share[i]!, a.excerpts.length);
    const offset = excerpts.length;
    excerpts.push(...a.excerpts.slice(0, kept));
    const map = new Map(Array.from({ length: kept }, (_, k) => [k + 1, k + 1 + offset] as const));
    // A line citing only excerpts that did not fit goes with them; one citing none stays (a remark).
    const fits = (line: AnswerLine) => line.cites.length === 0 || line.cites.some((n) => n <= kept);
    lines.push(...renumberLines(a.lines.filter(fits), map));
  });
  const first = answers[0]!;
  return {
    ...first,
    question,
    lines,
    excerpts,
    retrieved: answers.flatMap((a) => a.retrieved),
    subject: [...new Set(answers.flatMap((a) => a.subject))],
    timings: {
      retrieveMs: answers.reduce((s, a) => s + a.timings.retrieveMs, 0),
      answerMs: answers.reduce((s, a) => s + a.timings.answerMs, 0),
      totalMs: Math.max(...answers.map((a) => a.timings.totalMs)),
    },
    confidence: {
      p: Math.min(...answers.map((a) => a.confidence?.p ?? 0)),
      features: first.confidence?.features ?? {},
    },
  };
}

/**
 * A declined question whose nearest asked: question says the same thing is answered as that question, and says so
 * ("Read as: …"); when that is declined too, the first decline stands, with its suggestions.
 */
export async function fromSuggestion(
  declined: Answer,
  readAs: string,
  ask: (question: string) => Promise<Answer>,
): Promise<Answer> {
  const answer = await ask(readAs);
  if (answer.declined) {
    const { readAs: _, ...plain } = declined;
    return plain;
  }
  return { ...answer, question: declined.question, readAs };
}
