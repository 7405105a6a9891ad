import { beforeAll, describe, expect, it } from "vitest";
import { BindingReader } from "../../src/claims/binding.js";
import { sameFigure } from "../../src/claims/bindingRules.js";
import { FigureReader } from "../../src/claims/figureReading.js";
import type { CheckResult } from "../../src/claims/types.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { writeStory } from "../helpers/storyFolder.js";

/* A price per a length of time, and words naming the figure itself. The story: a drone maker, Vantor, whose test
 * flights are priced at an assumed rental rate per K40 GPU-hour. */

const ARTICLE = "Vantor says testing the VX-9 cost only $0.12 million.";
const NOTES: Record<string, string> = {
  pricing: "The Vantor Test Report prices the VX-9's testing at an assumed rental rate of $3 per K40 GPU-hour.",
  testing: "The VX-9's testing took 40K K40 GPU-hours in total, or $0.12 million.",
};

let corpus: Corpus;
let binding: BindingReader;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  corpus = await loadCorpus(dir, dir);
  binding = new BindingReader(corpus);
});

/** Whether every figure of the statement is found in the notes bound as the statement binds it. */
function holds(statement: string): boolean {
  const result: CheckResult = {
    statement,
    verdict: "supported",
    claimId: null,
    explanation: "",
    articleExcerpt: null,
    evidence: [],
  };
  return binding.check(statement, FigureReader.of(corpus).bind(statement), result, []).holds;
}

describe("a price per a length of time", () => {
  it("reads the time unit whether a name stands between or it is written short", () => {
    const reader = FigureReader.of(corpus);
    const [named] = reader.bind("rented at $3 per K40 GPU-hour");
    const [short] = reader.bind("rented at $3/GPU-hr");
    const [plain] = reader.bind("rented at $3 per GPU-hour");
    expect(named!.value.per).toBe("hour");
    expect(short!.value.per).toBe("hour");
    expect(sameFigure(named!.value, short!.value)).toBe(true);
    expect(sameFigure(named!.value, plain!.value)).toBe(true);
  });

  it("is not the same figure as a price per day, nor as a bare amount", () => {
    const reader = FigureReader.of(corpus);
    const [hour] = reader.bind("rented at $3 per K40 GPU-hour");
    const [day] = reader.bind("rented at $3 per GPU-day");
    expect(sameFigure(hour!.value, day!.value)).toBe(false);
  });

  it("supports a rate stated with the chip's name left out", () => {
    expect(holds("the testing cost assumes $3 per GPU-hour rental")).toBe(true);
    expect(holds("the testing cost assumes $3 per GPU-day rental")).toBe(false);
  });
});

describe("words naming the figure itself", () => {
  it("end what the figure is of: the verb after 'number' or 'figure' binds nothing", () => {
    const reader = FigureReader.of(corpus);
    expect(reader.bind("the $0.12M number assumes rental")[0]!.after).toEqual([]);
    expect(reader.bind("the $0.12M figure assumes rental")[0]!.after).toEqual([]);
  });

  it("let a statement about the figure's basis be confirmed", () => {
    expect(holds("the $0.12M number assumes $3 per GPU-hour rental")).toBe(true);
  });
});
