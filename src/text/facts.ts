import { wordList, wordPattern } from "../language/words.js";

/**
 * The kinds of fact a sentence can carry, read from its wording: what an answer needs to hold for the kind of
 * question asked ("how much" wants money, "when" a date), and the values a fact check compares.
 */
export type FactKind =
  | "money"
  | "percent"
  | "count"
  | "number"
  | "date"
  | "duration"
  | "entity"
  | "reason"
  | "comparison"
  | "list"
  | "licence"
  | "view";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const SCALE = "(?:thousand|million|billion|trillion|mln|bn|[kKmMbBtT]n?)\\b";
const NUM = "\\d[\\d,]*(?:\\.\\d+)?";

const PATTERNS: Record<Exclude<FactKind, "count" | "number" | "entity">, RegExp> = {
  money: new RegExp(
    // ...and in words: "a few tens of millions of dollars".
    `(?:US)?\\$\\s?${NUM}|£\\s?${NUM}|${NUM}\\s?(?:${SCALE}\\s?)?(?:dollars|US dollars|yuan|pounds|British pounds)\\b|\\b(?:yuan|renminbi)\\b|\\b(?:thousands|millions|billions|trillions|thousand|million|billion|trillion)\\s+(?:of\\s+)?(?:US\\s+)?dollars\\b`,
    "i",
  ),
  percent: new RegExp(`${NUM}\\s?%|${NUM}\\s?(?:per ?cent|percent(?:ile)?)\\b`, "i"),
  date: new RegExp(
    `\\b\\d{1,2}\\s${MONTH}\\b|\\b${MONTH}\\.?\\s\\d{1,2}\\b|\\b${MONTH}\\s(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b|\\b${WEEKDAY}\\b`,
    "i",
  ),
  // A length of time: "3.7 days", "two months", "under a week" (not "2.788M GPU-hours", an amount of compute).
  duration: new RegExp(
    `(?<![\\w.-])(?:${NUM}|${wordPattern("number-words").source}|an?|a few|several)\\s+(?:more\\s+|full\\s+)?(?:${wordPattern("time-units").source})(?![\\w-])`,
    "i",
  ),
  reason: new RegExp(`${wordPattern("reasons").source}|\\bmade \\w+ (optimi[sz]e|focus)\\b`, "i"),
  comparison: wordPattern("comparison"),
  // "a, b, c": two commas with words before each. Written so a long sentence with no comma is read in linear time.
  list: /[^,],[^,]+,|\b\w+(?:-\w+)*, \w+(?:-\w+)* and \w+/,
  licence: /\b(MIT|Apache|licen[cs]e[ds]?|open[- ]weights?|open[- ]source|commercial use|proprietary)\b/i,
  // Someone's view or words: what "what did X say / think" and "how did X react" want.
  view: wordPattern(["saying", "views"]),
};

const NUMBER_WORD = wordPattern("number-words");
const ANY_NUMBER = new RegExp(`\\b${NUM}(?:\\s?${SCALE})?`, "g");

/** Capitalised words that start sentences without naming anyone: "The", "Analysts", and "US" in capitals. */
const COMMON_CAPITALS = new Set(
  wordList("common-capitals").flatMap((w) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]),
);

const ALL_MONEY = new RegExp(PATTERNS.money.source, "gi");
const ALL_PERCENT = new RegExp(PATTERNS.percent.source, "gi");
const ALL_DATES = new RegExp(PATTERNS.date.source, "gi");

/** The kinds of fact `sentence` carries. */
export function factKinds(sentence: string): Set<FactKind> {
  const kinds = new Set<FactKind>();
  for (const [kind, pattern] of Object.entries(PATTERNS) as Array<[FactKind, RegExp]>)
    if (pattern.test(sentence)) kinds.add(kind);
  const plain = sentence.replace(ALL_MONEY, " ").replace(ALL_PERCENT, " ").replace(ALL_DATES, " ");
  // A number left once money, percentages and dates are set aside counts things ("2,048 GPUs", "six models").
  const counts = [...plain.matchAll(ANY_NUMBER)].filter((m) => !/[A-Za-z-]/.test(plain.charAt(m.index - 1)));
  if (counts.length > 0 || NUMBER_WORD.test(plain)) kinds.add("count");
  // Digits inside a name ("H800", "GPT-4", "R1") are not a figure.
  const figures = [...sentence.matchAll(ANY_NUMBER)].filter((m) => !/[A-Za-z-]/.test(sentence.charAt(m.index - 1)));
  if (figures.length > 0 || NUMBER_WORD.test(sentence)) kinds.add("number");
  if (namesIn(sentence).length > 0) kinds.add("entity");
  return kinds;
}

/** Proper names in a sentence: capitalised words or runs of them, names with digits ("H800", "DeepSeek-V3"). */
export function namesIn(sentence: string): string[] {
  return namePositions(sentence).map((n) => n.text);
}

/** Names with where they start; a name at index 0 may only be a capitalised first word. */
export function namePositions(sentence: string): Array<{ text: string; index: number }> {
  const names: Array<{ text: string; index: number }> = [];
  const re =
    /\b[A-Z][\p{L}\p{N}]*(?:[-'][\p{L}\p{N}]+)*(?:\s+(?:of\s+|de\s+)?[A-Z][\p{L}\p{N}]*(?:[-'][\p{L}\p{N}]+)*)*/gu;
  for (const m of sentence.matchAll(re)) {
    const words = m[0].split(/\s+/);
    if (words.length === 1 && COMMON_CAPITALS.has(words[0]!)) continue;
    const skip = words[0] && COMMON_CAPITALS.has(words[0]) ? words[0].length + 1 : 0;
    const text = m[0].slice(skip).trim();
    if (text.length > 1) names.push({ text, index: m.index + skip });
  }
  return names;
}
