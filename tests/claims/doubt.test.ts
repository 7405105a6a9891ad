import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import type { Decision } from "../../src/fit/decisions.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* What the checker says when the sources cannot carry a ✅: a figure only reported as unverified, a figure found
 * without the "only" the statement puts on it. The story: a drone maker, Vantor, and its VX-9. */

const ARTICLE = "Vantor launched the VX-9 drone this week.";
const NOTES: Record<string, string> = {
  gazette: "The Gazette reportedly said Vantor spent $2 million building the VX-9 prototype (unverified).",
  filing: "Vantor's filing says the VX-9 was trained for 40,000 flight hours.",
};

/** A fitted ✅ check that is never sure enough. */
const NEVER: Decision = { ...ALWAYS, threshold: 2 };

let corpus: Corpus;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  corpus = await loadCorpus(dir, dir);
});

const checker = (gate: Decision) => new ClaimChecker(corpus, createUnderstander(corpus), gate);

describe("when the sources cannot carry a ✅", () => {
  it("calls a figure unverified when the only note sentence giving it is marked unverified", () => {
    const r = checker(ALWAYS).check("Vantor spent $2 million building the VX-9 prototype");
    expect(r.verdict).toBe("unverified");
    expect(r.evidence.map((e) => e.docId)).toEqual(["gazette"]);
  });

  it("calls a found figure nuanced, not supported, when the statement says it is the only one and the check doubts it", () => {
    expect(checker(NEVER).check("the VX-9 was trained for only 40,000 flight hours").verdict).toBe("nuanced");
  });

  it("calls a found figure nuanced when the statement says it is the only one, however sure the check", () => {
    expect(checker(ALWAYS).check("the VX-9 was trained for only 40,000 flight hours").verdict).toBe("nuanced");
  });

  it("calls a found figure nuanced when the statement says it was just the one thing", () => {
    expect(checker(ALWAYS).check("the 40,000 flight hours were just the training of the VX-9").verdict).toBe("nuanced");
  });

  it("reads a remark that the statement before it was all there is as qualifying that statement", () => {
    const report = checker(ALWAYS).checkMessage("the VX-9 was trained for 40,000 flight hours. that's everything.");
    expect(report.results.map((r) => r.verdict)).toEqual(["nuanced"]);
  });

  it("reads a clause limiting the statement before it as qualifying that statement", () => {
    const report = checker(ALWAYS).checkMessage("the VX-9 was trained for 40,000 flight hours, but only at night");
    expect(report.results.map((r) => r.verdict)).toEqual(["nuanced"]);
  });

  it("gives no verdict on a found figure the check doubts when the statement claims nothing exclusive", () => {
    expect(checker(NEVER).check("the VX-9 was trained for 40,000 flight hours").verdict).toBe("not_covered");
  });
});
