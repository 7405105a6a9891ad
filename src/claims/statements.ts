import { splitSentences } from "../knowledge/sentences.js";
import { wordPattern, wordSet } from "../language/words.js";
import { isChatNoise, stripMarkup } from "../text/chat.js";

/** One statement of a message; `hearsay` when the writer only passes it on ("apparently", "i read", "i heard"). */
export interface Statement {
  text: string;
  hearsay: boolean;
}

/** A message read for checking: the statements it makes (at most `max`), and how many more it makes. */
export interface ReadMessage {
  statements: Statement[];
  /** Statements beyond the first `max`, not checked. */
  unchecked: number;
}

/** Hedges and frames around a statement: "pretty sure", "isn't it true that", "i read". Dropped, the claim kept. */
const HEDGE = new RegExp(
  `^(?:(?:${wordPattern(["chatter", "connectors"]).source})\\s*,?\\s+)*(?:${wordPattern("hedges").source})(?:\\s+that)?:?\\s+`,
  "i",
);

const HEARSAY_HEDGE = wordPattern("hearsay");

/** Where a line joins two statements: a new sentence, ";", "but", or ", which / and / so / while". */
const JOIN = /\s*;\s*|\s*,?\s+but\s+|\s*,\s+(?=(?:which|and|so|while)\s)/i;
/** "and" before a word that may start a new clause ("and it", "and nvidia's"). */
const AND = /\s*,?\s+and\s+(?=([\p{L}\p{N}]+)('s\b)?)/giu;
const CLAUSE_STARTS = wordSet("clause-starts");

/**
 * Reads a chat message for checking: mentions, emoji, links, Markdown and chat noise go; each statement it joins
 * ("and", ";", "but", a new sentence) is checked on its own, with its hedge ("pretty sure ...") dropped.
 */
export function readMessage(text: string, max: number, isName: (word: string) => boolean = () => false): ReadMessage {
  const clean = signsAsWords(stripMarkup(text));
  const pieces = splitSentences(clean)
    .flatMap((s) => splitAtAnd(s.text, isName))
    .flatMap((s) => s.split(JOIN))
    .map((s) => ({ text: tidy(s), hearsay: HEARSAY_HEDGE.test(s) }))
    .filter((s) => isStatement(s.text));
  return { statements: pieces.slice(0, max), unchecked: Math.max(0, pieces.length - max) };
}

/** A comparison written as a sign between two things ("r1 > o1", "paid >£300"), not a heart ("<3"). */
const SIGN = /(?<=[\p{L}\p{N}%)]\s*)(>=|<=|[<>≥≤])(?!3\b)(?=\s*([\p{L}\p{N}$£€¥~]))/gu;
const SIGN_WORDS: Record<string, [beforeName: string, beforeFigure: string]> = {
  ">": ["more than", "over"],
  "<": ["less than", "under"],
  ">=": ["at least", "at least"],
  "≥": ["at least", "at least"],
  "<=": ["at most", "at most"],
  "≤": ["at most", "at most"],
};

/**
 * Signs of comparing read as the words they stand for, so that a statement written with them is read as comparing:
 * between two things as the words of comparing ("r1 more than o1"), before a figure as its bound ("over £300").
 */
function signsAsWords(text: string): string {
  return text
    .replace(SIGN, (sign, _, next: string) => ` ${SIGN_WORDS[sign]![/\p{L}/u.test(next) ? 0 : 1]} `)
    .replace(/ {2,}/g, " ");
}

/** The clauses "and" joins: where the word after it starts a clause, or is one of the story's names. */
function splitAtAnd(text: string, isName: (word: string) => boolean): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(AND)) {
    const next = m[1]!.toLowerCase();
    if (!(CLAUSE_STARTS.has(next) || m[2] || isName(next))) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

function tidy(s: string): string {
  let out = s.trim().replace(/^[-–—,.:;!?\s]+|[\s,;:?!]+$/g, "");
  for (let i = 0; i < 3; i++) {
    const before = out;
    out = out.replace(HEDGE, "").replace(/^(?:which|that|so|while)\s+/i, "");
    // Chat noise at either end ("lol ngl ...", "... fr 💀") is no part of the statement.
    const words = out.split(/\s+/);
    while (words.length > 0 && isChatNoise(words[0]!.toLowerCase().replace(/[,.!?]+$/, ""))) words.shift();
    while (
      words.length > 0 &&
      isChatNoise(
        words
          .at(-1)!
          .toLowerCase()
          .replace(/[,.!?]+$/, ""),
      )
    )
      words.pop();
    out = words.join(" ").replace(/[\s,;:?!]+$/g, "");
    if (out === before) break;
  }
  return out.trim();
}

/** A statement says something: a few words beyond chat noise, not a bare question to someone ("did u push the fix"). */
function isStatement(s: string): boolean {
  const words = s.toLowerCase().match(/[\p{L}\p{N}$%.']+/gu) ?? [];
  const content = words.filter((w) => !isChatNoise(w.replace(/[.']+$/, "")) && w.length > 1);
  if (content.length < 2) return false;
  return !/^(did|do|does|can|could|will|would|have|has)\s+(u|you|ya|ye|y'all|anyone|someone|somebody)\b/i.test(s);
}
