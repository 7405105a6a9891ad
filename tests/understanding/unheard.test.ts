import { describe, expect, it } from "vitest";
import { toTerms } from "../../src/text/terms.js";
import { createUnheard } from "../../src/understanding/unheard.js";

const STORY = ["nvidia", "deepseek", "shares", "fell", "monday"];
const storyTerms = new Set(STORY.flatMap((w) => toTerms(w)));
const unheard = createUnheard(STORY, (t) => storyTerms.has(t));
const read = (text: string) => unheard(text.split(/\s+/).map((surface) => ({ surface, corrected: false })));

describe("words nobody has heard of in a question", () => {
  it("finds a lowercase name the story never uses", () => {
    expect(read("how far did broadcom and tsmc fall")).toEqual(["broadcom", "tsmc"]);
  });

  it("leaves out the story's own words", () => {
    expect(read("how far did nvidia shares fall")).toEqual([]);
  });

  it("leaves out a typo of a story word", () => {
    expect(read("how far did nvida fall")).toEqual([]);
  });

  it("leaves out English words in any of their spellings", () => {
    expect(read("my favorite skeptics say so")).toEqual([]);
  });

  it("leaves out two English words run together", () => {
    expect(read("howmany chips")).toEqual([]);
  });

  it("leaves out the calendar", () => {
    expect(read("what happened tuesday in february")).toEqual([]);
  });

  it("leaves out a word the speller already replaced", () => {
    expect(unheard([{ surface: "zqxv", corrected: true }])).toEqual([]);
  });
});
