import { wordList } from "../language/words.js";
import { escapeRegExp } from "../text/regex.js";
import type { Understanding } from "./types.js";

/*
 * Kinds of fact a question can ask about its subject (a person's wealth, a valuation, a headcount, a market cap), as
 * data (lists/asked-facts.txt). Near-domain traps ask for one the story does not carry: their words are the story's,
 * so what is missing is the kind.
 */

const KINDS: readonly RegExp[] = wordList("asked-facts").map((line) => {
  const body = line
    .split("|")
    .map((e) => e.trim())
    .filter(Boolean)
    .map((e) => (e.endsWith("*") ? `${escapeRegExp(e.slice(0, -1))}\\w*` : escapeRegExp(e)).replace(/\s+/g, "\\s+"))
    .join("|");
  return new RegExp(`\\b(?:${body})\\b`, "i");
});

/** The kinds of fact the question proper (its focus, not the chatter before it) asks for. */
export function askedFacts(u: Understanding): RegExp[] {
  const focus = u.groups
    .filter((g) => g.focus)
    .map((g) => g.text)
    .join(" ");
  return KINDS.filter((k) => k.test(focus.trim() ? focus : u.text));
}
