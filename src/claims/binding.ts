import type { Corpus } from "../corpus/corpus.js";
import type { Passage, Sentence } from "../knowledge/types.js";
import { wordPattern, wordSet } from "../language/words.js";
import { type Excerpt, excerptOf } from "../text/excerpts.js";
import { matchShare, type WeightedGroup } from "../text/sentenceScore.js";
import { stemWord, toTerms } from "../text/terms.js";
import { sameUnit, sameValue, type Value, valuesIn } from "../text/values.js";
import type { CheckResult } from "./types.js";

/**
 * A figure is a fact only with what it is bound to: what it measures, of what, on which day, which way it moved, and
 * who said it. "79.8 on MATH-500" is false though R1 scored 79.8 (on AIME); "went up 3.12% on friday" is false though
 * 3.12% is in the sources (it fell). So a ✅ holds only when every value of the statement is found with the same
 * binding: the same names near it (the names nearest each value in the source), no rival name in their place, the
 * same direction, and, for "the article says …", in the article itself.
 */

/** A name in a text, at a position: a specific thing the story knows (a chip, a benchmark, a model) or a weekday. */
interface Mention {
  term: string;
  at: number;
}

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
}

type Direction = "up" | "down" | null;

/** "$2.19 per million tokens": a price per thousand is another price. */
const PER = /^\s*(?:\w+\s+){0,2}?per\s+(thousand|million|billion|k|m)\b/i;
const SPECIFIC_SHARE = 1;
/** How far after a figure its own words run: a unit phrase, not the rest of the sentence. */
const AFTER_CHARS = 40;
const AFTER_TERMS = 3;
const AFTER_BREAK = `[,;:.!?()—–]|\\s-\\s|\\d|${wordPattern("qualifier-stops").source}`;
const AFTER_BACK = new RegExp(AFTER_BREAK, "gi");
const AFTER_STOP = new RegExp(AFTER_BREAK, "i");
const TIME_UNITS = new RegExp(wordPattern("time-units").source, "gi");
/** Share of the statement's words (other than its figures) a contradicting sentence must say. */
const TOPIC = 0.5;
const UNNAMED_TOPIC = 0.75;
const DAYS = wordSet("days");
const DAY_WORDS = new RegExp(wordPattern("days").source, "gi");
const MOVES = new RegExp(`${wordPattern("rising").source}|${wordPattern("falling").source}`, "gi");
const RISING = wordPattern("rising");
const ABOUT_ARTICLE = new RegExp(
  `(?:${wordPattern("article-attribution").source}).{0,40}\\b(?:say|says|said|mention\\w*|admit\\w*|claim\\w*|report\\w*|itself|state\\w*|write\\w*|wrote|put\\w*)\\b|\\baccording to (?:${wordPattern("article-attribution").source})|\\b(?:article|piece)'s\\b`,
  "i",
);

export type BindingOutcome =
  | { holds: true; also: Excerpt[] }
  | { holds: false; contradiction: { excerpt: Excerpt; why: BindingWhy } | null };
export type BindingWhy = "other_figure" | "bound_elsewhere" | "other_direction" | "not_in_article";

/** Reads the statements and sentences of one corpus: which names are specific enough to bind a value. */
export class BindingReader {
  private readonly specific: (term: string) => boolean;
  private alias: Alias = new Map();

  constructor(private readonly corpus: Corpus) {
    // A name in a quarter of the passages or more is what the whole story is about (its company, its model): it
    // binds nothing, since every figure is about it.
    const common = SPECIFIC_SHARE * corpus.passages.length;
    this.specific = (t) => corpus.entityTerms.has(t) && corpus.weights.frequency(t) < common;
  }

