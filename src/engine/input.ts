import { INVISIBLE, stripMarkup } from "../text/chat.js";
import type { DeclineReason } from "./types.js";

export const MAX_QUESTION_CHARS = 500;
/** A message someone else posted may be long (Discord allows 4,000 characters with Nitro); it is checked all the same. */
export const MAX_MESSAGE_CHARS = 4_000;

export type CheckedInput = { ok: true; text: string } | { ok: false; reason: DeclineReason; message: string };

/**
 * Cleans what a user typed into the question the engine reads: mentions, links, emoji, zero-width characters and
 * Markdown are removed (they are never the topic), and the problems a person can fix get a message saying how.
 */
export function checkQuestion(raw: string, maxChars = MAX_QUESTION_CHARS): CheckedInput {
  const text = stripMarkup(raw);
  if (raw.replace(INVISIBLE, "").trim() === "") {
    return {
      ok: false,
      reason: "empty",
      message: "Please type a question, for example: /ask what did DeepSeek-R1 cost to train?",
    };
  }
  if (raw.length > maxChars) {
    return {
      ok: false,
      reason: "too_long",
      message: `Questions can be at most ${maxChars} characters; yours has ${raw.length}. Please shorten it.`,
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return {
      ok: false,
      reason: "no_words",
      message:
        "I need a question in words (mentions, links, emoji and punctuation alone don't tell me what to look up).",
    };
  }
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length > 0 && latin / letters.length < 0.5) {
    return {
      ok: false,
      reason: "language",
      message: "I can only answer in English for now: the story and its sources are in English. Please ask in English.",
    };
  }
  return { ok: true, text };
}
