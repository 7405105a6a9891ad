import { wordSet } from "../language/words.js";
import { once } from "../once.js";

// 38k words (lists/english-words.txt): read when first asked for, not at every start.
export const english = once(() => wordSet("english-words"));

/** An ordinary English word ("morning", "editor"), lowercase: not a typo of a word the story uses, nor a name. */
export const isEnglishWord = (word: string): boolean => english().has(word);
