import { describe, expect, it } from "vitest";
import { STOPWORDS, toTerms } from "../../src/text/terms.js";
import { distinctTerms, spanTerms, withoutFrame } from "../../src/understanding/groupTerms.js";

const FRAME = new Set(["know", "thing"]);

describe("a group's terms, built with loops", () => {
  it("are the typed words' terms and the corrected words' stems, without frame words or stopwords", () => {
    const span = [
      { surface: "deepseek-r1", stem: "deepseek-r1", corrected: false },
      { surface: "thing", stem: "thing", corrected: true },
      { surface: "the", stem: "the", corrected: true },
      { surface: "nvidia", stem: "nvidia", corrected: true },
    ];
    const chained = span
      .flatMap((w) => (w.corrected ? (STOPWORDS.has(w.stem) ? [] : [w.stem]) : toTerms(w.surface)))
      .filter((t) => !FRAME.has(t));
    expect(spanTerms(span, FRAME)).toEqual(chained);
    expect(chained).toContain("nvidia");
  });

  it("drop frame words from each alternative, and alternatives left empty, without touching the given ones", () => {
    const alternatives = [["know"], ["cost", "thing"], ["price"]];
    expect(withoutFrame(alternatives, FRAME)).toEqual([["cost"], ["price"]]);
    expect(alternatives[1]).toEqual(["cost", "thing"]);
  });

  it("are each term once, in the order first met", () => {
    expect(distinctTerms([["r1", "cost"], ["cost", "price"], ["r1"]])).toEqual(["r1", "cost", "price"]);
  });
});
