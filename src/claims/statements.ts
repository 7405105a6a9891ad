import { splitSentences } from "../knowledge/sentences.js";
import { wordPattern } from "../language/words.js";
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
const HEDGE =
  /^(?:(?:so|ok|okay|well|wait|like|yeah|and|but|also|honestly|seriously|btw|fyi|lol|ngl|tbh|fr|iirc|imo|afaik)\s*,?\s+)*(?:(?:i'?m\s+)?pretty sure(?: that)?|i(?:'m| am) (?:fairly |quite )?(?:sure|certain)(?: that)?|i think(?: that)?|i believe(?: that)?|i heard(?: that)?|i read(?: that)?|i saw(?: that)?|apparently|reportedly|supposedly|allegedly|isn'?t it true(?: that)?|is it true(?: that)?|didn'?t you know(?: that)?|fun fact:?|reminder:?|hot take:?|people say(?: that)?|someone said(?: that)?)\s+/i;

const HEARSAY_HEDGE = wordPattern("hearsay");

/** Where a line joins two statements: a new sentence, ";", "but", or "and" before a new clause. */
const JOIN =
  /\s*;\s*|\s*,?\s+but\s+|\s*,?\s+and\s+(?=(?:it|they|he|she|we|that|this|there|china|nvidia|nvda|deepseek|r1|v3|the|its|their|monday|friday|\w+'s)\b)|\s*,\s+(?=(?:which|and|so|while)\s)/i;

/**
 * Reads a chat message for checking: mentions, emoji, links, Markdown and chat noise go; each statement it joins
 * ("and", ";", "but", a new sentence) is checked on its own, with its hedge ("pretty sure ...") dropped.
 */
export function readMessage(text: string, max: number): ReadMessage {
  const clean = stripMarkup(text);
  const pieces = splitSentences(clean)
    .flatMap((s) => s.text.split(JOIN))
    .map((s) => ({ text: tidy(s), hearsay: HEARSAY_HEDGE.test(s) }))
    .filter((s) => isStatement(s.text));
  return { statements: pieces.slice(0, max), unchecked: Math.max(0, pieces.length - max) };
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
