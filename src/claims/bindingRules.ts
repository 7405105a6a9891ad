import { stemWord } from "../text/terms.js";
import { sameUnit, sameValue, type Value } from "../text/values.js";
import { coreLength } from "./figureLinks.js";
import { type Bound, DAY_WORDS, DAYS, type Direction } from "./figureReading.js";

/*
 * How a statement's figure and a source's figure compare: on their days and dates, their names, their kind and their
 * direction. Read by the BindingReader (binding.ts).
 */

/** The days and dates a statement gives for one of its figures: those of its clause ("fell 17% on friday jan 24"). */
export interface Times {
  days: Set<string>;
  dates: Value[];
}
export function timesOf(stated: readonly Bound[], text: string, figure: Value): Times {
  const cuts = [0, ...[...text.matchAll(CLAUSE)].map((m) => m.index), text.length];
  const from = Math.max(...cuts.filter((c) => c <= figure.index));
  const to = Math.min(...cuts.filter((c) => c > figure.index));
  const clause = text.slice(from, to).toLowerCase();
  return {
    days: new Set(clause.match(DAY_WORDS) ?? []),
    dates: stated.map((b) => b.value).filter((v) => v.kind === "date" && v.index >= from && v.index < to),
  };
}
const CLAUSE = /[,;:—–]|\s-\s|\b(?:and|but|while|whereas|though|although)\b/gi;

/**
 * Whether a sentence (with its document's title) agrees with the statement's days and dates for a figure: it names
 * each day and gives each date. "conflict" when it names another day or date in their place.
 */
export function timesIn(
  times: Times,
  figure: Value,
  text: string,
  dates: readonly Value[],
): "agree" | "silent" | "conflict" {
  if (figure.kind === "date") return "agree";
  const lower = text.toLowerCase();
  const theirDays = new Set(lower.match(DAY_WORDS) ?? []);
  let silent = false;
  for (const day of times.days) {
    if (theirDays.has(day)) continue;
    if (theirDays.size > 0) return "conflict";
    silent = true;
  }
  for (const date of times.dates) {
    if (dates.some((d) => sameValue(date, d))) continue;
    if (dates.length > 0) return "conflict";
    silent = true;
  }
  return silent ? "silent" : "agree";
}

/**
 * The statement's names for a value are the source's for it: each is bound to the source's value, or named in the
 * source's document title, or named in its sentence without a figure of the same kind of its own there ("79.8% on
 * AIME and 97.3% on MATH-500": MATH-500 has its own score, so 79.8 is not MATH-500's).
 */
export function boundAlike(
  s: Bound,
  x: Bound,
  sentence: readonly Bound[],
  names: ReadonlySet<string>,
  title: ReadonlySet<string>,
  alias: Alias,
  subject: (name: string) => boolean = () => false,
): boolean {
  // Names the source binds to its figure that the statement does not give it ("the Nasdaq fell 3.1%"); the story's
  // own subject binds nothing, and "DeepSeek-R1" is the statement's "R1".
  const theirs = [...x.names].filter(
    (o) =>
      !has(s.names, o, alias) &&
      ![...s.names].some((n) => has(new Set([o]), n, alias)) &&
      !subject(o) &&
      !longerForm(o, s) &&
      !partOfLonger(o, x, s),
  );
  return [...s.names].every((n) => {
    if (has(x.names, n, alias)) return true;
    // The story's own subject ("DeepSeek" in "went up when deepseek dropped") binds nothing in a statement either,
    // unless the source binds the figure to something else.
    if (subject(n) && theirs.length === 0) return true;
    // The document's title names what its figures are about, unless the sentence binds this one to something else
    // ("Apache 2.0 for the Qwen-based ones", in a note titled "DeepSeek-R1").
    if (theirs.length > 0) return false;
    if (has(title, n, alias)) return true;
    if (!has(names, n, alias)) return false;
    return !sentence.some((y) => y !== x && has(y.names, n, alias) && comparable(y.value, x.value));
  });
}

/** Other ways the statement names a thing ("nvda" for "nvidia"), from how the question reader read it. */
export type Alias = ReadonlyMap<string, readonly string[]>;
export function has(set: ReadonlySet<string>, name: string, alias: Alias): boolean {
  if (set.has(name) || (alias.get(name) ?? []).some((a) => set.has(a))) return true;
  // "kestrel-k2-0611" is a dated version of the statement's "kestrel-k2" (a one-part name is read from its parts).
  return name.includes("-") && [...set].some((o) => o.length > name.length && o.replace(VERSION, "") === name);
}
const VERSION = /(?:-\d+)+$/;

/**
 * The source binds its value to a name the statement does not give it, of the same sort (a weekday for a weekday).
 * Not a rival: the story's own subject (`subject`: in most passages, it binds nothing), nor a longer form of one of
 * the statement's names ("DeepSeek-R1" for "R1").
 */
export function rival(s: Bound, x: Bound, subject: (name: string) => boolean = () => false): boolean {
  const missing = [...s.names].filter((n) => !x.names.has(n));
  if (missing.length === 0) return false;
  const others = [...x.names].filter(
    (n) => !s.names.has(n) && !subject(n) && !longerForm(n, s) && !partOfLonger(n, x, s),
  );
  return missing.some((n) => others.some((o) => sameSort(n, o)));
}

