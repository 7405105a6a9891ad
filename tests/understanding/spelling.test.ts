import { describe, expect, it } from "vitest";
import { STOPWORDS, stemWord } from "../../src/text/terms.js";
import { editDistance, Speller } from "../../src/understanding/spelling.js";

// Built as createUnderstander builds it: the story's stems, the stopwords' stems as the only targets for short
// words, and the story's whole words.
const WORDS = [
  "nvidia",
  "training",
  "the",
  "what",
  "how",
  "cost",
  "chip",
  "chips",
  "shares",
  "export",
  "controls",
  "deepseek",
  "actually",
  "r1",
];
const speller = new Speller(
  new Map(WORDS.map((w) => [stemWord(w), 5])),
  new Set([...STOPWORDS].map(stemWord)),
  new Map(WORDS.map((w) => [w, 5])),
);
const correct = (word: string) => speller.correctWord(word, stemWord(word));

describe("correcting misspelled words", () => {
  it.each([
    ["nvidai", "nvidia"],
    ["trainig", stemWord("training")],
    ["trianing", stemWord("training")],
    ["contorls", stemWord("controls")],
    ["deepseak", "deepseek"],
    ["actualy", stemWord("actually")],
  ])("reads %j as the stem %j", (typo, stem) => {
    expect(correct(typo)).toBe(stem);
  });

  it.each([
    ["teh", "the"],
    ["waht", "what"],
    ["hwo", "how"],
  ])("swaps the letters of the short common word %j back to %j", (typo, word) => {
    expect(correct(typo)).toBe(word);
  });

  it("does not turn a short unknown word into a rarer word of the story", () => {
    expect(correct("cots")).toBeNull();
  });

  it.each(["r2", "h20", "gpt5"])("never corrects %j, a name with digits", (word) => {
    expect(correct(word)).toBeNull();
  });

  it.each(["chip", "chips", "training", "the"])("leaves the known word %j alone", (word) => {
    expect(correct(word)).toBeNull();
  });

  it("leaves a word with no near neighbour alone", () => {
    expect(correct("lasagna")).toBeNull();
  });

  it("corrects a stem alone when no whole words are given", () => {
    const stemsOnly = new Speller(new Map(WORDS.map((w) => [stemWord(w), 5])), new Set([...STOPWORDS].map(stemWord)));
    expect(stemsOnly.correct(stemWord("nvidai"))).toBe("nvidia");
  });

  it("knows the stems of its vocabulary", () => {
    expect([speller.knows("chip"), speller.knows("lasagna")]).toEqual([true, false]);
  });
});

describe("edit distance", () => {
  it.each([
    ["nvidai", "nvidia", 1],
    ["trainig", "training", 1],
    ["cost", "cost", 0],
    ["chip", "ship", 1],
  ])("counts %j to %j as %i edit(s), a swap of two letters as one", (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it("gives up once the distance exceeds the limit", () => {
    expect(editDistance("deepseek", "nvidia", 2)).toBe(3);
  });
});