  /**
   * Whether a ✅ on `statement`, resting on the shown excerpts, holds value by value. When a value is confirmed only
   * by another note sentence than those shown, that sentence is returned to be shown too; when one is not confirmed,
   * what says otherwise (if anything does).
   */
  check(
    statement: string,
    stated: readonly Bound[],
    result: CheckResult,
    topic: readonly WeightedGroup[],
    alias: Alias = new Map(),
  ): BindingOutcome {
    this.alias = alias;
    if (stated.length === 0) return { holds: true, also: [] };
    const article = ABOUT_ARTICLE.test(statement);
    const shown = [result.articleExcerpt, ...result.evidence]
      .filter((e): e is Excerpt => e !== null && (!article || this.corpus.docById.get(e.docId)?.kind === "article"))
      .map((e) => ({ text: e.text, docId: e.docId, sentence: null }));
    const sources = article ? this.articleSentences() : this.noteSentences();
    const also: Excerpt[] = [];
    for (const s of stated) {
      const times = timesOf(stated, statement, s.value);
      if (this.confirming(s, times, shown)) continue;
      const other = this.confirming(s, times, sources);
      if (other?.sentence) {
        also.push(excerptOf(this.corpus.docById, other.docId, other.sentence));
        continue;
      }
      // "The article says …" of a figure only the sources give: the article does not say it.
      const elsewhere = article ? this.confirming(s, times, this.noteSentences()) : null;
      if (elsewhere?.sentence)
        return {
          holds: false,
          contradiction: {
            excerpt: excerptOf(this.corpus.docById, elsewhere.docId, elsewhere.sentence),
            why: "not_in_article",
          },
        };
      return { holds: false, contradiction: this.contradiction(s, times, sources, topic) };
    }
    return { holds: true, also };
  }