/** "deepseek-r1" for a statement's "r1": the same thing named in full (not "r1-zero", another model), or a version. */
function longerForm(name: string, s: Bound): boolean {
  // A tail of digits alone is a version: "openai-o1-1217" is the statement's "o1".
  const bare = name.replace(VERSION, "");
  return [...s.names].some((n) => n !== name && (bare === n || name.endsWith(`-${n}`) || bare.endsWith(`-${n}`)));
}

/** "openai" of the source's "openai-o1-1217", the statement's "o1-1217" in full: a part of the same name, no rival. */
function partOfLonger(name: string, x: Bound, s: Bound): boolean {
  return [...x.names].some((full) => full.split("-").includes(name) && longerForm(full, s));
}

/** Two names of one sort: both weekdays, or both names of things (H100 and H800; AIME and MATH-500). */
function sameSort(a: string, b: string): boolean {
  return DAYS.has(a) === DAYS.has(b);
}

/** Same kind of figure (a percentage and a bare score under 100 compare: "79.8 on AIME" is 79.8%). */
export function comparable(a: Value, b: Value): boolean {
  if (a.kind === b.kind) return a.kind !== "count" || sameUnit(a, b) || sameStems(a, b) || scoreLike(a) || scoreLike(b);
  return (scoreLike(a) && b.kind === "percent") || (scoreLike(b) && a.kind === "percent");
}

/** "2.788M GPU hours" is not "2.788M GPU days": a count of time counts in one unit of it ("" when it counts none). */
function timeUnit(v: Bound["value"]): string {
  if (v.kind !== "count" && v.kind !== "money") return "";
  if (v.per && !PER_COUNT.has(v.per)) return v.per;
  // A price is per a unit of time ("$2 per GPU-hour", "$2/hr"); "$589 billion in one day" is an amount.
  const per = v.kind === "money" && /^\s*(?:US)?[$£¥€]/.test(v.raw) ? "(?:per|an?|/)\\s*\\S*?" : "";
  return (
    new RegExp(`^\\s*(?:\\S+\\s+){0,2}?${per}\\S*?\\b(hour|hr|day|week|month|year|minute|second)s?\\b`, "i")
      .exec(v.raw.slice(coreLength(v)))?.[1]
      ?.toLowerCase()
      .replace(/^hr$/, "hour") ?? ""
  );
}

const PER_COUNT = new Set(["thousand", "million", "billion"]);

/** Counts of the same thing in other forms ("37B active" and "37B are activated"). */
function sameStems(a: Value, b: Value): boolean {
  const stems = (v: Value) => v.unit.split(" ").filter(Boolean).map(stemWord);
  const theirs = new Set(stems(b));
  return stems(a).some((w) => theirs.has(w));
}

function scoreLike(v: Value): boolean {
  return (v.kind === "count" || v.kind === "percent") && v.low === v.high && v.low <= 100 && !Number.isInteger(v.low);
}

export function sameFigure(a: Bound["value"], b: Bound["value"]): boolean {
  if (!comparable(a, b) || timeUnit(a) !== timeUnit(b) || a.per !== b.per) return false;
  // "over $100 million" is not how anyone puts $110 billion: a bound holds within one order of magnitude.
  if (a.bound !== "exact" && Math.max(a.low, b.low) > 10 * Math.max(Math.min(a.low, b.low), 1e-9)) return false;
  if (a.kind === b.kind) return sameValue(a, b);
  return Math.abs(a.low - b.low) <= 0.005 * Math.max(a.low, b.low);
}

/**
 * A source figure confirms a statement's: the same figure, as precise as the statement gives it ("jan 24" is not
 * confirmed by "January 2025"), moving the way the statement says if it says ("went up 3%" is not confirmed by "a
 * 3% move").
 */
export function confirms(s: Bound, x: Bound): boolean {
  if (!sameFigure(s.value, x.value) || (s.direction !== null && x.direction !== s.direction)) return false;
  if (s.value.kind !== "date") return toLastDigit(s.value, x.value);
  const theirs = x.value.unit.split("-");
  return s.value.unit.split("-").every((part, i) => !part || theirs[i]);
}

/** The same figure to its last written digit: 2061 is near 2029, not the same. */
export function exactly(a: Bound["value"], b: Bound["value"]): boolean {
  return sameFigure(a, b) && toLastDigit(a, b);
}

export function agrees(a: Direction, b: Direction): boolean {
  return a === null || b === null || a === b;
}

/**
 * A source's figure is the stated one to its last written digit: an exact "5.5M" holds $5,576,000 (within 0.1 million),
 * "79.0%" does not hold 81.5%, "2,100" does not hold 2,048. What the writer rounds ("about", "~") is left to sameValue.
 */
function toLastDigit(stated: Value, source: Value): boolean {
  if (stated.approx || stated.bound !== "exact" || stated.kind === "licence") return true;
  const written = /\d[\d,]*(?:\.\d+)?/.exec(stated.raw)?.[0]?.replace(/,/g, "");
  const number = Number(written);
  if (!written || !Number.isFinite(number) || number === 0 || stated.low !== stated.high) return true;
  const decimals = written.includes(".") ? written.length - written.indexOf(".") - 1 : 0;
  const zeros = decimals > 0 ? 0 : (/0*$/.exec(written)?.[0].length ?? 0);
  const step = 10 ** (zeros - decimals) * (stated.low / number);
  return source.high >= stated.low - step && source.low <= stated.low + step;
}
