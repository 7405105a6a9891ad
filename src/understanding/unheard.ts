import { wordSet } from "../language/words.js";
import { once } from "../once.js";
import { isChatNoise } from "../text/chat.js";
import { remembered } from "../text/remembered.js";
import { STOPWORDS, toTerms } from "../text/terms.js";
import { english, isEnglishWord } from "./english.js";
import { nearestIn } from "./spelling.js";

/** A word of the question as read: its surface, and whether the speller replaced it. */
interface ReadWord {
  surface: string;
  corrected: boolean;
}

/** Ordinary words the English list leaves out: the calendar and the other capitalised words that name nobody. */
const calendar = once(() => new Set([...wordSet("days"), ...wordSet("common-capitals")].map((w) => w.toLowerCase())));
const ordinary = (w: string) => isEnglishWord(w) || calendar().has(w);
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/**
 * Finds the words of a question proper that look like names the story never uses, written in lowercase as chat writes
 * them ("how far did broadcom and tsmc fall", "what did they post on tiktok"): no word of the story, of English or of
 * chat, not a typo of one ("nvida", "artical"), and not two of them run together ("howmany", "bloodbath"). A
 * capitalised one is already an unknown name; this finds the rest.
 */
export function createUnheard(storyWords: Iterable<string>, known: (term: string) => boolean) {
  // Words by length, for typos: built with the first word that is no word at all, which most questions never have.
  const byLength = once(() => {
    const lists = new Map<number, string[]>();
    for (const word of new Set([...english(), ...calendar(), ...storyWords])) {
      if (!/^\p{L}+$/u.test(word)) continue;
      const list = lists.get(word.length) ?? [];
      list.push(word);
      lists.set(word.length, list);
    }
    return lists;
  });
  const isWord = (w: string) => ordinary(w) || ordinary(w.replace(/e?s$/, "")) || toTerms(w).some(known);
  // A typo keeps its first letter, as the speller assumes. Questions repeat their words: each is worked out once.
  const isTypo = remembered((w: string) => nearestIn(w, byLength(), NO_COUNTS, w.length >= 8 ? 2 : 1) !== null, 2_000);
  const runTogether = (w: string) => {
    for (let i = 3; i <= w.length - 3; i++) if (ordinary(w.slice(0, i)) && ordinary(w.slice(i))) return true;
    return false;
  };
  return (words: readonly ReadWord[]): string[] =>
    words
      .filter(({ surface, corrected }) => {
        const w = surface.toLowerCase();
        return (
          !corrected &&
          /^\p{L}{3,}$/u.test(w) &&
          !STOPWORDS.has(w) &&
          !isChatNoise(w) &&
          !isWord(w) &&
          !runTogether(w) &&
          !isTypo(w)
        );
      })
      .map((w) => w.surface);
}
