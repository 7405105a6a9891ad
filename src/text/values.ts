import { entryTest, wordPattern, wordSet } from "../language/words.js";
import { STOPWORDS } from "./terms.js";

/**
 * The values a sentence states, normalised so that two ways of writing one value compare equal: "$5.5M" and
 * "$5,576,000" (money), "17%" and "16.97%" (percent), "2,048 H800s" and "2048 h800s" (a count of H800s), "jan 27" and
 * "27 January 2025" (a date), "MIT" (a licence), "7 to 10 months" (a duration). Fact checks compare them.
 */
export type ValueKind = "money" | "percent" | "count" | "date" | "licence" | "duration";

export interface Value {
  kind: ValueKind;
  /** Numbers as numbers (money in dollars, durations in months); dates as { y, m, d } parts; licences by name. */
  low: number;
  high: number;
  /** For a count, what is counted: the stems of the words after it ("nvidia h800 gpu"); for a date, "y-m-d" parts. */
  unit: string;
  /** "about", "around", "~", "like": the writer rounds. */
  approx: boolean;
  /** "over", "more than": at least; "under", "less than": at most. */
  bound: "exact" | "atLeast" | "atMost";
  raw: string;
  index: number;
}

const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mil: 1e6,
  mill: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
/** What a large number counts when it is not money: "14.8 trillion tokens", "671B parameters", "10.9 million downloads". */
const COUNTED_WORD = entryTest("counted");
const COUNTED = (unit: string) => COUNTED_WORD(unit) || /^[ha]\d+\w*$/.test(unit);
/** Words before a figure that round it, or make it a floor or a ceiling. */
const APPROX = new RegExp(`${wordPattern("approx").source}\\s*$|~\\s*$`, "i");
const AT_LEAST = new RegExp(`${wordPattern("at-least").source}\\s*$`, "i");
const AT_MOST = new RegExp(`${wordPattern("at-most").source}\\s*$`, "i");
const NUMBER =
  /(?<![\p{L}\p{N}.,@-])(US\$|\$|£|¥)?\s?(\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s?(?:-|–|to)\s?(\d(?:[\d,]*\d)?(?:\.\d+)?))?(?:\s?(k|thousand|mn|mil|mill|million|m|bn|billion|b|tn|trillion|t)\b)?(\s?(?:%|percent|per cent))?((?:\s+(?:of\s+)?\p{L}[\p{L}\p{N}-]*){0,3})/giu;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATES: Array<{ re: RegExp; parts: (m: RegExpMatchArray) => { y?: number; m?: number; d?: number } }> = [
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+((?:19|20)\\d{2}))?\\b`, "gi"),
    parts: (m) => ({ d: +m[1]!, m: month(m[2]!), y: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?\\b`, "gi"),
    parts: (m) => ({ m: month(m[1]!), d: +m[2]!, y: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b`, "gi"),
    parts: (m) => ({ m: month(m[1]!), y: +m[2]! }),
  },
  {
    re: /\b(\d{1,2})\/(\d{1,2})(?:\/((?:20)?\d{2}))?\b/g,
    parts: (m) => ({ m: +m[1]!, d: +m[2]!, y: m[3] ? +(m[3].length === 2 ? `20${m[3]}` : m[3]) : undefined }),
  },
  { re: /\b(?:in|since|until|till|by|from|of|during)\s+((?:19|20)\d{2})\b/gi, parts: (m) => ({ y: +m[1]! }) },
  { re: /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/gi, parts: (m) => ({ d: +m[1]! }) },
];
/**
 * Licences by name: the common ones, and any "<name> <version> licence" or "<name> model licence" ("Llama 3.3
 * licence", "DeepSeek Model License"). A year is not a version: "the October 2023 licence" is an export licence.
 */
const LICENCES =
  /\b(MIT|Apache(?:[- ]?2(?:\.0)?)?|GPL(?:v?\d)?|proprietary|\p{L}[\p{L}\p{N}-]*(?:\s+\d{1,2}(?:\.\d+)?(?:\s+model)?|\s+model)\s+licen[cs]e)\b/giu;

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function num(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** Every value stated in `text`, in order. */
export function valuesIn(text: string): Value[] {
  const out: Value[] = [];
  const taken: Array<[number, number]> = [];
  const free = (from: number, to: number) => !taken.some(([a, b]) => from < b && a < to);
  for (const { re, parts } of DATES) {
    for (const m of text.matchAll(re)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      const p = parts(m);
      if ((p.m !== undefined && (p.m < 1 || p.m > 12)) || (p.d !== undefined && (p.d < 1 || p.d > 31))) continue;
      // "a cluster of 2048 H800s" counts chips: a bare year is never followed by what a count counts. And "a rating
      // of 2029" is a quantity someone has, not a year.
      const next = /^\s+([\p{L}\p{N}-]+)/u.exec(text.slice(m.index + m[0].length))?.[1]?.toLowerCase();
      const had = A_THING_OF.test(text.slice(Math.max(0, m.index - 30), m.index + 2));
      if (p.m === undefined && p.d === undefined && ((next && COUNTED(unitStem(next))) || had)) continue;
      taken.push([m.index, m.index + m[0].length]);
      out.push({
        kind: "date",
        low: 0,
        high: 0,
        unit: `${p.y ?? ""}-${p.m ?? ""}-${p.d ?? ""}`,
        approx: false,
        bound: "exact",
        raw: m[0],
        index: m.index,
      });
    }
  }
  for (const m of text.matchAll(LICENCES)) {
    // "the model licence" names none.
    if (STOPWORDS.has(m[0].split(/\s/)[0]!.toLowerCase())) continue;
    taken.push([m.index, m.index + m[0].length]);
    out.push({
      kind: "licence",
      low: 0,
      high: 0,
      unit: m[0]
        .toLowerCase()
        .replace(/[- ]?2(\.0)?$/, "")
        .replace(/licen[cs]e/, "licence"),
      approx: false,
      bound: "exact",
      raw: m[0],
      index: m.index,
    });
  }
  for (const m of text.matchAll(NUMBER)) {
    const [matched, currency, lowText, highText, scaleText, percent, afterAll] = m;
    const start = m.index + (matched.length - matched.trimStart().length);
    // The words read as a unit may run into a date after them ("3.12% on fri jan 24"): they stop where it starts,
    // and the figure is dropped only when the number itself is inside one.
    const coreEnd = m.index + matched.length - (afterAll?.length ?? 0);
    if (!free(start, coreEnd)) continue;
    const stop = Math.min(...taken.filter(([a]) => a >= coreEnd).map(([a]) => a), Infinity);
    const after =
      stop < coreEnd + (afterAll?.length ?? 0) ? afterAll!.slice(0, stop - coreEnd).replace(/\s+\S*$/, "") : afterAll;
    const whole = text.slice(m.index, coreEnd) + (after ?? "");
    const scale = scaleText ? SCALES[scaleText.toLowerCase()]! : 1;
    let low = num(lowText!) * scale;
    let high = highText ? num(highText) * scale : low;
    const before = text.slice(Math.max(0, start - 24), start);
    const approx = APPROX.test(before);
    const bound = AT_LEAST.test(before) ? "atLeast" : AT_MOST.test(before) ? "atMost" : "exact";
    const words = (after ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w && !UNIT_STOP.has(w));
    const unit = words[0] ?? "";
    let kind: ValueKind;
    if (percent) kind = "percent";
    else if (currency || /^(dollars?|bucks|usd)$/.test(unit) || (scale >= 1e6 && !COUNTED(unit))) kind = "money";
    else if (/^(months?|years?|weeks?|days?)$/.test(unit)) {
      kind = "duration";
      const months = unit.startsWith("year")
        ? 12
        : unit.startsWith("week")
          ? 12 / 52
          : unit.startsWith("day")
            ? 1 / 30
            : 1;
      low *= months;
      high *= months;
    } else kind = "count";
    out.push({
      kind,
      low,
      high,
      unit: kind === "count" ? words.map(unitStem).join(" ") : "",
      approx,
      bound,
      raw: whole.trim(),
      index: start,
    });
  }
  out.sort((a, b) => a.index - b.index);
  shareListUnits(text, out);
  return out;
}

const A_THING_OF = /\b(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){1,3}of$/iu;

/** Between two numbers of one list: "10 20 30 percent", "10, 20 or 30%". */
const LIST_GAP = /^(?:\s*,\s*|\s+(?:or|and|to)\s+|\s*,\s*(?:or|and)\s+|\s+)$/;

/**
 * People write a unit once for a whole list ("10, 20 or 30 percent"): a bare number directly before a percentage in
 * such a list is a percentage too, read from the end of the list back. The gap runs from the number's digits: "2061
 * the 96.6 percentile" is no list, though "the" is read into 2061's raw text.
 */
function shareListUnits(text: string, values: Value[]): void {
  for (let i = values.length - 2; i >= 0; i--) {
    const bare = values[i]!;
    const next = values[i + 1]!;
    if (bare.kind !== "count" || bare.unit !== "" || next.kind !== "percent") continue;
    const end = bare.index + (/^\d[\d,]*(?:\.\d+)?/.exec(bare.raw)?.[0].length ?? bare.raw.length);
    if (!LIST_GAP.test(text.slice(end, next.index))) continue;
    values[i] = { ...bare, kind: "percent" };
  }
}

const UNIT_STOP = wordSet("unit-stops");
/** Words for chips: a count of H800s is a count of GPUs. */
const CHIP_WORDS = wordSet("chips");
/** Model numbers of chips ("h800", "a100", "gb200"), as counts write them. */
const CHIP_NUMBER = /^(h\d+[a-z]?|a\d+|b\d+|gb\d+)$/;
const isChip = (word: string) => CHIP_WORDS.has(word) || CHIP_NUMBER.test(word);

/** True when two counts count the same kind of thing (or neither says what it counts). */
export function sameUnit(a: Value, b: Value): boolean {
  const x = a.unit.split(" ").filter(Boolean);
  const y = b.unit.split(" ").filter(Boolean);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  if (x.some((w) => y.includes(w))) return true;
  return x.some(isChip) && y.some(isChip);
}

/** "H800s" -> "h800", "GPUs" -> "gpu", "tokens" -> "token", "parameters"/"params" -> "param". */
function unitStem(word: string): string {
  if (/^param/.test(word)) return "param";
  return word.replace(/(?<=\d)s$|(?<=[a-z]{3})s$/, "");
}

/** True when two values of one kind say the same: within rounding, or the writer's "about"; bounds respected. */
export function sameValue(stated: Value, source: Value): boolean {
  if (stated.kind !== source.kind) return false;
  if (stated.kind === "licence") return stated.unit === source.unit;
  if (stated.kind === "date") {
    const [ay, am, ad] = stated.unit.split("-");
    const [by, bm, bd] = source.unit.split("-");
    const agree = (a?: string, b?: string) => !a || !b || a === b;
    return agree(ay, by) && agree(am, bm) && agree(ad, bd) && [ay, am, ad].some((x, i) => x && [by, bm, bd][i]);
  }
  const tolerance = stated.approx ? 0.12 : 0.035;
  if (stated.bound === "atLeast") return source.high >= stated.low * (1 - tolerance);
  if (stated.bound === "atMost") return source.low <= stated.high * (1 + tolerance);
  const near = (a: number, b: number) => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
  return (
    (stated.low >= source.low * (1 - tolerance) && stated.low <= source.high * (1 + tolerance)) ||
    near(stated.low, source.low) ||
    near(stated.high, source.high)
  );
}
