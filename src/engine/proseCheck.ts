import { amountsInDigits } from "../text/amountWords.js";
import { namePositions } from "../text/facts.js";
import { normaliseFigures, STOPWORDS, stemWord, toTerms, wordStems } from "../text/terms.js";
import { stripUnsafe } from "../text/unsafeChars.js";
import { sameValue, type Value, valuesIn } from "../text/values.js";

/** What a passage can vouch for: its figures, dates and words, read the way retrieval reads them. */
export interface Support {
  /** "5.5|million", "5.5|" (a figure with and without its scale), every rounding a reader might use. */
  figures: ReadonlySet<string>;
  dates: readonly Value[];
  /** Search terms and word stems. */
  terms: ReadonlySet<string>;
}

/** A figure after normaliseFigures: "5.576 million", "3.12 percent", "2048". Digits inside names ("H800") are not figures. */
const FIGURE = /(?<![\p{L}\p{N}.-])(\d+(?:\.\d+)?)(?:\s(thousand|million|billion|trillion|percent))?(?![\p{L}\p{N}])/gu;

function figuresOf(text: string): Array<{ n: string; scale: string }> {
  return [...normaliseFigures(amountsInDigits(text)).matchAll(FIGURE)].map((m) => ({ n: m[1]!, scale: m[2] ?? "" }));
}

/** "5.576" as people round it: 5.576, 5.5 and 5.6 (as retrieval's number terms do). */
function roundings(n: string): string[] {
  const value = Number(n);
  return [...new Set([String(value), String(Math.trunc(value * 10) / 10), String(Math.round(value * 10) / 10)])];
}

export function supportOf(text: string): Support {
  const figures = new Set<string>();
  for (const { n, scale } of figuresOf(text)) {
    for (const r of roundings(n)) {
      figures.add(`${r}|${scale}`);
      figures.add(`${r}|`);
    }
  }
  return {
    figures,
    dates: valuesIn(text).filter((v) => v.kind === "date"),
    terms: new Set([...toTerms(text), ...wordStems(text)]),
  };
}

/** Words that open a sentence without naming anything ("Yes, …", "Roughly …"). */
const OPENERS = new Set(
  "yes no yeah nope however overall instead meanwhile still also together specifically reportedly roughly about around only just both neither either according per unlike despite although though while whereas earlier later first second finally in short".split(
    " ",
  ),
);

/** Reads a sentence for the figures, dates and names it states, and finds the first one `support` does not hold. */
export function unsupportedFact(
  sentence: string,
  support: Support,
  isCommonWord: (stem: string) => boolean,
): string | null {
  let text = sentence;
  for (const date of valuesIn(sentence).filter((v) => v.kind === "date")) {
    const numbers = figuresOf(date.raw);
    const held =
      support.dates.some((d) => sameValue(date, d)) ||
      (numbers.length > 0 && numbers.every((f) => support.figures.has(`${String(Number(f.n))}|`)));
    if (!held) return date.raw;
    text = text.slice(0, date.index) + " ".repeat(date.raw.length) + text.slice(date.index + date.raw.length);
  }
  for (const { n, scale } of figuresOf(text)) {
    if (!support.figures.has(`${String(Number(n))}|${scale}`)) return `${n}${scale ? ` ${scale}` : ""}`;
  }
  for (const name of namePositions(text)) {
    const parts = name.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((p) => p.length > 1 && !STOPWORDS.has(p) && !/^\d+$/.test(p));
    // A capitalised first word is only a name when the documents do not use it as an ordinary word.
    if (name.index === 0 && parts.length === 1 && !/\d|\p{Lu}.*\p{Lu}/u.test(name.text)) {
      if (OPENERS.has(parts[0]!) || isCommonWord(stemWord(parts[0]!))) continue;
    }
    if (parts.some((p) => !support.terms.has(stemWord(p)) && !support.terms.has(p))) return name.text;
  }
  return null;
}

