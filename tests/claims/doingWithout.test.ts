import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/checker.js";
import { storyChecker } from "../helpers/storyChecker.js";

/* Doing without something, said two ways: "skipped the sea trials" is what "with no sea trials" says. The story:
 * Tidewell's TW-3 ferry. */

const ARTICLE = "Tidewell's TW-3 ferry entered service this spring.";
const NOTES: Record<string, string> = {
  trials: "Tidewell put the TW-3 straight into service with no sea trials beforehand.",
  yard: "Tidewell built the TW-3 at a shipyard in Oslo.",
  fares: "A TW-3 ticket costs $12.",
  staff: "Tidewell employs 300 sailors.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  checker = await storyChecker(ARTICLE, NOTES);
});

describe("doing without something", () => {
  it("is not contradicted by a source saying there was none", () => {
    expect(checker.check("tidewell skipped sea trials and put the tw-3 straight into service").verdict).not.toBe(
      "contradicted",
    );
  });
});
