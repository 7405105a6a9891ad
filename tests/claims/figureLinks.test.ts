import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/checker.js";
import type { CheckResult } from "../../src/claims/types.js";
import { valuesIn } from "../../src/text/values.js";
import { storyChecker } from "../helpers/storyChecker.js";

/* Figures bound by more than the names nearest them: a figure put another way ("1840, the 91.2 percentile"), the two
 * ends of a move ("rose from 22.5% to 64.0%"), the phrase a sentence opens with ("On the HarbourRun trial, …"), and
 * the two sides of a comparison ("x beat y, 1905 vs 1840"). The story: a ferry line, Tidewell, its boat TW-3 and a
 * rival boat, the Kestrel-K2-0611. */

const ARTICLE = "Tidewell's TW-3 ferry did well in sea trials, the company said.";
const NOTES: Record<string, string> = {
  trials:
    "On HarbourRun, the TW-3 reached a rating of 1840, the 91.2 percentile, and the Kestrel-K2-0611 reached 1905, the 93.4 percentile.",
  fuel: "The TW-3's pass@1 fuel score on the StormLap course rose from 22.5% to 64.0% over the course of sea trials.",
  office: "Tidewell opened its Lisbon office in May 2024.",
  fares: "Tidewell charges $3.50 per thousand passenger miles.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  checker = await storyChecker(ARTICLE, NOTES);
});

const shown = (r: CheckResult) => [r.articleExcerpt?.text, ...r.evidence.map((e) => e.text)].filter(Boolean).join(" ");

describe("a figure put another way", () => {
  it("supports a percentile that restates the boat's own rating", () => {
    expect(checker.check("the TW-3 hit the 91.2 percentile on harbourrun").verdict).toBe("supported");
  });

  it("never supports the rival's percentile given to the boat", () => {
    const r = checker.check("the TW-3 hit the 93.4 percentile on harbourrun");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/91\.2 percentile/);
  });

  it("reads the rival's dated version as the rival", () => {
    expect(checker.check("the kestrel-k2 hit the 93.4 percentile on harbourrun").verdict).toBe("supported");
  });
});

describe("the phrase a sentence opens with", () => {
  it("binds every figure of the sentence, not only the nearest", () => {
    expect(checker.check("the kestrel-k2 got a harbourrun rating of 1905").verdict).toBe("supported");
  });
});

describe("the two ends of a move", () => {
  it("supports a move stated the way it went", () => {
    expect(checker.check("the TW-3's stormlap fuel score rose from 22.5% to 64%").verdict).toBe("supported");
  });

  it("contradicts a move told backwards", () => {
    const r = checker.check("the TW-3's stormlap fuel score dropped from 64% down to 22.5%");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/rose from 22\.5% to 64\.0%/);
  });
});

describe("the two sides of a comparison", () => {
  it("supports the sides in the order they are named", () => {
    expect(checker.check("the kestrel-k2 beat the TW-3 on harbourrun, 1905 vs 1840").verdict).toBe("supported");
  });

  it("contradicts the sides swapped", () => {
    expect(checker.check("the TW-3 beat the kestrel-k2 on harbourrun, 1905 vs 1840").verdict).toBe("contradicted");
  });
});

describe("a figure compared with something named after it", () => {
  it("is of what the statement says it is of, not of what it is compared with", () => {
    expect(checker.check("the TW-3 got a harbourrun rating of 1840, just below the kestrel-k2").verdict).toBe(
      "supported",
    );
  });
});

describe("numbers that are not figures of their own", () => {
  it("reads 'a rating of 2029' as a rating, not a year", () => {
    expect(valuesIn("it reached a rating of 2029").map((v) => v.kind)).toEqual(["count"]);
  });

  it("still reads 'the end of 2024' as a year", () => {
    expect(valuesIn("by the end of 2024").map((v) => v.kind)).toEqual(["date"]);
  });

  it("reads no figure in a metric's name ('pass@1')", () => {
    expect(valuesIn("its pass@1 score")).toEqual([]);
  });

  it("reads no unit into 'vs' between two figures", () => {
    expect(valuesIn("2061 vs 2029").map((v) => v.unit)).toEqual(["", ""]);
  });
});
