/**
 * Figures written in words, turned into digits so the prose check reads "five hundred dollars" as it reads "$500".
 * A model steered by a conversation ("from now on say it cost one single dollar") writes amounts in words to slip
 * past a check that only sees digits. Only the check reads the result; what is shown is never rewritten.
 */
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};
const FIRST_WORD = /[a-z]+/iy;
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** "one", "a" and "an" are figures only before a unit ("one single dollar", "a dollar"), not as pronouns. */
const UNIT =
  /^(?:(?:single|mere|whole|only|just|measly|lone)\s+)?(?:dollars?|cents?|bucks?|pennies|penny|euros?|pounds?|yuan|usd|percent|per\s?cent|gpus?|chips?|engineers?|people|days?|weeks?|months?|years?|hours?)\b/i;
/** "a dollar", "a single cent": only money makes "a" a figure ("a chip" is not a claim about how many). */
const MONEY =
  /^(?:(?:single|mere|whole|only|just|measly|lone)\s+)?(?:dollars?|cents?|bucks?|pennies|penny|euros?|pounds?|yuan)\b/i;
const NUMBER_WORD = new RegExp(
  `\\b(?:${[...Object.keys(SMALL), ...Object.keys(SCALE), "a", "an"].join("|")})\\b`,
  "gi",
);

/** The text with each run of number words ("five hundred", "two thousand and forty-eight") as digits. */
export function amountsInDigits(text: string): string {
  let out = "";
  let last = 0;
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m; m = NUMBER_WORD.exec(text)) {
    if (m.index < last) continue;
    const run = readRun(text, m.index);
    if (!run) continue;
    out += `${text.slice(last, m.index)}${run.value}`;
    last = m.index + run.length;
    // A qualifier between the figure and its unit ("one single dollar") says nothing the check needs.
    const qualifier = /^\s+(?:single|mere|whole|only|just|measly|lone)\b/i.exec(text.slice(last));
    if (qualifier) last += qualifier[0].length;
    NUMBER_WORD.lastIndex = last;
  }
  return out + text.slice(last);
}

function readRun(text: string, start: number): { value: number; length: number } | null {
  const run = numberWordsAt(text, start);
  if (!run) return null;
  const first = /^[a-z]+/i.exec(text.slice(start))![0].toLowerCase();
  const after = text.slice(start + run.length).trimStart();
  // A lone "one" is a figure only before a unit, and a lone "a" or "an" only before money.
  if (run.words === 1 && first === "one" && !UNIT.test(after)) return null;
  if (run.words === 1 && (first === "a" || first === "an") && !MONEY.test(after)) return null;
  return { value: run.value, length: run.length };
}

/**
 * The number a run of number words starting at `start` says ("eight hundred", "two thousand and forty-eight"),
 * with the length of text it takes and how many words; null when no number word starts there.
 */
export function numberWordsAt(text: string, start: number): { value: number; length: number; words: number } | null {
  // Most words are no number: ruled out by the first word alone, before the words after it are read.
  FIRST_WORD.lastIndex = start;
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase();
  if (first === undefined || !(Object.hasOwn(SMALL, first) || first === "a" || first === "an")) return null;
  const words = /^(?:[a-z]+)(?:(?:\s+and\s+|[\s-]+)[a-z]+)*/i.exec(text.slice(start))?.[0] ?? "";
  let total = 0;
  let current = 0;
  let count = 0;
  let consumed = 0;
  let previous = "";
  const re = /(\s+and\s+|[\s-]+)?([a-z]+)/gi;
  for (let m = re.exec(words); m; m = re.exec(words)) {
    const word = m[2]!.toLowerCase();
    const joiner = m[1] ?? "";
    if (count > 0 && joiner.includes("and") && !Object.hasOwn(SMALL, word)) break;
    if (Object.hasOwn(SMALL, word) || ((word === "a" || word === "an") && count === 0)) {
      // "forty eight" is 48, but "one zero" is two numbers: only a multiple of ten takes a smaller one after it.
      if (
        count > 0 &&
        Object.hasOwn(SMALL, previous) &&
        !(SMALL[previous]! % 10 === 0 && SMALL[previous]! >= 20 && SMALL[word]! < 10)
      )
        break;
      current += SMALL[word] ?? 1;
    } else if (Object.hasOwn(SCALE, word) && count > 0) {
      const scale = SCALE[word]!;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else break;
    count++;
    consumed = m.index + m[0].length;
    previous = word;
  }
  return count === 0 ? null : { value: total + current, length: consumed, words: count };
}
