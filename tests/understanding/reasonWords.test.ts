import { describe, expect, it } from "vitest";
import { factKinds } from "../../src/text/facts.js";
import { carriesKind } from "../../src/understanding/evidence.js";

// A writer naming the cause of a move answers "why" (lists/reasons.txt), whatever the story.
describe("a cause named by a writer", () => {
  it("answers why when the writer ties the move to something", () => {
    expect(carriesKind(factKinds("The Ledger tied Voltaris's fall to the failed HydroLoop test."), "reason")).toBe(
      true,
    );
  });

  it("answers why when analysts blame something", () => {
    expect(carriesKind(factKinds("Analysts blamed the recall for the slide in Voltaris shares."), "reason")).toBe(true);
  });

  it("does not answer why with a bare figure", () => {
    expect(carriesKind(factKinds("Voltaris shares fell 9% on Wednesday."), "reason")).toBe(false);
  });
});
