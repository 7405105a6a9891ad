import { describe, expect, it } from "vitest";
import { groupLevel, matchShare, saysGroup } from "../../src/text/sentenceScore.js";

const terms = new Set(["nvidia", "share", "fall", "drop"]);
const group = (...alternatives: string[][]) => ({ alternatives, weight: 1 });

describe("how well a sentence's terms say a group", () => {
  it("is 1 when they hold every term of the asker's own words", () => {
    expect(groupLevel(terms, group(["nvidia", "share"], ["stock"]))).toBe(1);
  });

  it("is a little less when only a synonym's terms are all there", () => {
    expect(groupLevel(terms, group(["tank"], ["stock"], ["drop"]))).toBe(0.92);
  });

  it("is 0 when no alternative is there in full, and an empty alternative says nothing", () => {
    expect(groupLevel(terms, group(["nvidia", "chip"], []))).toBe(0);
    expect(groupLevel(terms, group())).toBe(0);
  });

  it("says the group through any complete alternative, own or synonym", () => {
    expect(saysGroup(terms, group(["tank"], ["drop"]))).toBe(true);
    expect(saysGroup(terms, group(["tank"], []))).toBe(false);
  });
});

describe("the share of a question's groups a sentence says", () => {
  it("weighs each group by its weight, a group of no weight counting for nothing", () => {
    const groups = [
      { alternatives: [["nvidia"]], weight: 3 },
      { alternatives: [["chip"]], weight: 1 },
      { alternatives: [["fall"]], weight: 0 },
    ];
    expect(matchShare(terms, groups)).toBe(0.75);
  });
});
