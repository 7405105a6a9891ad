import { wordPattern } from "../language/words.js";
import { toTerms } from "../text/terms.js";
import type { Understanding } from "../understanding/understand.js";
import type { Candidate } from "./candidate.js";

/*
 * "whats the name of deepseek's ceo" led by "Dario Amodei, the chief executive of Anthropic": the role asked about is
 * there, held of someone else. A sign for the fitted decision, as figureOfOther is for a figure.
 */

const ROLE = wordPattern("roles").source;
/** Whose a role is, as a sentence or a question says it: "the ceo of anthropic", "anthropic's ceo", "anthropic ceo". */
const HELD = [
  new RegExp(`\\b(?:${ROLE})\\s+of\\s+(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*)`, "giu"),
  new RegExp(`([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*)(?:['’]s)?\\s+(?:${ROLE})\\b`, "giu"),
];

const ANY_ROLE = new RegExp(`\\b(?:${ROLE})\\b`, "iu");

/** The owners of the roles a text names (their terms). */
function owners(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of HELD) for (const m of text.matchAll(re)) for (const t of toTerms(m[1]!)) out.add(t);
  return out;
}

/**
 * 1 when the question asks for a role of a named thing and the lead names that role only as held of something else;
 * 0 otherwise.
 */
export function roleOfOther(u: Understanding, lead: Candidate): number {
  // Most questions name no role: one quick look before the owners are read.
  if (!ANY_ROLE.test(u.text)) return 0;
  // The named things the question asks a role of, as the question reads them (with their other names).
  const asked = [...owners(u.text)].flatMap((t) => u.subject.filter((g) => g.alternatives.some((a) => a.includes(t))));
  if (asked.length === 0) return 0;
  const theirs = owners(lead.sentence.text);
  if (theirs.size === 0) return 0;
  return asked.some((g) => g.terms.some((t) => theirs.has(t))) ? 0 : 1;
}
