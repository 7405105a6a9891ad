import { wordPattern } from "../language/words.js";
import type { Excerpt } from "../text/excerpts.js";
import { toTerms } from "../text/terms.js";
import { sameValue, valuesIn } from "../text/values.js";

/*
 * Where and when a document came out, checked against the document the shown sentences are about: a news story about
 * a paper is not the paper, and a journal the statement names is one a shown sentence names.
 */

/** "the r1 paper got published in science": where something came out, by name (not a date: "in january"). */
const PUBLISHED_IN =
  /\b(?:published|appeared|printed|came out|ran)\s+(?:in|by)\s+(?:the\s+)?(?:journal\s+)?([\p{L}][\p{L}\p{N}'’-]*)/giu;
const DOCUMENT = new RegExp(wordPattern("document-words").source, "gi");

/**
 * A journal or outlet the statement says a thing came out in that no shown sentence names: "published in science"
 * beside a sentence on a Nature story. A month or a year is when, checked as a date.
 */
export function venueUnsaid(statement: string, evidence: readonly Excerpt[]): string | null {
  const terms = new Set(evidence.flatMap((e) => toTerms(e.text)));
  for (const m of statement.matchAll(PUBLISHED_IN)) {
    const venue = m[1]!;
    if (valuesIn(`${venue} 2025`).some((v) => v.kind === "date") || /\d/.test(venue)) continue;
    const own = toTerms(venue);
    if (own.length > 0 && !own.every((t) => terms.has(t))) return venue;
  }
  return null;
}

/**
 * "nature published the r1 paper in january 2025": the date of a document kind the statement names (a paper) given
 * only by sentences about another kind (a news story that came out that month). Each of the statement's dates that a
 * shown sentence gives must be given by one naming the statement's kind of document.
 */
export function dateOfOtherDocument(statement: string, evidence: readonly Excerpt[]): string | null {
  const kinds = new Set((statement.match(DOCUMENT) ?? []).flatMap((w) => toTerms(w)));
  if (kinds.size === 0) return null;
  for (const date of valuesIn(statement).filter((v) => v.kind === "date")) {
    const giving = evidence.filter((e) => valuesIn(e.text).some((v) => v.kind === "date" && sameValue(date, v)));
    if (giving.length > 0 && !giving.some((e) => toTerms(e.text).some((t) => kinds.has(t)))) return date.raw;
  }
  return null;
}