  /** The statement's values, each with the specific names nearest it. */
  bind(text: string): Bound[] {
    const all = this.mentions(text);
    // A four-digit number right after a name is part of the name ("AIME 2024"), not a figure of its own.
    const values = valuesIn(text).filter(
      (v) => !(v.kind === "count" && /^\d{4}\b/.test(v.raw) && this.afterName(text, v)),
    );
    // A month inside a date ("December 2024") is the value itself, not a name bound to it.
    const mentions = all.filter(
      (m) => !values.some((v) => v.kind === "date" && m.at >= v.index && m.at < v.index + v.raw.length),
    );
    const moves = [...text.matchAll(MOVES)].map((m) => ({ at: m.index, way: RISING.test(m[0]) ? "up" : "down" }));
    return values.map((value, i) => ({
      value: { ...value, per: perOf(text, value) },
      names: new Set(mentions.filter((m) => !DAYS.has(m.term) && nearest(text, m.at, values) === i).map((m) => m.term)),
      // A date is checked as a date (timesIn), not by the words after it.
      after: value.kind === "date" ? [] : this.wordsAfter(text, value, values),
      near: this.wordsNear(text, value, values),
      direction: (moves
        .filter((m) => nearest(text, m.at, values) === i)
        .sort((a, b) => Math.abs(a.at - value.index) - Math.abs(b.at - value.index))[0]?.way ?? null) as Direction,
    }));
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

  private mentions(text: string): Mention[] {
    const out: Mention[] = [];
    for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu)) {
      const word = m[0].replace(/[.-]+$/, "");
      if (DAYS.has(word)) {
        out.push({ term: word, at: m.index });
        continue;
      }
      // A name with a hyphen and digits is a name of its own ("MATH-500", "R1-Zero"), and so is each of its tails
      // with digits ("OpenAI-o1-1217" is also "o1-1217"). Its parts are names too, but for a part with digits that
      // goes on ("R1" in "R1-Zero"): R1-Zero is not R1.
      const parts = word.includes("-") && /\d/.test(word) ? word.replace(/(?<=\d)s$/, "").split("-") : [word];
      const terms = parts
        .filter((part, i) => i === parts.length - 1 || !/\d/.test(part))
        .flatMap((part) => toTerms(part))
        .filter(this.specific);
      for (const t of terms) out.push({ term: t, at: m.index });
      if (parts.length > 1 && terms.length > 0)
        for (let i = 0; i < parts.length - 1; i++) {
          const tail = parts.slice(i).join("-");
          if (/\d/.test(tail)) out.push({ term: tail, at: m.index });
        }
    }
    return out;
  }

  /**
   * A sentence of the pool that states the value with every name the statement binds to it, on the statement's days
   * and dates, moving the same way.
   */
  private confirming(s: Bound, times: Times, pool: readonly PoolSentence[]): PoolSentence | undefined {
    return pool.find((p) => {
      const theirs = this.bindCached(p);
      const title = this.titleTerms(p.docId);
      const when = timesIn(
        times,
        s.value,
        `${p.text} ${this.corpus.docById.get(p.docId)?.title ?? ""}`,
        this.datesOf(p),
      );
      return (
        when === "agree" &&
        theirs.some(
          (x) =>
            sameFigure(s.value, x.value) &&
            s.after.every((t) => has(x.near, t, this.alias) || has(title, t, this.alias)) &&
            boundAlike(s, x, theirs, this.allNames(p), title, this.alias) &&
            agrees(s.direction, x.direction),
        )
      );
    });
  }

  /**
   * What says otherwise, with the right value: the same names with another figure of the same kind, the same figure
   * bound to another name (a rival where the statement's name should be), or the same figure moving the other way.
   */
  private contradiction(
    s: Bound,
    times: Times,
    pool: readonly PoolSentence[],
    topic: readonly WeightedGroup[],
  ): { excerpt: Excerpt; why: BindingWhy } | null {
    // With no specific name bound to the value, the sentence must say more of the statement to be about it.
    const needed = s.names.size === 0 ? UNNAMED_TOPIC : TOPIC;
    const found: Array<{ excerpt: Excerpt; why: BindingWhy }> = [];
    for (const p of pool) {
      // Only a sentence about the same thing says otherwise: "released on 20 January" answers "released in
      // December", "published in Nature in September" does not.
      if (!p.sentence || matchShare(this.corpus.sentenceTerms.get(p.sentence) ?? new Set(), topic) < needed) continue;
      const theirs = this.bindCached(p);
      const title = this.titleTerms(p.docId);
      const names = this.allNames(p);
      const when = timesIn(times, s.value, p.text, this.datesOf(p));
      for (const x of theirs) {
        if (!comparable(s.value, x.value)) continue;
        const alike = when === "agree" && boundAlike(s, x, theirs, names, title, this.alias);
        const same = sameFigure(s.value, x.value);
        const why: BindingWhy | null =
          alike && !same && [...s.names].every((n) => has(x.names, n, this.alias))
            ? "other_figure"
            : alike && same && !agrees(s.direction, x.direction)
              ? "other_direction"
              : !alike && same && (rival(s, x) || when === "conflict")
                ? "bound_elsewhere"
                : null;
        if (why) found.push({ excerpt: excerptOf(this.corpus.docById, p.docId, p.sentence), why });
      }
    }
    // The right value for what the statement names says most; "that figure is for something else" comes last.
    return found.find((f) => f.why !== "bound_elsewhere") ?? found[0] ?? null;
  }

  private datesOf(p: PoolSentence): Value[] {
    return this.bindCached(p)
      .map((b) => b.value)
      .filter((v) => v.kind === "date");
  }

  private readonly cache = new WeakMap<object, { bound: Bound[]; names: Set<string> }>();
  private bindCached(p: PoolSentence): Bound[] {
    return this.read(p).bound;
  }
  private allNames(p: PoolSentence): Set<string> {
    return this.read(p).names;
  }
  private read(p: PoolSentence) {
    const key = p.sentence ?? p;
    let r = this.cache.get(key);
    if (!r) {
      r = { bound: this.bind(p.text), names: new Set(this.mentions(p.text).map((m) => m.term)) };
      this.cache.set(key, r);
    }
    return r;
  }

  private titles = new Map<string, Set<string>>();
  private titleTerms(docId: string): Set<string> {
    let t = this.titles.get(docId);
    if (!t) {
      t = new Set(toTerms(this.corpus.docById.get(docId)?.title ?? ""));
      this.titles.set(docId, t);
    }
    return t;
  }

  private notes: PoolSentence[] | null = null;
  private noteSentences(): PoolSentence[] {
    this.notes ??= this.sentencesWhere((p) => this.corpus.docById.get(p.docId)?.kind !== "article");
    return this.notes;
  }
  private articles: PoolSentence[] | null = null;
  private articleSentences(): PoolSentence[] {
    this.articles ??= this.sentencesWhere((p) => this.corpus.docById.get(p.docId)?.kind === "article");
    return this.articles;
  }
  private sentencesWhere(keep: (p: Passage) => boolean): PoolSentence[] {
    return this.corpus.passages
      .filter(keep)
      .flatMap((p) =>
        p.sentences.filter((s) => /\d/.test(s.text)).map((s) => ({ text: s.text, docId: p.docId, sentence: s })),
      );
  }
}

interface PoolSentence {
  text: string;
  docId: string;
  sentence: Sentence | null;
}

/** "$2.19 per million tokens": what a price is per ("" for none). */
function perOf(text: string, v: Value): string {
  const per = PER.exec(text.slice(v.index + coreLength(v), v.index + coreLength(v) + 24))?.[1]?.toLowerCase() ?? "";
  return per === "k" ? "thousand" : per === "m" ? "million" : per;
}

