import type { Corpus } from "../corpus/corpus.js";
import { wordPattern, wordSet } from "../language/words.js";
import { toTerms } from "../text/terms.js";
import { type Value, valuesIn } from "../text/values.js";
import { wayOf } from "./dateEvent.js";
import { coreLength, framing, linkFigures, type Mention } from "./figureLinks.js";

/** Right after a name: a word for a document, possessive or not ("README's", " paper"). */
const TITLES = new RegExp(`^(?:['’]s)?\\s+(?:${wordPattern("document-words").source})`, "i");

export interface Bound {
  /** Which way the words nearest it say it moved ("fell 3.12%"), if they say. */
  direction: Direction;
  /** The value, with what a price is per ("$2.19 per million tokens": "million"; "" for none). */
  value: Value & { per: string };
  /** The names nearer this value than any other value of the text. */
  names: Set<string>;
  /** The words the story knows that follow the figure in its clause ("per million *output* tokens", "on AIME"). */
  after: string[];
  /** The words right around the figure in its clause: a source's must hold all of a statement's `after`. */
  near: ReadonlySet<string>;
  /** Its clause says it is not so before giving it ("didn't use 2,048 GPUs", "not $5.5M"). */
  denied: boolean;
  /** Its names are one side of a comparison ("r1 beat o1, 2061 vs 2029": 2061 is r1's), not the nearest. */
  sided: boolean;
}

export type Direction = "up" | "down" | null;

/** "$2.19 per million tokens": a price per thousand is another price. */
const PER = /^\s*(?:\w+\s+){0,2}?per\s+(thousand|million|billion|k|m)\b/i;
/** How far after a figure its own words run: a unit phrase, not the rest of the sentence. */
const AFTER_CHARS = 40;
const AFTER_TERMS = 3;
const AFTER_BREAK = `[,;:.!?()—–]|\\s-\\s|[\\w-]*\\d|${wordPattern("qualifier-stops").source}`;
const AFTER_BACK = new RegExp(AFTER_BREAK, "gi");
const AFTER_STOP = new RegExp(AFTER_BREAK, "i");
const TIME_UNITS = new RegExp(wordPattern("time-units").source, "gi");
export const DAYS = wordSet("days");
export const DAY_WORDS = new RegExp(wordPattern("days").source, "gi");
const MOVES = new RegExp(`${wordPattern("rising").source}|${wordPattern("falling").source}`, "gi");
const RISING = wordPattern("rising");
/** A name in every passage is what the whole story is about: it binds nothing, since every figure is about it. */
const SPECIFIC_SHARE = 1;

/**
 * Reads which figures a text gives and what each is bound to: the specific names nearest it, the words right around
 * it, and which way it moved.
 */
const shared = new WeakMap<Corpus, FigureReader>();

export class FigureReader {
  /** A name specific enough to bind a value (a chip, a benchmark), not the story's own subject. */
  readonly specific: (term: string) => boolean;

  /** The one reader of a corpus, shared by the claim checks and the answer's features. */
  static of(corpus: Corpus): FigureReader {
    let reader = shared.get(corpus);
    if (!reader) {
      reader = new FigureReader(corpus);
      shared.set(corpus, reader);
    }
    return reader;
  }

  constructor(private readonly corpus: Corpus) {
    const common = SPECIFIC_SHARE * corpus.passages.length;
    this.specific = (t) => corpus.entityTerms.has(t) && corpus.weights.frequency(t) < common;
  }

  /** The values a text gives. A four-digit number right after a name is part of the name ("AIME 2024"). */
  values(text: string): Value[] {
    return valuesIn(text).filter((v) => !(v.kind === "count" && /^\d{4}\b/.test(v.raw) && this.afterName(text, v)));
  }

