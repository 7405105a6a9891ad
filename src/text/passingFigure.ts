import { wordPattern } from "../language/words.js";
import { remembered } from "./remembered.js";

/** "An intraday low of", "at one point", "briefly": words that make a figure a passing reading (lists/passing-figures). */
const PASSING = wordPattern("passing-figures");

/**
 * Whether a sentence gives a figure in passing, remembered by sentence: the same candidate sentences are read for
 * question after question, and the pattern has many alternatives to try at every word.
 */
const inPassing = remembered((sentence) => PASSING.test(sentence), 20_000);

/**
 * True when a sentence gives its figure as a passing reading ("touched an intraday low of …, a fall of 3.58%") and
 * the question asks for no such moment: "how far did it fall" wants where the price closed, not where it dipped to.
 */
export function passingUnasked(question: string, sentence: string): boolean {
  return inPassing(sentence) && !PASSING.test(question);
}
