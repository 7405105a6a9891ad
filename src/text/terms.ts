import { stemmer } from "stemmer";
import { wordSet } from "../language/words.js";
import { remembered } from "./remembered.js";

/**
 * Turns text into search terms, the same way for passages and questions, so that figures written differently
 * meet: "$5.5M", "5.5 million", "$5,576,000" and "US$5.576 mln" all yield the term "5.5" next to "million";
 * "3.12%" yields "3.12" and "percent"; "2,048" yields "2048". Words are lowercased and stemmed.
 */
export function toTerms(text: string): string[] {
  // Questions are read word by word, and the same words come back all the time.
  return text.length > 40 ? computeTerms(text) : shortTerms(text);
}

const shortTerms = remembered((text) => computeTerms(text), 20_000);

function computeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const raw of normaliseFigures(text).toLowerCase().split(TOKEN_SPLIT)) {
    if (raw === "") continue;
    if (NUMBER.test(raw)) {
      terms.push(...numberTerms(raw));
      continue;
    }
    const cleaned = raw.replace(/^[-'.]+|[-'.]+$/g, "").replace(/'s$/, "");
    const word = IRREGULAR[cleaned] ?? americanise(cleaned);
    if (word === "" || STOPWORDS.has(word)) continue;
    // "deepseek-r1" is searchable as a whole and as its parts.
    if (word.includes("-") || word.includes(".")) {
      const all = word.split(/[-.]/).filter((p) => p !== "");
      for (const p of all) if (!STOPWORDS.has(p)) terms.push(NUMBER.test(p) ? p : stemmer(p));
      // A single letter joined by a hyphen is part of the name ("A-share", "H-share"), even when the letter alone
      // is a stopword: the compound keeps it, so "A-shares" is not just "shares".
      const parts = all.filter((p) => !STOPWORDS.has(p) || (p.length === 1 && !word.includes(".")));
      // Every run of two or more adjacent parts, so "R1-Zero" also finds "DeepSeek-R1-Zero".
      for (let i = 0; i < parts.length; i++) {
        for (let j = i + 2; j <= parts.length; j++) terms.push(stemmer(parts.slice(i, j).join("")));
      }
      continue;
    }
    // "used" stems to "us": a stem that is itself a stopword carries no topic either.
    const stem = stemOf(word);
    if (/\d/.test(word) || !STOPWORDS.has(stem)) terms.push(stem);
  }
  return terms;
}

/** Past forms the stemmer cannot bring back to their verb ("lost" and "lose" should meet). */
const IRREGULAR: Record<string, string> = {
  lost: "lose",
  fell: "fall",
  fallen: "fall",
  rose: "rise",
  risen: "rise",
  spent: "spend",
  paid: "pay",
  bought: "buy",
  sold: "sell",
  won: "win",
  built: "build",
  took: "take",
  taken: "take",
  said: "say",
  made: "make",
  gave: "give",
  given: "give",
  grew: "grow",
  grown: "grow",
  began: "begin",
  begun: "begin",
  ran: "run",
  wrote: "write",
  written: "write",
  knew: "know",
  known: "know",
  thought: "think",
  // "found" is "find" in the past far more often than "found" a company, which "founded" says.
  found: "find",
  brought: "bring",
  caught: "catch",
  led: "lead",
  cost: "cost",
  hit: "hit",
  cut: "cut",
  shed: "shed",
  sank: "sink",
  sunk: "sink",
  drove: "drive",
  driven: "drive",
};

