import { type Corpus, onlyAsVariant, variantOnly } from "../corpus/corpus.js";
import { entryTest, wordPairs, wordPattern } from "../language/words.js";
import { isChatNoise } from "../text/chat.js";
import type { Excerpt } from "../text/excerpts.js";
import { escapeRegExp } from "../text/regex.js";
import { saysGroup } from "../text/sentenceScore.js";
import { STOPWORDS, toTerms } from "../text/terms.js";
import { isEnglishWord } from "../understanding/english.js";
import type { Understanding } from "../understanding/understand.js";
import { FigureReader } from "./figureReading.js";

/**
 * What a statement says beyond the sentences found for it. Each of these keeps a ✅ from standing even when the rest
 * of the statement's words are found: the found sentences are then about something a little different, and a wrong
 * ✅ is worse than no verdict.
 */

/** "under a week", "more than half": a bound set in words, not on a figure (figures are checked where bound). */
const BOUND = new RegExp(
  `${wordPattern(["at-most", "at-least"]).source}\\s+(\\p{L}[\\p{L}\\p{N}'’-]*(?:\\s+[\\p{L}\\p{N}'’-]+){0,2})`,
  "giu",
);
const ARTICLE = /^(?:a|an|the)$/i;
/** "openai's", "amd’s": who something belongs to. */
const OWNER = /([\p{L}\p{N}][\p{L}\p{N}.-]*)['’]s\b/gu;
/** "the ceo of openai": a role, and who it is held of. */
const ROLE_OF = new RegExp(
  `${wordPattern("roles").source}\\s+of\\s+(?:the\\s+)?([\\p{L}\\p{N}][\\p{L}\\p{N}.-]*)`,
  "giu",
);
/** "OpenAI's official reports": an owner and the first word of what it owns. */
const OWNED = /([\p{L}\p{N}][\p{L}\p{N}.-]*)['’]s\s+([\p{L}\p{N}-]+)/gu;

/** "american" => "us": the place each word names (lists/places.txt). */
const PLACES = wordPairs("places");
const PLACE = `\\b(${[...PLACES.keys()].map(escapeRegExp).join("|")})\\s+((?:[\\p{L}\\p{N}-]+\\s*){1,3})`;
/** A place and the words after it, anywhere: "the Chinese quant fund High-Flyer". */
const PLACED = new RegExp(PLACE, "giu");
/** What a thing is said to be, with a place on it: "High-Flyer is a US hedge fund", "deepseek's an american lab". */
const IS_PLACED = new RegExp(`\\b(?:is|was|are|were|['’]s)\\s+(?:an?\\s+)${PLACE}`, "giu");

/**
 * Words the story's documents never use that are not ordinary English either, nor chat: they name something the
 * story never mentions ("after tesla earnings", "rented from amazon"), so nothing found can be about it. A word
 * with a figure in it ("r2") is a product's name. Slang and typos the list lacks fall here too: no verdict is
 * better than a wrong one.
 */
export function foreignWords(u: Understanding): string[] {
  return u.groups
    .filter((g) => !g.known)
    .flatMap((g) => g.text.toLowerCase().split(/\s+/))
    .filter((w) => /\p{L}/u.test(w) && !isChatNoise(w) && !isEnglish(w));
}

function isEnglish(word: string): boolean {
  if (/\d/.test(word)) return false;
  return word.split("-").every((part) => part.length === 0 || isEnglishWord(part));
}

/** The terms the shown sentences say between them. */
function said(evidence: readonly Excerpt[]): Set<string> {
  return new Set(evidence.flatMap((e) => toTerms(e.text)));
}

/**
 * "open-r1 is openai's", "the ceo of openai": the statement says whose a thing is, and no shown sentence names that owner (nor another
 * name the reader maps it to) other than as the owner of something else ("OpenAI's official reports" says nothing of
 * whose the paper is). The sentences found may describe the thing exactly, but as someone else's.
 */
export function ownerUnsaid(statement: string, u: Understanding, evidence: readonly Excerpt[]): string | null {
  const stated = new Set(toTerms(statement));
  const ownsOther = (all: string, _owner: string, owned: string) =>
    toTerms(owned).some((t) => stated.has(t)) ? all : owned;
  const terms = new Set(evidence.flatMap((e) => toTerms(e.text.replace(OWNED, ownsOther))));
  for (const m of [...statement.matchAll(OWNER), ...statement.matchAll(ROLE_OF)]) {
    const owner = toTerms(m[1]!).at(-1);
    const group = owner ? u.groups.find((g) => g.entity && g.alternatives[0]!.includes(owner)) : undefined;
    if (group && !saysGroup(terms, group)) return group.text;
  }
  return null;
}

/**
 * "trained on 2,048 GPUs in under a week": a bound the statement sets in words whose words no shown sentence says.
 * The sentences found carry the rest of the statement, not the limit it adds.
 */
export function boundUnsaid(statement: string, u: Understanding, evidence: readonly Excerpt[]): string | null {
  const terms = said(evidence);
  const names = new Set(u.groups.filter((g) => g.entity).flatMap((g) => g.alternatives[0]!));
  for (const m of statement.matchAll(BOUND)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length > 0 && ARTICLE.test(words[0]!)) words.shift();
    // "above o1-1217's 79.2", "more than nvidia": a comparison with a named thing or a figure, checked as such.
    if (words.some((w) => /\d/.test(w))) continue;
    const bounded = toTerms(words.join(" "));
    if (bounded.some((t) => names.has(t))) continue;
    if (bounded.some((t) => !terms.has(t))) return m[0].trim();
  }
  return null;
}

/** A document word, then what it says: "paper says", "report's figure shows" (within a few words). */
const SAYS_AFTER = new RegExp(
  `^\\S*\\s+(?:${wordPattern("document-words").source})\\b(?:\\W+\\w+){0,3}?\\W+(?:${wordPattern("saying").source})`,
  "i",
);

/** "according to the r1 paper", "per the V3 report", "in the r1 paper": the document is credited before it is named. */
const CREDIT_BEFORE = /\b(?:according to|per|in)\s+(?:the\s+|their\s+|its\s+)?(?:own\s+)?$/i;

/**
 * "the r1 paper says training cost $5.6M": the statement credits a document by the name it titles, and no shown
 * sentence comes from a document so titled (the figure is the V3 report's). Who said it is part of what is checked.
 */
export function creditUnsaid(statement: string, corpus: Corpus, evidence: readonly Excerpt[]): string | null {
  // Only a statement that says the document says it ("the r1 paper says…"), not one about the document itself.
  const credited = FigureReader.of(corpus)
    .mentions(statement)
    .filter((m) => m.titles && (SAYS_AFTER.test(statement.slice(m.at)) || CREDIT_BEFORE.test(statement.slice(0, m.at))))
    .map((m) => m.term);
  if (credited.length === 0) return null;
  const titled = (e: Excerpt) => new Set(toTerms(corpus.docById.get(e.docId)?.title ?? ""));
  const from = evidence.map(titled);
  return credited.find((t) => !from.some((title) => title.has(t))) ?? null;
}

/**
 * "High-Flyer is a US hedge fund": a place the statement says a thing is of, and no shown sentence puts that place
 * (or another word for it) within three words before the same thing. "before the US export restrictions" says nothing of
 * where the fund is.
 */
export function placeUnsaid(statement: string, evidence: readonly Excerpt[]): string | null {
  const placed = (text: string, upTo: number, pattern = PLACED) =>
    [...text.matchAll(pattern)].flatMap((m) =>
      toTerms(m[2]!)
        .filter((t) => !STOPWORDS.has(t))
        .slice(0, upTo)
        .map((t) => `${PLACES.get(m[1]!.toLowerCase())} ${t}`),
    );
  const theirs = new Set(evidence.flatMap((e) => placed(e.text, 3)));
  return placed(statement, 1, IS_PLACED).find((p) => !theirs.has(p)) ?? null;
}

/**
 * "r1 is built on llama": a name of the statement that the shown sentences say only inside another product's name
 * ("DeepSeek-R1-Distill-Llama-8B is built on Llama-3.1-8B"), a variant the statement never names. Those sentences are
 * about the variant.
 */
export function variantUnsaid(statement: string, u: Understanding, evidence: readonly Excerpt[]): string | null {
  const stated = new Set(toTerms(statement));
  const named = evidence.map((e) => ({ terms: new Set(toTerms(e.text)), variants: variantOnly(e.text) }));
  const only = u.groups.find(
    (g) =>
      g.entity &&
      named.some((e) => saysGroup(e.terms, g)) &&
      named.every((e) => !saysGroup(e.terms, g) || onlyAsVariant(g.alternatives[0]!, e.variants, stated)),
  );
  return only?.text ?? null;
}

/**
 * "stratechery said the 5.5m figure was fake": what a statement says someone said is checked word by word. A word of
 * the reported words (in any of its readings) that no shown sentence says was not said: "fake" is not in "the cost of
 * the final training run and nothing more".
 */
export function reportedUnsaid(statement: string, u: Understanding, evidence: readonly Excerpt[]): string | null {
  const reporting = REPORTED.exec(statement);
  if (!reporting) return null;
  const reported = reporting.index + reporting[0].length;
  const terms = said(evidence);
  const words = new Set(toTerms(statement.slice(reported)));
  // Known to the story or not: "a faulty copy" is not what was said of "a fully electric copy" either.
  const unsaid = u.groups.find(
    (g) =>
      !isChatNoise(g.text) &&
      g.alternatives[0]!.every((t) => words.has(t)) &&
      // "around $1.6B": how a figure is rounded is read with the figure.
      !APPROX(g.text) &&
      !g.alternatives[0]!.every((t) => /^[\d.,]+$/.test(t)) &&
      !saysGroup(terms, g),
  );
  return unsaid?.text ?? null;
}
const APPROX = entryTest("approx");
/** A name, then a verb of saying: what follows is what it is said to have said. */
const REPORTED = new RegExp(
  `^\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*(?:\\s+[\\p{L}\\p{N}.'’-]+)?\\s+(?:${wordPattern("saying").source})\\b(?:\\s+that)?`,
  "iu",
);

/**
 * "the gb200 is a hopper chip": a name the statement says a thing is, beside "GB200, the Grace Blackwell superchip, and
 * GH200, the Grace Hopper superchip". The shown sentence says both names, but "Hopper" in the part about GH200: in a
 * list, each part (with what is put beside it: ", the Grace …") is about its own thing.
 */
export function attributeUnsaid(statement: string, corpus: Corpus, evidence: readonly Excerpt[]): string | null {
  const m = IS_A.exec(statement);
  if (!m) return null;
  const reader = FigureReader.of(corpus);
  const split = m.index + m[0].length;
  const names = reader.mentions(statement);
  // The name in full: "k" is part of both "k-20" and "k-40".
  const all = names.filter((n) => n.at < split).map((n) => n.term);
  const subject = all.filter((t) => !all.some((o) => o !== t && o.split("-").includes(t)));
  const attributes = names.filter((n) => n.at >= split).map((n) => n.term);
  if (subject.length === 0 || attributes.length === 0) return null;
  for (const e of evidence) {
    const parts = listParts(e.text).map((part) => new Set(reader.mentions(part).map((n) => n.term)));
    const whole = new Set(parts.flatMap((p) => [...p]));
    if (!subject.some((t) => whole.has(t)) || !attributes.every((t) => whole.has(t))) continue;
    const together = parts.some((p) => subject.some((t) => p.has(t)) && attributes.every((t) => p.has(t)));
    if (!together) return attributes.find((t) => whole.has(t)) ?? null;
  }
  return null;
}
/** "<name> is a …": the names before say what it is about, the names after what it is said to be. */
const IS_A =
  /^\s*(?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}.'’-]+)?\s+(?:is|was|are|were)\s+(?:an?|the)\s+/iu;

/** The parts of a list, each with what is put beside it: "A, the x, and B, the y" is "A, the x" and "B, the y". */
function listParts(text: string): string[] {
  const parts: string[] = [];
  for (const piece of text.split(/,|;|\band\b/)) {
    if (parts.length > 0 && /^\s*(?:the|an?)\s/i.test(piece)) parts[parts.length - 1] += `,${piece}`;
    else parts.push(piece);
  }
  return parts;
}
