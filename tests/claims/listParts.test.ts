import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/checker.js";
import { storyChecker } from "../helpers/storyChecker.js";

/* What a thing is said to be, beside a list that names two things and what each is: "the K-20, the Blackline
 * hydrofoil, and the K-40, the Redline catamaran". The story: Tidewell's ferries. */

const ARTICLE = "Tidewell's new ferry, the TW-3, sails between Bergen and Stavanger.";
const NOTES: Record<string, string> = {
  nearest: "The ferries nearest the TW-3 are the K-20, the Blackline hydrofoil, and the K-40, the Redline catamaran.",
  yard: "Tidewell built the TW-3 at a shipyard in Oslo.",
  fares: "A TW-3 ticket costs $12.",
  staff: "Tidewell employs 300 sailors.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  checker = await storyChecker(ARTICLE, NOTES);
});

describe("what a thing is said to be, beside a list of things", () => {
  it("is what the list puts beside that thing", () => {
    expect(checker.check("the k-20 is a blackline hydrofoil").verdict).toBe("supported");
  });

  it("is not what the list puts beside another thing", () => {
    expect(checker.check("the k-20 is a redline catamaran").verdict).not.toBe("supported");
  });
});
