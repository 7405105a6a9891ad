import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wordList, wordPattern, wordSet } from "../../src/language/words.js";

const LISTS = readdirSync(new URL("../../src/language/lists/", import.meta.url)).map((f) => f.replace(/\.txt$/, ""));

describe("word lists", () => {
  it.each(LISTS)("%s has entries, all lowercase and none repeated", (name) => {
    const entries = wordList(name);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e === e.toLowerCase())).toBe(true);
    expect(new Set(entries).size).toBe(entries.length);
  });

  it("leaves comments and blank lines out", () => {
    expect(wordList("saying").some((e) => e.startsWith("#") || e === "")).toBe(false);
  });

  it("matches an entry with an open ending in any of its forms", () => {
    const saying = wordPattern("saying");
    expect(saying.test("Analysts estimated the cost")).toBe(true);
    expect(saying.test("the estimate was low")).toBe(true);
  });

  it("matches whole words only", () => {
    expect(wordPattern("falling").test("the dropdown menu")).toBe(false);
    expect(wordPattern("falling").test("shares plunged 17%")).toBe(true);
  });

  it("matches a phrase across any white space", () => {
    expect(wordPattern("saying").test("as Cantor pointed   out")).toBe(true);
  });

  it("joins several lists into one pattern", () => {
    const either = wordPattern(["rising", "falling"]);
    expect(either.test("it rallied")).toBe(true);
    expect(either.test("it tanked")).toBe(true);
  });

  it("gives a set of the exact entries", () => {
    expect(wordSet("thanks").has("ty")).toBe(true);
    expect(wordSet("thanks").has("typo")).toBe(false);
  });
});