  /**
   * The statement's values, each with the specific names nearest it. For a fact check (`checking`), a name that titles
   * a document binds none; the answer's features read figures as they were fitted, with every name nearest.
   */
  bind(text: string, checking = true): Bound[] {
    const all = this.mentions(text).filter((m) => !(checking && m.titles));
    const values = this.values(text);
    // A month inside a date ("December 2024") is the value itself, not a name bound to it.
    const mentions = all.filter(
      (m) => !values.some((v) => v.kind === "date" && m.at >= v.index && m.at < v.index + v.raw.length),
    );
    const framed = framing(text, mentions, values);
    const moves = [...text.matchAll(MOVES)].map((m) => ({ at: m.index, way: RISING.test(m[0]) ? "up" : "down" }));
    const names = values.map(
      (_, i) =>
        new Set(
          mentions
            .filter((m) => !DAYS.has(m.term) && (nearest(text, m.at, values) === i || framed(m, values[i]!)))
            .map((m) => m.term),
        ),
    );
    const { moved, sides } = linkFigures(text, values, names, mentions);
    const bound = values.map((value, i) => ({
      value: { ...value, per: perOf(text, value) },
      names: names[i]!,
      // A date is checked as a date (timesIn), not by the words after it.
      after: value.kind === "date" ? [] : this.wordsAfter(text, value, values),
      near: this.wordsNear(text, value, values),
      denied: DENIES.test(clauseBefore(text, value.index)),
      sided: sides.has(i),
      // A date does not move: "the 24 January move as a slide of 3%" is the 3%'s slide. In a fact check it is the day
      // of what moved, the way the text says things moved: "nvda went up on jan 27" is not the day it fell.
      direction: (value.kind === "date"
        ? checking
          ? wayOf(text)
          : null
        : (moves
            .filter((m) => nearest(text, m.at, values, (v) => v.kind !== "date") === i)
            .sort((a, b) => Math.abs(a.at - value.index) - Math.abs(b.at - value.index))[0]?.way ?? null)) as Direction,
    }));
    // "rose from 15.6% to 71.0%": both ends moved the one way.
    for (const i of moved) {
      const way = bound[i - 1]!.direction ?? bound[i]!.direction;
      bound[i - 1]!.direction = way;
      bound[i]!.direction = way;
    }
    return bound;
  }

  /**
   * What the figure is of, in the words right after it up to the clause's end: "$2.19 per million output tokens" is
   * not the input price, however near the names. Only words the story uses count; a chat word binds nothing.
   */
  private wordsAfter(text: string, v: Value, values: readonly Value[]): string[] {
    const from = v.index + coreLength(v);
    // Up to the next figure or date ("on friday jan 24": "jan" is the date's, not the figure's).
    const next = Math.min(...values.filter((o) => o.index >= from).map((o) => o.index), from + AFTER_CHARS);
    const rest = text.slice(from, next);
    const stop = rest.search(AFTER_STOP);
    // Days are checked as days (timesIn), lengths of time as the figure's time unit, which way it moved as its
    // direction, and names as names (boundAlike).
    const words = (stop >= 0 ? rest.slice(0, stop) : rest).replace(DAY_WORDS, " ").replace(TIME_UNITS, " ");
    return toTerms(words.replace(MOVES, " "))
      .filter((t) => !/^[\d.,]+$/.test(t) && this.corpus.weights.known(t) && !this.specific(t))
      .slice(0, AFTER_TERMS);
  }

  private wordsNear(text: string, v: Value, values: readonly Value[]): Set<string> {
    const before = text.slice(Math.max(0, v.index - AFTER_CHARS), v.index);
    const cut = Math.max(...[...before.matchAll(AFTER_BACK)].map((m) => m.index + m[0].length), 0);
    return new Set([...toTerms(before.slice(cut)).slice(-AFTER_TERMS), ...this.wordsAfter(text, v, values)]);
  }

  private afterName(text: string, v: Value): boolean {
    const before = /([\p{L}\p{N}][\p{L}\p{N}.-]*)\s+$/u.exec(text.slice(Math.max(0, v.index - 40), v.index))?.[1];
    return before !== undefined && toTerms(before).some((t) => this.specific(t));
  }