/** Words about the material itself: a sentence judging them speaks of the sources, not of the story. */
const ABOUT_SOURCES =
  /\b(?:sources?|passages?|articles?|documents?|reports?|reporting|citations?|cited|references?|excerpts?|quotes?|evidence|journalists?|reporters?|outlets?|media|press|links?)\b/i;
const JUDGEMENT =
  /\b(?:un)?(?:reliable|trustworthy|trusted|credible)\b|\b(?:biased|fake|false|misleading|wrong|inaccurate|accurate|ignored?|disregard(?:ed)?|discredited|debunked|propaganda|lies|lying|dishonest|questionable|dubious|outdated|fabricated|made[- ]up|nonsense)\b/gi;

/**
 * A judgement of the sources ("the sources cited here are unreliable and should be ignored") that the cited passage
 * does not itself make: the first such word, or null. A conversation cannot talk the model into discrediting them.
 */
export function unsupportedJudgement(sentence: string, support: Support): string | null {
  if (!ABOUT_SOURCES.test(sentence)) return null;
  for (const [word] of sentence.matchAll(JUDGEMENT)) {
    const stems = wordStems(word);
    if (stems.length === 0 || stems.some((st) => !support.terms.has(st))) return word;
  }
  return null;
}

/**
 * An invitation rather than an answer: "Join for the full story", "Details at …", "Click here". Such a sentence is
 * dropped whole, link or not: with its link cut it would still send readers looking for one.
 */
export function callsToAction(sentence: string): boolean {
  const text = sentence.replace(/\s*\[\d+\]/g, "").trim();
  return (
    /^(?:please\s+)?(?:join|visit|click|tap|subscribe|follow|sign\s+up|register|download|dm|message|contact|check\s+out|go\s+to|head\s+(?:to|over)|read\s+more|learn\s+more|see\s+more|find\s+out\s+more|use\s+(?:the\s+)?code)\b/i.test(
      text,
    ) ||
    /\b(?:details|more|info(?:rmation)?|the\s+full\s+story|read\s+more|learn\s+more)\s+(?:at|here|on|via|in|below)\s*[.!:]?$/i.test(
      text,
    ) ||
    /\b(?:full\s+story|link\s+in\s+(?:bio|description)|click\s+(?:here|the\s+link)|join\s+(?:us|our|the)\b|promo\s+code)/i.test(
      text,
    )
  );
}

/** True when a sentence states anything checkable: a figure, a date or a name. */
export function statesFacts(sentence: string, isCommonWord: (stem: string) => boolean): boolean {
  return unsupportedFact(sentence, { figures: new Set(), dates: [], terms: new Set() }, isCommonWord) !== null;
}

const MARKDOWN_LINK = /\[([^\]\n]{0,300})\]\(\s*<?([^()\s>]{1,2000})>?\s*\)/g;
const BARE_LINK =
  /\b(?:https?:\/\/|www\.)[^\s<>()"'\]]+|\b(?:discord(?:app)?\.(?:gg|com\/invite)|dsc\.gg|t\.me|bit\.ly)\/[^\s<>()"'\]]+|<https?:\/\/[^\s>]+>/gi;

/**
 * The model's prose made safe to show: unsafe characters stripped, and every link removed unless it is the URL of a
 * document in the knowledge base (a Markdown link keeps its words). Returns how many links went, for the logs.
 */
export function cleanProse(text: string, knownUrls: ReadonlySet<string>): { text: string; linksRemoved: number } {
  let linksRemoved = 0;
  const known = (url: string) => knownUrls.has(url.replace(/^<|>$/g, "").replace(/[.,;:!?]+$/, ""));
  const cleaned = stripUnsafe(text)
    .replace(MARKDOWN_LINK, (whole, label: string, url: string) => {
      if (known(url)) return whole;
      linksRemoved++;
      return label;
    })
    .replace(BARE_LINK, (url) => {
      if (known(url)) return url;
      linksRemoved++;
      return "";
    })
    .replace(/[ \t]{2,}/g, " ");
  return { text: cleaned, linksRemoved };
}
