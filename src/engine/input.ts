import { say } from "../messages/say.js";
import { INVISIBLE, stripMarkup } from "../text/chat.js";
import type { DeclineReason } from "./types.js";

export const MAX_QUESTION_CHARS = 500;
/** A message someone else posted may be long (Discord allows 4,000 characters with Nitro); it is checked all the same. */
export const MAX_MESSAGE_CHARS = 4_000;

/** `message`: what is wrong, in English (the CLI and evaluation); Discord picks its words by `reason`. */
export type CheckedInput = { ok: true; text: string } | { ok: false; reason: DeclineReason; message: string };

/**
 * Cleans what a user typed into the question the engine reads: mentions, links, emoji, zero-width characters and
 * Markdown are removed (they are never the topic), and the problems a person can fix get a message saying how.
 */
export function checkQuestion(raw: string, maxChars = MAX_QUESTION_CHARS): CheckedInput {
  const text = stripMarkup(raw);
  if (raw.replace(INVISIBLE, "").trim() === "") {
    return { ok: false, reason: "empty", message: say("en", "decline.empty") };
  }
  if (raw.length > maxChars) {
    return {
      ok: false,
      reason: "too_long",
      message: say("en", "decline.too_long", { max: maxChars, length: raw.length }),
    };
  }
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return { ok: false, reason: "no_words", message: say("en", "decline.no_words") };
  }
  // Plain ASCII text is all Latin letters: the letters are counted one by one only in text that may hold others.
  if (!/[\u0080-\uffff]/.test(text)) return { ok: true, text };
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  if (letters.length > 0 && latin / letters.length < 0.5) {
    return { ok: false, reason: "language", message: say("en", "decline.language") };
  }
  return { ok: true, text };
}
