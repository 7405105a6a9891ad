import type { Corpus } from "../corpus/corpus.js";
import { wordSet } from "../language/words.js";
import { escapeRegExp } from "../text/regex.js";
import { normaliseFigures, STOPWORDS, stemWord, wordsOf } from "../text/terms.js";
import type { TermGroup } from "./types.js";

/*
 * The shape of a question, read from its text: how many questions it asks and where each starts, the term of a
 * "what is X", a figure it gives, product names the story never mentions, and the sides of a comparison.
 */

const tokenize = (text: string) => wordsOf(text, /'(s|d|re|ve|ll|m)$/);

export const MULTI_PART =
  /\b(and|&|\+|plus|also)\s+(what|whats|how|who|when|which|why|where|is|are|did|does|do|was|were)\b|\?.*\b(what|how|who|when|which|why)\b.*\?|\s\+\s/;
const DEFINES =
  /^(?:(?:so|ok|wait|and|but|yo|hey)\s+)*(?:what(?:'s| is| are| was|s| r)|(?:wtf|wth|tf) is|define|explain|meaning of|eli5(?::|\s+pls|\s+please)?|explain like (?:i'?m|im) (?:5|five)(?:\s+pls|\s+please)?:?)\s+(?:an?\s+|the\s+)?["'“‘]?([^?"'”’]{2,60}?)["'”’]?(?:\s+(?:thing|stuff|about|mean|means))?\s*(?:[?,.]|$|\s+(?:the article|in the|that|which|they))/i;

/** "what GRPO is", "what r1-zero means": the same question, the term first. */
const DEFINES_AFTER =
  /^what\s+(?:an?\s+|the\s+)?["'“‘]?([^?"'”’]{2,40}?)["'”’]?\s+(?:is|are|means|stands for)\s*[?.!]*$/i;

/** The term of a "what is X" question. */
export function definedTerm(text: string): string | null {
  const m = DEFINES.exec(text.trim()) ?? DEFINES_AFTER.exec(text.trim());
  return m?.[1]?.trim().toLowerCase() ?? null;
}

export const QUESTION_FIGURE =
  /(\$\s?\d|\d[\d.,]*\s?(?:m|mn|mil|mill|million|b|bn|billion|k)?\s?(?:bucks|dollars|usd)\b|\d[\d.,]*\s?(?:m|mil|million|bn|billion)\b(?=.*\b(cost|spent|spend|price|capex|money|budget|worth|paid)))/i;

const PART_SPLIT =
  /\s*(?:\?+|,|;)?\s+(?:and|&|\+|plus|also|then)\s+(?=(?:what|whats|what's|how|who|when|which|why|where|is|are|did|does|do|was|were)\b)|\?+\s+(?=\S)|\s\+\s/i;

/**
 * Where each question of a message starts (word index and text), when it asks several: "how hard did nvda tank
 * monday and what did the nasdaq do" asks two. One question gives one part starting at 0.
 */
export function partBoundaries(text: string, wordCount: number): Array<{ word: number; text: string }> {
  const pieces = text.split(PART_SPLIT).filter((p) => p.trim());
  if (pieces.length < 2) return [{ word: 0, text }];
  const out: Array<{ word: number; text: string }> = [];
  let at = 0;
  for (const piece of pieces) {
    out.push({ word: Math.min(at, wordCount), text: piece });
    at += tokenize(piece).length;
  }
  return out;
}

/**
 * Where the question proper starts in a message of several clauses: the word index of the last clause that asks
 * something ("... but my friend says X?? so what did r1 itself cost"), or 0 when the message is one question.
 */
export function focusStart(text: string, wordCount: number): number {
  const clauses = text
    .split(
      /[?!;:]+\s*|\.\s+|,\s+|\s+-+\s+|\s+(?=(?:so|but|then)\s+(?:what|whats|how|who|why|when|which|is|are|did|does|do|was|were|can)\b)/i,
    )
    .filter((c) => c.trim());
  if (clauses.length < 2) return 0;
  const asks =
    /^(?:(?:ok|so|but|and|then|like|wait|now)\s+)*(what|whats|what's|how|who|whos|who's|why|when|which|where|is|are|did|does|do|was|were|can|could)\b/i;
  let at = wordCount;
  for (let i = clauses.length - 1; i > 0; i--) {
    at -= tokenize(clauses[i]!).length;
    if (asks.test(clauses[i]!.trim())) return Math.max(at, 0);
  }
  return 0;
}

const VERSIONED =
  /\b([a-z][a-z]+)[- ]?(\d+(?:\.\d+)?)(?![\d.]*\s?(?:b|m|k|bn|billion|million|thousand|%|percent|gb|tb|x|h|hrs?|hours?|days?|months?|years?)\b)/g;

/**
 * Model names with a version the story never mentions ("llama 4", "claude 3.7", "gemini 2.0"): another product,
 * which the documents cannot speak to even when they know its family.
 */
export function productNames(text: string, corpus: Corpus): string[] {
  // A version is digits, and normalising figures makes none where there were none: most questions stop here.
  if (!/\d/.test(text)) return [];
  const out: string[] = [];
  for (const m of normaliseFigures(text).toLowerCase().matchAll(VERSIONED)) {
    const [whole, family, version] = m as unknown as [string, string, string];
    if (Number(version) >= 1900 || STOPWORDS.has(family) || COMMON_CAPITALS.has(family)) continue;
    const known = corpus.versions.get(stemWord(family));
    if (known ? !known.has(version) : !corpus.vocabulary.has(stemWord(family))) out.push(whole);
  }
  return out;
}

/**
 * In a comparison, each side must be something the story knows: "is gemini better than r1" has one side the
 * documents never mention, so they cannot compare them.
 */
export function unknownSides(reading: string, groups: readonly TermGroup[]): string[] {
  const sides = reading.split(/\b(?:vs\.?|versus|compared (?:to|with)|better than|worse than|than|or|and)\b/);
  if (sides.length < 2) return [];
  const out: string[] = [];
  for (const side of sides.slice(0, 2)) {
    const inSide = groups.filter((g) => new RegExp(`\\b${escapeRegExp(g.text)}\\b`).test(side));
    const named = inSide.filter((g) => !g.known && !/^\d+(\.\d+)?$/.test(g.text));
    if (named.length > 0 && !inSide.some((g) => g.known && g.entity)) out.push(named.map((g) => g.text).join(" "));
  }
  return out;
}

/** Capitalised words that name no one ("The", "Analysts"): a capital alone does not make them a name. */
const COMMON_CAPITALS = wordSet("common-capitals");

/**
 * The words a question writes with a capital inside a sentence ("did Italy ban it", "Humanity's Last Exam"),
 * lowercase: names, whether or not the story knows them. A sentence's first word, and words written all in capitals
 * or all in lowercase, say nothing either way.
 */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?:]\s*|^\s*|[\p{L}\p{N}'’-])\p{Lu}\p{Ll}[\p{L}\p{N}]*/gu)) {
    const word = m[0].toLowerCase();
    if (!COMMON_CAPITALS.has(word)) out.add(word);
  }
  return out;
}

/**
 * Names with a numbered tail the story never uses ("DeepSeek-R1-0528", "V3-0324"): a later release of a model it
 * knows, which its documents cannot speak to. `known` says whether the story uses a term.
 */
export function unknownTails(text: string, known: (term: string) => boolean): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+-(\d{3,})\b/gu)].filter((m) => !known(m[1]!)).map((m) => m[0].toLowerCase());
}
