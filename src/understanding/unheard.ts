import { wordSet } from "../language/words.js";
import { once } from "../once.js";
import { isChatNoise } from "../text/chat.js";
import { remembered } from "../text/remembered.js";
import { STOPWORDS, toTerms } from "../text/terms.js";
import { english } from "./english.js";
import { editDistance } from "./spelling.js";

/** A word of the question as read: its surface, and whether the speller replaced it. */
interface ReadWord {
  surface: string;
  corrected: boolean;
}

/** Ordinary words the English list leaves out: the calendar and the other capitalised words that name nobody. */
const ordinary = once(
  () => new Set([...english(), ...wordSet("days"), ...wordSet("common-capitals")].map((w) => w.toLowerCase())),
);

/**
 * Finds the words of a question proper that look like names the story never uses, written in lowercase as chat writes
 * them ("how far did broadcom and tsmc fall", "what did they post on tiktok"): no word of the story, of English or of
 * chat, not a typo of one ("nvida", "artical"), and not two of them run together ("howmany", "bloodbath"). A
 * capitalised one is already an unknown name; this finds the rest.
 */
export function createUnheard(storyWords: Iterable<string>, known: (term: string) => boolean) {
  // Words by first letter and length, for typos (a typo keeps its first letter, as the speller assumes): built with
  // the first word that is no word at all, which most questions never have.
  const byStart = once(() => {
    const lists = new Map<string, string[]>();
    for (const word of new Set([...ordinary(), ...storyWords])) {
      if (!/^\p{L}+$/u.test(word)) continue;
      const key = `${word[0]}${word.length}`;
      const list = lists.get(key) ?? [];
      list.push(word);
      lists.set(key, list);
    }
    return lists;
  });
  const isWord = (w: string) => ordinary().has(w) || ordinary().has(w.replace(/e?s$/, "")) || toTerms(w).some(known);
  // Questions repeat their words: each is worked out once, within a bound.
  const isTypo = remembered((w: string) => {
    const limit = w.length >= 8 ? 2 : 1;
    for (let len = w.length - limit; len <= w.length + limit; len++)
      for (const candidate of byStart().get(`${w[0]}${len}`) ?? [])
        if (editDistance(w, candidate, limit) <= limit) return true;
    return false;
  }, 2_000);
  const runTogether = (w: string) => {
    for (let i = 3; i <= w.length - 3; i++)
      if (ordinary().has(w.slice(0, i)) && ordinary().has(w.slice(i))) return true;
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
