import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/checker.js";
import { storyChecker } from "../helpers/storyChecker.js";

/* A figure given as a passing reading (an intraday low) confirms no claim about where the day ended. The story:
 * Tidewell's shares on one Friday. */

const ARTICLE = "Tidewell shares fell 4.1% on Friday after the TW-3 launch.";
const NOTES: Record<string, string> = {
  close: "Tidewell shares closed 4.1% lower on Friday, Wire reported.",
  low: "During Friday's trading, Tidewell shares touched an intraday low, a fall of 6.2%.",
  yard: "Tidewell built the TW-3 at a shipyard in Oslo.",
  staff: "Tidewell employs 300 sailors.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  checker = await storyChecker(ARTICLE, NOTES);
});

describe("a figure given in passing", () => {
  it("does not confirm a claim about how far the day's fall went", () => {
    expect(checker.check("tidewell shares fell 6.2% on friday").verdict).not.toBe("supported");
  });

  it("confirms a claim that asks for the passing moment", () => {
    expect(checker.check("tidewell shares touched an intraday low 6.2% down on friday").verdict).toBe("supported");
  });
});
