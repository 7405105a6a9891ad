import { wordList } from "../language/words.js";
import { isChatNoise } from "../text/chat.js";

/** Greeting and thanks phrases, longest first so "thank you" is taken before "you". */
const PHRASES = [...wordList("greetings")].sort((a, b) => b.length - a.length);

/**
 * True for a message that only greets or thanks ("hi", "ty!", "thanks so much bot"): it asks nothing, so it gets a
 * friendly line rather than "the documents don't answer that".
 */
export function isGreeting(text: string): boolean {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, " ")} `;
  if (!/\p{L}/u.test(rest)) return false;
  const before = rest;
  for (const phrase of PHRASES) rest = rest.split(` ${phrase} `).join(" ").split(` ${phrase} `).join(" ");
  // Chat noise alone ("lol ngl") greets nobody: a greeting has a word of greeting or thanks.
  if (rest === before) return false;
  return rest
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => isChatNoise(w));
}
