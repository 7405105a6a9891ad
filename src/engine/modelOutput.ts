import { NOT_COVERED } from "./prompts.js";

export interface ParsedOutput {
  notCovered: boolean;
  prose: string;
  quotes: Array<{ n: number; text: string }>;
}

/**
 * Reads the model's reply. Returns null when it does not follow the format (truncated, malformed): the caller then
 * falls back to the extractive answer rather than guess.
 */
export function parseModelOutput(raw: string): ParsedOutput | null {
  const text = raw.trim();
  if (text === NOT_COVERED || /^NOT_COVERED\b/.test(text) || /<answer>\s*NOT_COVERED\s*<\/answer>/.test(text)) {
    return { notCovered: true, prose: "", quotes: [] };
  }
  const answer = /<answer>([\s\S]*?)<\/answer>/.exec(text);
  const quotes = /<quotes>([\s\S]*?)<\/quotes>/.exec(text);
  if (!answer || !quotes) return null;
  const parsed: ParsedOutput = { notCovered: false, prose: answer[1]!.trim(), quotes: [] };
  for (const line of quotes[1]!.split("\n")) {
    const m = /^\s*\[(\d+)\]\s*(.+?)\s*$/.exec(line);
    if (m) parsed.quotes.push({ n: Number(m[1]), text: stripWrappingQuotes(m[2]!) });
  }
  return parsed.prose ? parsed : null;
}

function stripWrappingQuotes(s: string): string {
  const m = /^["“'](.*)["”']$/.exec(s);
  return m ? m[1]! : s;
}

/** A full stop, with closing quotes and the citation markers a model often puts after it ("… 97.3%. [1]"). */
const TERMINATOR = /[.!?]+["'”’)\]]*(?:\s*\[\d+\])*/g;
// Full stops that end no sentence: "on Jan. 27", "e.g. GPT-4", "Dean W. Ball". Tested on a short tail only.
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|No|Inc|Corp|Ltd|St|al|cf|Fig|Eq|U\.S|U\.K)\.$/i;
const INITIAL = /\s[A-Z]\.$/;

/**
 * Finds the sentences of `text` that start at `start`, looking for terminators from `from` up to `to`. A sentence
 * ends at a terminator followed by white space and a character that is not lowercase, and at `to` when `final`.
 * Returns where the next call should look again: each character is looked at a bounded number of times, so reading
 * a reply piece by piece stays linear in its length.
 */
function scanSentences(text: string, start: number, from: number, to: number, final: boolean) {
  const sentences: string[] = [];
  let resume = to;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(text); m && m.index < to; m = TERMINATOR.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    let next = end;
    while (next < to && /\s/.test(text[next]!)) next++;
    // Nothing after it yet, or a marker still being written: what comes next decides.
    if (!final && (next === to || (text[next] === "[" && /^\[\d*$/.test(text.slice(next, Math.min(to, next + 8)))))) {
      resume = m.index;
      break;
    }
    if (next === end || (next < to && /\p{Ll}/u.test(text[next]!))) continue;
    const tailFrom = Math.max(start, m.index - 16);
    const tail = (tailFrom > start ? "x" : "") + text.slice(tailFrom, m.index + 1);
    if (next < to && (ABBREVIATION.test(tail) || INITIAL.test(tail))) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = next;
    TERMINATOR.lastIndex = next;
  }
  if (final) {
    const rest = text.slice(start, to).trim();
    if (rest) sentences.push(rest);
    start = to;
  }
  return { sentences, start, resume: Math.max(start, resume) };
}

/** The sentences of a finished piece of prose. */
export function splitProse(text: string): string[] {
  return scanSentences(text, 0, 0, text.length, true).sentences;
}

/**
 * Reads a streamed reply piece by piece and hands out each sentence of its <answer> once it is complete, so a caller
 * can check sentences as they arrive; they are exactly the sentences `splitProse` finds in the finished answer. Only
 * the sentence being written is kept as a string to scan: a long reply costs time in proportion to its length.
 */
export function createAnswerReader() {
  const pieces: string[] = [];
  let tail = "";
  let inBody = false;
  let closed = false;
  /** The answer from the start of the sentence being written. */
  let pending = "";
  let resume = 0;
  return {
    /** The whole reply so far. */
    get raw(): string {
      const joined = pieces.join("");
      pieces.splice(0, pieces.length, joined);
      return joined;
    },
    /** Adds a piece of the reply; returns the answer sentences it completed. */
    push(piece: string): string[] {
      pieces.push(piece);
      if (closed) return [];
      if (!inBody) {
        const seen = tail + piece;
        const at = seen.indexOf("<answer>");
        tail = seen.slice(-8);
        if (at < 0) return [];
        inBody = true;
        piece = seen.slice(at + "<answer>".length);
      }
      const searchFrom = Math.max(0, pending.length - 9);
      pending += piece;
      const close = pending.indexOf("</answer>", searchFrom);
      if (close >= 0) closed = true;
      const scanned = scanSentences(pending, 0, resume, close >= 0 ? close : pending.length, close >= 0);
      pending = pending.slice(scanned.start);
      resume = scanned.resume - scanned.start;
      return scanned.sentences;
    },
  };
}
