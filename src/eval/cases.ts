import { readFileSync } from "node:fs";
import { replyToText } from "../console/text.js";
import { renderAnswer } from "../discord/renderAnswer.js";
import type { Engine } from "../engine/engine.js";
import { turnOf } from "../engine/followUp.js";
import type { Answer, Turn } from "../engine/types.js";
import { StorybotError } from "../errors.js";
import type { Shown } from "./metrics.js";

/** The cases of a JSON Lines file, one object a line; a bad line names its file and line. */
export function readCases(file: string): Array<Record<string, unknown>> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new StorybotError("usage", `cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
  }
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new StorybotError("usage", `${file}:${i + 1} is not valid JSON`);
      }
    });
}

/** What the first reply shows, as the console would print it, and the answer lines alone. */
export function shownOf(answer: Answer, engine: Engine): Shown {
  const reply = replyToText(
    renderAnswer(answer, { sources: engine.sources(), asOf: engine.asOf, topic: engine.topic }),
  );
  return { reply, lead: answer.declined ? "" : answer.answer };
}

/**
 * Asks a case's question as a person would: a follow-up case's conversation first, each earlier question read with
 * the ones before it, as in a thread; then the case's own question, read with them all.
 */
export async function answerCase(engine: Engine, c: { question: string; earlier?: string[] }): Promise<Answer> {
  const earlier: Turn[] = [];
  for (const q of c.earlier ?? []) earlier.push(turnOf(await engine.answer(q, { earlier: [...earlier] })));
  return engine.answer(c.question, { earlier });
}
