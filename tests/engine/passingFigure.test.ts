import { describe, expect, it } from "vitest";
import { passingUnasked } from "../../src/text/passingFigure.js";

// A figure given as a passing reading ("touched an intraday low") does not lead an answer to a question that asks
// where a figure settled; it still may when the asker wants that moment.
const DIP = "Voltaris shares touched an intraday low of 15.10 euros, a fall of 12%, before recovering.";
const CLOSE = "Voltaris shares closed 9% lower at 16.90 euros on Wednesday.";

describe("a figure read in passing", () => {
  it("marks a passing reading the question does not ask for", () => {
    expect(passingUnasked("how far did voltaris fall on wednesday?", DIP)).toBe(true);
  });

  it("leaves a settled figure alone", () => {
    expect(passingUnasked("how far did voltaris fall on wednesday?", CLOSE)).toBe(false);
  });

  it("keeps a passing reading the question asks for", () => {
    expect(passingUnasked("how low did voltaris go intraday?", DIP)).toBe(false);
  });
});