  mentions(text: string): Mention[] {
    const out: Mention[] = [];
    for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu)) {
      const word = m[0].replace(/[.-]+$/, "");
      if (DAYS.has(word)) {
        out.push({ term: word, at: m.index, titles: false });
        continue;
      }
      // A name with a hyphen and digits is a name of its own ("MATH-500", "R1-Zero"), and so is each of its tails
      // with digits ("OpenAI-o1-1217" is also "o1-1217"). Its parts are names too, but not a part with digits that
      // goes on in letters ("R1" in "R1-Zero"): R1-Zero is not R1.
      const parts = word.includes("-") && /\d/.test(word) ? word.replace(/(?<=\d)s$/, "").split("-") : [word];
      // A tail of digits alone is a version of the same thing: "o1-1217" is o1, as "R1-Zero" is not R1.
      const terms = parts
        .filter((part, i) => i === parts.length - 1 || !/\d/.test(part) || parts.slice(i + 1).every(isDigits))
        .flatMap((part) => toTerms(part))
        .filter(this.specific);
      const titles = TITLES.test(text.slice(m.index + m[0].length));
      for (const t of terms) out.push({ term: t, at: m.index, titles });
      // "o1-1217" names o1's version as a whole, though its one lettered part has digits and goes on.
      const named = terms.length > 0 || toTerms(parts[0]!).some(this.specific);
      if (parts.length > 1 && named)
        for (let i = 0; i < parts.length - 1; i++) {
          const tail = parts.slice(i).join("-");
          if (/\d/.test(tail)) out.push({ term: tail, at: m.index, titles });
        }
    }
    return out;
  }
}

const isDigits = (part: string) => /^\d+$/.test(part);
/** Words that say something is not so, or leaves something out ("not", "excludes"). */
export const DENIES = new RegExp(`${wordPattern(["negation", "leaving-out"]).source}|n't\\b`, "i");

/** The text of a figure's clause before it. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(...[...before.matchAll(CLAUSE)].map((m) => m.index + m[0].length), 0);
  return before.slice(cut);
}
const CLAUSE = /[,;:—–]|\s-\s|\b(?:and|but|while|whereas|though|although)\b/gi;

/** "$2.19 per million tokens": what a price is per ("" for none). */
function perOf(text: string, v: Value): string {
  const after = text.slice(v.index + coreLength(v), v.index + coreLength(v) + 24);
  const per = PER.exec(after)?.[1]?.toLowerCase() ?? "";
  if (per) return per === "k" ? "thousand" : per === "m" ? "million" : per;
  // A price per a length of time, a name between or not ("$2/gpu-hr", "$2 per H800 GPU-hour"): always "hour".
  const time = v.kind === "money" ? PER_TIME.exec(after)?.[1]?.toLowerCase() : undefined;
  return time === undefined ? "" : time === "hr" ? "hour" : time;
}
const PER_TIME = /^\s*(?:per\s+|\/\s*)(?:\S+\s+)?\S*?\b(hour|hr|day|week|month|year)s?\b/i;

/**
 * Index of the value a word at a position belongs to: the nearest, but a word after a value belongs to it only when
 * no "and", comma or semicolon stands between ("79.8% on AIME" is AIME's; in "R1 scored 79.8% and o1 scored 79.2%",
 * o1 goes with 79.2%).
 */
function nearest(text: string, at: number, values: readonly Value[], can: (v: Value) => boolean = () => true): number {
  let best = -1;
  let dist = Infinity;
  values.forEach((v, i) => {
    if (!can(v)) return;
    const end = v.index + coreLength(v);
    const d = at < v.index ? v.index - at : Math.max(0, at - end) + (BREAK.test(text.slice(end, at)) ? 1000 : 0);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}
const BREAK = /[,;]|\band\b|\bwhile\b|\bvs\.?\b|\bversus\b|\bagainst\b/i;
