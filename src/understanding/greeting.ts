import { wordList } from "../language/words.js";
import { isChatNoise } from "../text/chat.js";

/** Greeting and thanks phrases, longest first so "thank you" is taken before "you". */
const PHRASES = [...wordList("greetings"), ...wordList("thanks")]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => ({ phrase, needs: phrase.split(" ") }));

/**
 * True for a message that only greets or thanks ("hi", "ty!", "thanks so much bot"): it asks nothing, so it gets a
 * friendly line rather than "the documents don't answer that".
 */
export function isGreeting(text: string): boolean {
  let rest = spaced(text);
  if (!/\p{L}/u.test(rest)) return false;
  const before = rest;
  // Taking phrases out only removes words, so a phrase with a word the message lacks can never match: only the few
  // that can are tried (in the same order), not all of them.
  const words = new Set(rest.split(" "));
  for (const { phrase, needs } of PHRASES) {
    if (!needs.every((w) => words.has(w))) continue;
    rest = rest.split(` ${phrase} `).join(" ").split(` ${phrase} `).join(" ");
  }
  // Chat noise alone ("lol ngl") greets nobody: a greeting has a word of greeting or thanks.
  if (rest === before) return false;
  return rest
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => isChatNoise(w));
}

const THANKS = wordList("thanks");

/** A greeting that thanks ("ty so much!", "ok thanks bot"): it gets "you're welcome" rather than "hi". */
export function isThanks(text: string): boolean {
  const words = spaced(text).replace(/\s+/g, " ");
  return isGreeting(text) && THANKS.some((phrase) => words.includes(` ${phrase} `));
}

/** The message's words, lowercase, with a space at each end so a phrase is found as ` ${phrase} `. */
function spaced(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, " ")} `;
}
