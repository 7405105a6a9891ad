import { wordSet } from "../language/words.js";

// 38k words (lists/english-words.txt): read when first asked for, not at every start.
let english: ReadonlySet<string> | null = null;

/** An ordinary English word ("morning", "editor"), lowercase: not a typo of a word the story uses, nor a name. */
export const isEnglishWord = (word: string): boolean => {
  english ??= wordSet("english-words");
  return english.has(word);
};
