import { wordPairs } from "../language/words.js";
import { numberWordsAt } from "../text/amountWords.js";

/** "are" => "r": letters as speech-to-text spells them. */
const LETTER_NAMES = wordPairs("letter-names");
/** The most words a spoken name runs to ("open a eye oh one" is two names: "open a eye", "oh one"). */
const MAX_WORDS = 5;

interface Token {
  surface: string;
  start: number;
  end: number;
  /** The letter the word stands for, when it can ("h", "are"). */
  letter: string | null;
  /** The digits a run of number words stands for ("eight hundred" => "800"). */
  digits: string | null;
}

/**
 * A question as spoken into a phone and written down by speech-to-text, with each name the story knows put back
 * together: "deep seek are one" => "deepseek r1", "the h eight hundred" => "the h800", "a p i" => "api". Words join
 * only when what they make is a name in the story (`isName`), so ordinary words are left as they are.
 */
export function spokenForms(
  text: string,
  isName: (word: string) => boolean,
  /** The name a run of words sounds like ("strata cherry"), when they spell none. */
  soundsLike: (words: readonly string[]) => string | null = () => null,
): string {
  const tokens = tokenize(text);
  // How many words from each one on may join: words apart only by spaces ("DeepSeek-V3" was typed), none of them a
  // name already ("deepseek r1" was said right). Read once for the message, not once for every run tried.
  const joinable = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const apart = next !== undefined && /^\s+$/.test(text.slice(t.end, next.start));
    joinable[i] = isName(t.surface) ? 0 : apart ? 1 + joinable[i + 1]! : 1;
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < tokens.length; ) {
    const joined = longestName(tokens, i, joinable[i]!, isName, soundsLike);
    if (!joined) {
      i++;
      continue;
    }
    out += `${text.slice(last, tokens[i]!.start)}${joined.name}`;
    last = tokens[i + joined.length - 1]!.end;
    i += joined.length;
  }
  return out + text.slice(last);
}

function longestName(
  tokens: readonly Token[],
  at: number,
  joinable: number,
  isName: (word: string) => boolean,
  soundsLike: (words: readonly string[]) => string | null,
): { name: string; length: number } | null {
  for (let n = Math.min(MAX_WORDS, joinable); n >= 2; n--) {
    const name = spell(tokens.slice(at, at + n));
    if (name && isName(name)) return { name, length: n };
  }
  // Else the fewest words that sound like a name, up to three: longer runs are sentences, whatever they sound like.
  for (let n = 2; n <= Math.min(3, joinable); n++) {
    const run = tokens.slice(at, at + n);
    const heard = run.every((t) => t.digits === null) ? soundsLike(run.map((t) => t.surface)) : null;
    if (heard) return { name: heard, length: n };
  }
  return null;
}

/**
 * The name a run of words spells, if it can be one: words joined ("deep seek"), letters joined ("a p i"), or
 * letters then a number ("h eight hundred", "oh one"). A lone "a" or "i" is a letter only among other letters, so
 * "a hundred" never becomes "a100".
 */
function spell(run: readonly Token[]): string | null {
  const numberAt = run.findIndex((t) => t.digits !== null);
  if (numberAt >= 0) {
    // Letters, then one number, last: "h eight hundred", "vee three".
    if (numberAt !== run.length - 1 || numberAt === 0) return null;
    const head = run.slice(0, numberAt);
    if (!head.every((t) => t.letter !== null)) return null;
    if (head.length === 1 && /^[ai]$/.test(head[0]!.surface.toLowerCase())) return null;
    return `${head.map((t) => t.letter).join("")}${run[numberAt]!.digits}`;
  }
  // Letters and words joined ("a p i", "deep seek", "open a eye").
  return run.map((t) => t.letter ?? t.surface.toLowerCase()).join("");
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const lower = m[0].toLowerCase();
    const spoken = /^\p{L}+$/u.test(lower) ? numberWordsAt(text, m.index) : null;
    if (spoken && spoken.words >= 1 && !/^an?$/.test(lower)) {
      tokens.push({
        surface: m[0],
        start: m.index,
        end: m.index + spoken.length,
        letter: null,
        digits: String(spoken.value),
      });
      word.lastIndex = m.index + spoken.length;
      continue;
    }
    const letter = lower.length === 1 && /\p{L}/u.test(lower) ? lower : (LETTER_NAMES.get(lower) ?? null);
    tokens.push({ surface: m[0], start: m.index, end: m.index + m[0].length, letter, digits: null });
  }
  return tokens;
}