const TOKEN_SPLIT = /[^\p{L}\p{N}.\-']+/u;
const NUMBER = /^\d+(?:\.\d+)?$/;

const SCALE_WORDS: Record<string, string> = {
  k: "thousand",
  thousand: "thousand",
  thousands: "thousand",
  m: "million",
  mn: "million",
  mln: "million",
  mil: "million",
  million: "million",
  millions: "million",
  b: "billion",
  bn: "billion",
  billion: "billion",
  billions: "billion",
  t: "trillion",
  tn: "trillion",
  trillion: "trillion",
  trillions: "trillion",
};

/** Rewrites money, scales, percentages and grouped digits into one canonical spelling. */
export function normaliseFigures(text: string): string {
  return (
    text
      .replace(/(\d)[\u00a0\u202f](?=\d{3}\b)/g, "$1,")
      // The country, not the pronoun "us" (a stopword): "US", "U.S." and "USA" all become "usa".
      .replace(/\b(?:U\.S\.A?\.?|US|USA)(?![\w$])/g, "USA")
      // 5,576,000 -> 5.576 million (only exact digit groups; "2,048" stays a plain number below)
      .replace(/\b(\d{1,3}(?:,\d{3}){2,})(?:\.\d+)?\b/g, (m) => scaleDown(Number(m.replace(/,/g, ""))))
      .replace(/\b(\d{1,3}(?:,\d{3})+)\b/g, (m) => m.replace(/,/g, ""))
      .replace(/\b(\d{7,})\b/g, (m) => scaleDown(Number(m)))
      // $5.5M, 5.5 mln -> "5.5 million"; thousands are written out, as "294,000" is: 294k -> 294000
      .replace(
        /(\d(?:[\d.]*\d)?)\s?(k|m|mn|mln|mil|b|bn|t|tn|thousands?|millions?|billions?|trillions?)\b/gi,
        (_, n: string, s: string) => {
          const scale = SCALE_WORDS[s.toLowerCase()] ?? s;
          return scale === "thousand" ? scaleDown(Math.round(Number(n) * 1000)) : `${n} ${scale}`;
        },
      )
      .replace(/(\d)\s?%/g, "$1 percent")
      .replace(/\b(\d+)(?:st|nd|rd|th)\b/gi, "$1")
      .replace(/\bper\s?cent\b/gi, "percent")
      .replace(/(?:US)?\$|USD\b/g, " ")
  );
}

function scaleDown(n: number): string {
  for (const [size, word] of [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ] as const) {
    if (n >= size) return `${trimNumber(n / size)} ${word}`;
  }
  return String(n);
}

function trimNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** "5.576" is also findable as "5.5" and "5.6", the ways people round it. */
function numberTerms(raw: string): string[] {
  const [whole, frac] = raw.split(".");
  if (!frac || frac.length < 2) return [raw];
  const value = Number(raw);
  const truncated = `${whole}.${frac[0]}`;
  const rounded = (Math.round(value * 10) / 10).toString();
  return [...new Set([raw, truncated, rounded])];
}

/** Words that carry no topic. Question words are here: a question's topic is in its other words. */
export const STOPWORDS = wordSet("stopwords");

/** A word of a text as written (lowercase, figures normalised) and as stemmed. */
export interface Word {
  surface: string;
  stem: string;
}

/**
 * The words of a text in order, stopwords kept: "$5.5M" reads as "5.5 million", and "they're" as "they". What
 * questions are read word by word with, and what synonym phrases are matched against.
 */
export function wordsOf(text: string, contractions = /'s$/): Word[] {
  const out: Word[] = [];
  for (const raw of normaliseFigures(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}.$%']+/u)) {
    const w = raw.replace(/^['.]+|['.]+$/g, "").replace(contractions, "");
    if (w) out.push({ surface: w, stem: stemWord(w) });
  }
  return out;
}

/**
 * The words of a text as lowercase stems, stopwords kept, in order: what synonym phrases are matched against
 * ("clap back", "right now"), so "tanked" meets a rule written as "tank".
 */
export function wordStems(text: string): string[] {
  return wordsOf(text).map((w) => w.stem);
}

/** British spellings read as American ones, so "licence" meets "license" and "optimisation" "optimization". */
function americanise(word: string): string {
  return word
    .replace(/^licen[cs]/, "licens")
    .replace(/([a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2")
    .replace(/([a-z]{2})tre(s?)$/, "$1ter$2")
    .replace(/([a-z]{2})our(s?)$/, "$1or$2");
}

/** One word's stem, the same way toTerms stems it (irregular past forms first). */
export function stemWord(word: string): string {
  return stemOnce(word);
}

// Every question is read word by word, and the same few thousand words come back.
const stemOnce = remembered((word) => stemOf(IRREGULAR[word] ?? americanise(word)), 20_000);

/** "H800s" are H800s: a name with digits keeps its form, less a plural s; other words are stemmed. */
function stemOf(word: string): string {
  return /\d/.test(word) ? word.replace(/^([a-z]*\d+[a-z]*?)s$/, "$1") : stemmer(word);
}
