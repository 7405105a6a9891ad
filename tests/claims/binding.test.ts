import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* A figure is checked with what it is bound to. The story: a drone maker, Vantor, its model VX-9, two benchmarks
 * and its share price; each note sentence below is written for one or two of the tests. */

const ARTICLE = "Vantor shares fell 4.2% in a single day after the VX-9 launch.";
const NOTES: Record<string, string> = {
  market:
    "Vantor shares fell 4.2% on Friday 14 March 2025. Vantor shares fell 11% on Monday 17 March 2025, the worst day since 2020.",
  benchmarks: "On the FlightBench test, the VX-9 scored 81.5%. On the HoverSuite test, the VX-9 scored 93.1%.",
  training: "Vantor trained the VX-9 for 3.1 million K40 hours.",
  launch: "Vantor released the VX-9 on 10 March 2025.",
  rivals: "The K40 is a flight computer; the K90 is its faster sibling, sold only in Europe.",
  pricing: "Vantor charges $0.40 per million input frames. Vantor charges $1.60 per million output frames.",
};

let checker: ClaimChecker;
let dir: string;
beforeAll(async () => {
  dir = await writeStory(ARTICLE, NOTES);
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

const check = (statement: string) => checker.check(statement);
const shown = (statement: string) => {
  const r = check(statement);
  return [r.articleExcerpt?.text, ...r.evidence.map((e) => e.text)].filter(Boolean).join(" ");
};

describe("a figure checked with what it is bound to", () => {
  it("supports a figure stated with the thing it belongs to", () => {
    expect(check("the VX-9 scored 81.5% on FlightBench").verdict).toBe("supported");
  });

  it("contradicts a score given for another benchmark, showing the benchmark's own score", () => {
    const r = check("the VX-9 scored 81.5% on HoverSuite");
    expect(r.verdict).toBe("contradicted");
    expect(shown("the VX-9 scored 81.5% on HoverSuite")).toMatch(/93\.1%/);
  });

  it("contradicts a figure bound to another thing of the same kind, showing what it is for", () => {
    const r = check("Vantor trained the VX-9 for 3.1 million K90 hours");
    expect(r.verdict).toBe("contradicted");
    expect(shown("Vantor trained the VX-9 for 3.1 million K90 hours")).toMatch(/K40 hours/);
  });

  it("contradicts a move in the other direction, showing which way it went", () => {
    const r = check("Vantor shares rose 4.2% on friday");
    expect(r.verdict).toBe("contradicted");
    expect(shown("Vantor shares rose 4.2% on friday")).toMatch(/fell 4\.2%/);
  });

  it("contradicts a figure given for another day, showing that day's", () => {
    const r = check("Vantor shares fell 4.2% on monday");
    expect(r.verdict).toBe("contradicted");
    expect(shown("Vantor shares fell 4.2% on monday")).toMatch(/11% on Monday/);
  });

  it("contradicts the same number in another unit of time", () => {
    expect(check("Vantor trained the VX-9 for 3.1 million K40 days").verdict).not.toBe("supported");
  });

  it("contradicts a wrong date for an event, showing the right one", () => {
    const r = check("Vantor released the VX-9 in february 2025");
    expect(r.verdict).toBe("contradicted");
    expect(shown("Vantor released the VX-9 in february 2025")).toMatch(/10 March 2025/);
  });

  it("supports the right date for an event", () => {
    expect(check("Vantor released the VX-9 in march 2025").verdict).toBe("supported");
  });

  it("contradicts a figure credited to the article that only the sources give", () => {
    const r = check("the article itself says Vantor shares fell 11%");
    expect(r.verdict).toBe("contradicted");
    expect(r.explanation).toMatch(/article doesn't say that/);
  });

  it("supports a figure credited to the article that the article gives", () => {
    expect(check("the article says Vantor shares fell 4.2% in a day").verdict).toBe("supported");
  });

  it("never supports a value no source states", () => {
    expect(check("the VX-9 scored 77.7% on FlightBench").verdict).not.toBe("supported");
  });
});

describe("the fitted check on a ✅", () => {
  const never = { ...ALWAYS, threshold: 1.01 };
  let doubting: ClaimChecker;
  beforeAll(async () => {
    const corpus = await loadCorpus(dir, dir);
    doubting = new ClaimChecker(corpus, createUnderstander(corpus), never);
  });

  it("gives no verdict when it is not sure enough of a ✅", () => {
    expect(doubting.check("the VX-9 scored 81.5% on FlightBench")).toMatchObject({
      verdict: "not_covered",
      evidence: [],
    });
  });

  it("leaves a contradiction as it is", () => {
    expect(doubting.check("the VX-9 scored 81.5% on HoverSuite").verdict).toBe("contradicted");
  });

  it("supports a price stated with what it is the price of", () => {
    expect(check("Vantor charges $1.60 per million output frames").verdict).toBe("supported");
  });

  it("does not call a price another thing's when the source only names the story's own subject with it", () => {
    expect(check("VX-9 api charges $1.60 per million output frames").verdict).not.toBe("contradicted");
  });

  it("does not support a price given for what the words after it say it is not", () => {
    expect(check("Vantor charges $1.60 per million input frames").verdict).not.toBe("supported");
  });

  it("says how sure it was of a ✅ it shows", () => {
    expect(check("the VX-9 scored 81.5% on FlightBench").confidence?.p).toBeGreaterThan(0);
  });
});
