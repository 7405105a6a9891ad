import { describe, expect, it } from "vitest";
import { numberWordsAt } from "../../src/text/amountWords.js";

describe("number words", () => {
  it("reads a run of number words as its value", () => {
    expect(numberWordsAt("about eight hundred chips", 6)).toEqual({ value: 800, length: 13, words: 2 });
  });

  it("reads no number where the first word is none", () => {
    expect(numberWordsAt("chips eight hundred", 0)).toBeNull();
  });

  it("reads no number in a word every object has as a property", () => {
    expect(numberWordsAt("constructor two", 0)).toBeNull();
  });
});
