import { describe, expect, it } from "vitest";
import { stemWord } from "../../src/text/terms.js";
import { editDistance, Speller } from "../../src/understanding/spelling.js";

const words = ["nvidia", "training", "the", "what", "cost", "chip", "actually", "deepseek", "r1"];
const speller = new Speller(new Map(words.map((w) => [stemWord(w), 5])), new Set(["the", "what"].map(stemWord)), new Map(words.map((w) => [w, 5])));
const correct = (word: string) => speller.correctWord(word, stemWord(word));

describe("correcting misspelled words", () => {
  it.each([
    ["nvidai", "nvidia"],
    ["trainig", stemWord("training")],
    ["actualy", stemWord("actually")],
    ["deepseak", "deepseek"],
  ])("reads %j as %j", (typo, fixed) => {
    expect(correct(typo)).toBe(fixed);
  });

  it("swaps the letters of a short common word back", () => {
    expect(correct("teh")).toBe("the");
    expect(correct("waht")).toBe("what");
  });

  it("does not turn a short unknown word into a rare one", () => {
    expect(correct("cots")).toBeNull();
  });

  it("never corrects a name with digits", () => {
    expect(correct("r2")).toBeNull();
  });

  it("leaves a known word alone", () => {
    expect(correct("chip")).toBeNull();
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("nvidai", "nvidia", 2)).toBe(1);
  });
});
