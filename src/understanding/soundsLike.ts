import { doubleMetaphone } from "double-metaphone";
import { wordList } from "../language/words.js";
import { once } from "../once.js";
import { isChatNoise } from "../text/chat.js";
import { remembered } from "../text/remembered.js";
import { STOPWORDS } from "../text/terms.js";
import { isEnglishWord } from "./english.js";

/** Words dictation writes for a letter's name said before the rest of a name: "in video" for NVIDIA ("en-vidia"). */
const LETTER_SOUNDS = new Set(wordList("letter-sounds"));

/** A word that may be part of a name heard as words: no small word ("how does"), no chat, no lone letter. */
const nameWord = (w: string) => w.length >= 2 && !STOPWORDS.has(w) && !isChatNoise(w);

/**
 * Finds the story's name a run of words sounds like, as dictation splits a name it does not know into words it
 * does: "strata cherry" is Stratechery, "in video" NVIDIA. Names are compared by their Double Metaphone codes, and
 * only names of five letters or more that are no English word: codes leave out vowels, so an ordinary word would
 * sound like too much ("heads", "nature").
 */
export function soundsLikeName(names: () => Iterable<string>): (run: readonly string[]) => string | null {
  // Built with the first run tried, not at start: it reads the English list, which a start from kept readings never needs.
  const byCode = once(() => {
    const codes = new Map<string, string>();
    for (const name of names()) {
      if (name.length < 5 || !/^\p{L}+$/u.test(name) || isEnglishWord(name)) continue;
      const [code] = doubleMetaphone(name);
      if (code.length >= 3 && !codes.has(code)) codes.set(code, name);
    }
    return codes;
  });
  // Every run of two or three words of every question is tried, and questions repeat: remembered, within a bound.
  const heard = remembered((said: string) => {
    const words = said.split(" ");
    const joined = words.join("");
    if (words.length < 2 || isEnglishWord(joined) || !/^\p{L}+$/u.test(joined)) return null;
    const [code] = doubleMetaphone(joined);
    if (words.every(nameWord)) return byCode().get(code) ?? null;
    // "in video": a vowel said for the name's first letter ("en" for N) is not part of the name.
    const spelt = LETTER_SOUNDS.has(words[0]!) && words.slice(1).every(nameWord) && code.startsWith("A");
    return spelt ? (byCode().get(code.slice(1)) ?? null) : null;
  }, 4_000);
  return (run) => heard(run.join(" ").toLowerCase());
}