/** The length of the figure itself ("79.8%"), without the words after it that valuesIn reads as its unit. */
function coreLength(v: Value): number {
  if (v.kind === "date" || v.kind === "licence") return v.raw.length;
  return CORE.exec(v.raw)?.[0].length ?? v.raw.length;
}
const CORE =
  /^(?:US\$|\$|£|¥)?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d[\d,]*(?:\.\d+)?)?(?:\s?(?:k|thousand|mn|mil|mill|million|m|bn|billion|b|tn|trillion|t)\b)?(?:\s?(?:%|percent|per cent))?/i;

/**
 * Index of the value a word at a position belongs to: the nearest, but a word after a value belongs to it only when
 * no "and", comma or semicolon stands between ("79.8% on AIME" is AIME's; in "R1 scored 79.8% and o1 scored 79.2%",
 * o1 goes with 79.2%).
 */
function nearest(text: string, at: number, values: readonly Value[]): number {
  let best = 0;
  let dist = Infinity;
  values.forEach((v, i) => {
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

/** The days and dates a statement gives for one of its figures: those of its clause ("fell 17% on friday jan 24"). */
interface Times {
  days: Set<string>;
  dates: Value[];
}
function timesOf(stated: readonly Bound[], text: string, figure: Value): Times {
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
function timesIn(times: Times, figure: Value, text: string, dates: readonly Value[]): "agree" | "silent" | "conflict" {
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
function boundAlike(
  s: Bound,
  x: Bound,
  sentence: readonly Bound[],
  names: ReadonlySet<string>,
  title: ReadonlySet<string>,
  alias: Alias,
): boolean {
  // Names the source binds to its figure that the statement does not give it ("the Nasdaq fell 3.1%").
  const theirs = [...x.names].filter(
    (o) => !has(s.names, o, alias) && ![...s.names].some((n) => has(new Set([o]), n, alias)),
  );
  return [...s.names].every((n) => {
    if (has(x.names, n, alias)) return true;
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
function has(set: ReadonlySet<string>, name: string, alias: Alias): boolean {
  return set.has(name) || (alias.get(name) ?? []).some((a) => set.has(a));
}

/** The source binds its value to a name the statement does not give it, of the same sort (a weekday for a weekday). */
function rival(s: Bound, x: Bound): boolean {
  const missing = [...s.names].filter((n) => !x.names.has(n));
  if (missing.length === 0) return false;
  const others = [...x.names].filter((n) => !s.names.has(n));
  return missing.some((n) => others.some((o) => sameSort(n, o)));
}

/** Two names of one sort: both weekdays, or both names of things (H100 and H800; AIME and MATH-500). */
function sameSort(a: string, b: string): boolean {
  return DAYS.has(a) === DAYS.has(b);
}

/** Same kind of figure (a percentage and a bare score under 100 compare: "79.8 on AIME" is 79.8%). */
function comparable(a: Value, b: Value): boolean {
  if (a.kind === b.kind) return a.kind !== "count" || sameUnit(a, b) || sameStems(a, b) || scoreLike(a) || scoreLike(b);
  return (scoreLike(a) && b.kind === "percent") || (scoreLike(b) && a.kind === "percent");
}

/** "2.788M GPU hours" is not "2.788M GPU days": a count of time counts in one unit of it ("" when it counts none). */
function timeUnit(v: Value): string {
  if (v.kind !== "count" && v.kind !== "money") return "";
  return (
    /^\s*(?:\S+\s+){0,2}?\S*?\b(hour|day|week|month|year|minute|second)s?\b/i
      .exec(v.raw.slice(coreLength(v)))?.[1]
      ?.toLowerCase() ?? ""
  );
}

/** Counts of the same thing in other forms ("37B active" and "37B are activated"). */
function sameStems(a: Value, b: Value): boolean {
  const stems = (v: Value) => v.unit.split(" ").filter(Boolean).map(stemWord);
  const theirs = new Set(stems(b));
  return stems(a).some((w) => theirs.has(w));
}

function scoreLike(v: Value): boolean {
  return (v.kind === "count" || v.kind === "percent") && v.low === v.high && v.low <= 100 && !Number.isInteger(v.low);
}

function sameFigure(a: Bound["value"], b: Bound["value"]): boolean {
  if (!comparable(a, b) || timeUnit(a) !== timeUnit(b) || a.per !== b.per) return false;
  if (a.kind === b.kind) return sameValue(a, b);
  return Math.abs(a.low - b.low) <= 0.005 * Math.max(a.low, b.low);
}

function agrees(a: Direction, b: Direction): boolean {
  return a === null || b === null || a === b;
}
