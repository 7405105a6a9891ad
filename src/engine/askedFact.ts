import { wordList } from "../language/words.js";
import { escapeRegExp } from "../text/regex.js";
import type { Understanding } from "../understanding/understand.js";
import type { Candidate } from "./candidate.js";
import { says } from "./figureFit.js";

/*
 * Near-domain traps ask for a kind of fact the story does not carry about their subject: a founder's net worth, the
 * company's valuation or headcount, a rival's market cap. Their words are the story's, so every share of the question
 * looks said; what is missing is the kind. The kinds and their words are data (lists/asked-facts.txt).
 */

const KINDS: readonly RegExp[] = wordList("asked-facts").map((line) => {
  const entries = line
    .split("|")
    .map((e) => e.trim())
    .filter(Boolean);
  const body = entries
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
  const asked = focus.trim() ? focus : u.text;
  return KINDS.filter((k) => k.test(asked));
}

/**
 * 1 when the question asks for a kind of fact that no chosen sentence says together with the question's subject:
 * "how much is the founder worth" answered with a sentence on a share price, or "what is AMD's market cap" with
 * NVIDIA's. 0 when it asks for no such kind, or a sentence carries it for the subject asked about.
 */
export function askedFactUnsaid(u: Understanding, chosen: readonly Candidate[]): number {
  const kinds = askedFacts(u);
  if (kinds.length === 0) return 0;
  const subject = u.subject.filter((g) => g.focus);
  const carries = (c: Candidate, kind: RegExp) => kind.test(c.sentence.text) && subject.every((g) => says(c.terms, g));
  return kinds.every((k) => chosen.some((c) => carries(c, k))) ? 0 : 1;
}
