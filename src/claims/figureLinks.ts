import { wordPattern } from "../language/words.js";
import type { Value } from "../text/values.js";

/*
 * What binds a figure beyond the names nearest it: the phrase a sentence opens with, a figure put another way, the two
 * ends of a move, and the two sides of a comparison. Read by the FigureReader (figureReading.ts).
 */

/** A name in a text, at a position: a specific thing the story knows (a chip, a benchmark, a model) or a weekday. */
export interface Mention {
  term: string;
  at: number;
  /** The name titles a document ("the DeepSeek-R1 README's table"): it binds no figure. */
  titles: boolean;
}

/**
 * "On Codeforces, R1 reached 2029 … and o1 2061": a name set before the sentence frames all of its figures, up to
 * another phrase of the same kind ("… and on MATH-500, 97.3%"). A frame is short and names one thing: "on codeforces
 * r1 beat o1-1217," is a clause.
 */
export function framing(text: string, mentions: readonly Mention[], values: readonly Value[]) {
  const frame = FRAME.exec(text);
  const length = frame?.[0].length ?? 0;
  const inside = mentions.filter((m) => m.at < length);
  const isFrame =
    frame !== null &&
    !values.some((v) => v.index < length) &&
    frame[0].trim().split(/\s+/).length <= FRAME_WORDS &&
    new Set(inside.map((m) => m.at)).size <= FRAME_NAMES;
  if (!isFrame) return () => false;
  const again = text.toLowerCase().indexOf(` ${frame[1]!.toLowerCase()} `, length);
  return (m: Mention, v: Value) => m.at < length && (again < 0 || v.index < again);
}
const FRAME = /^[\s\-*•]*(on|in|at|for|across|among|under)\s+[^,;:.!?]{1,48},/i;
const FRAME_WORDS = 7;
const FRAME_NAMES = 2;

/**
 * Figures that are one thing, or two sides of one comparison, take their names from each other:
 * - one in apposition is the one before it put another way ("a rating of 2029, the 96.3 percentile"), though nearer
 *   the next name;
 * - both ends of a move are of one thing, named at either end ("rose from 15.6% to 71.0% on AIME");
 * - in "r1 beat o1 on codeforces, 2061 vs 2029" the first figure is the first side's and the second the other's.
 * Returns the moves, by the index of their second figure, and the figures whose names are a comparison's sides.
 */
export function linkFigures(
  text: string,
  values: readonly Value[],
  names: Array<Set<string>>,
  mentions: readonly Mention[],
): { moved: number[]; sides: Set<number> } {
  const moved: number[] = [];
  const sides = new Set<number>();
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1]!;
    const gap = text.slice(prev.index + coreLength(prev), values[i]!.index);
    if (APPOSITION.test(gap)) for (const n of names[i - 1]!) names[i]!.add(n);
    else if (FROM_TO.test(gap) && FROM.test(text.slice(0, prev.index))) {
      const both = new Set([...names[i - 1]!, ...names[i]!]);
      names[i - 1] = both;
      names[i] = new Set(both);
      moved.push(i);
    } else if (SIDE_BY_SIDE.test(gap) && prev.kind === values[i]!.kind) {
      const both = sidesOf(text.slice(0, prev.index), mentions);
      if (!both) continue;
      const [first, second] = both;
      const rest = [...names[i - 1]!, ...names[i]!].filter((n) => !first.includes(n) && !second.includes(n));
      names[i - 1] = new Set([...rest, ...first]);
      names[i] = new Set([...rest, ...second]);
      sides.add(i - 1).add(i);
    }
  }
  otherSides(text, values, names, mentions, sides);
  return { moved, sides };
}

/**
 * "R1 got 79.8 on AIME 2024, slightly above o1-1217": a name a comparing word takes after a figure is what the figure
 * is compared with, not what it is of (unless that leaves the figure no name).
 */
function otherSides(
  text: string,
  values: readonly Value[],
  names: Array<Set<string>>,
  mentions: readonly Mention[],
  sides: ReadonlySet<number>,
): void {
  for (const compare of text.matchAll(COMPARES)) {
    const right = takenAt(text, compare.index + compare[0].length);
    const other = mentions.filter((m) => m.at === right).map((m) => m.term);
    if (other.length === 0) continue;
    values.forEach((v, i) => {
      if (sides.has(i) || v.index > compare.index) return;
      const kept = [...names[i]!].filter((n) => !other.includes(n));
      if (kept.length > 0) names[i] = new Set(kept);
    });
  }
}

/** The names on either side of the last comparing word before the figures ("r1 beat o1"), if it has both. */
function sidesOf(before: string, mentions: readonly Mention[]): [string[], string[]] | null {
  const compare = [...before.matchAll(COMPARES)].at(-1);
  if (!compare) return null;
  const left = Math.max(
    ...mentions.filter((m) => m.at < compare.index && compare.index - m.at <= SIDE).map((m) => m.at),
  );
  const right = takenAt(before, compare.index + compare[0].length);
  const at = (p: number) => mentions.filter((m) => m.at === p).map((m) => m.term);
  if (!Number.isFinite(left) || at(right).length === 0) return null;
  return [at(left), at(right)];
}
/** Where what a comparing word takes starts ("beat the TW-3 on HarbourRun": the TW-3, not HarbourRun). */
function takenAt(text: string, after: number): number {
  return after + (/^\s+(?:(?:the|an?)\s+)?/i.exec(text.slice(after))?.[0].length ?? 0);
}
const COMPARES = new RegExp(wordPattern("comparing").source, "gi");
/** How far a side's name may be from its comparing word, in characters. */
const SIDE = 24;

/** Between a figure and the same figure put another way: "2029, the 96.3 percentile". */
const APPOSITION = /^\s*,\s*(?:the|an?)\s+$/i;
/** Between the two ends of a move: "from 15.6% to 71%", "from 71% down to 15.6%". */
const FROM_TO = /^\s*(?:(?:all\s+the\s+way\s+)?(?:up|down)\s+)?(?:to|->|→)\s*$/i;
const FROM = /\bfrom\s+(?:about\s+|around\s+|~\s*)?$/i;
/** Between the two sides' figures: "2061 vs 2029", "79.8 to 79.2", "75.7/71.5". */
const SIDE_BY_SIDE = /^\s*(?:vs\.?|versus|against|to|,|\/|and)\s*$/i;

/** The length of the figure itself ("79.8%"), without the words after it that valuesIn reads as its unit. */
export function coreLength(v: Value): number {
  if (v.kind === "date" || v.kind === "licence") return v.raw.length;
  return CORE.exec(v.raw)?.[0].length ?? v.raw.length;
}
const CORE =
  /^(?:US\$|\$|£|¥)?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d[\d,]*(?:\.\d+)?)?(?:\s?(?:k|thousand|mn|mil|mill|million|m|bn|billion|b|tn|trillion|t)\b)?(?:\s?(?:%|percent|per cent))?/i;
