import { describe, expect, it } from "vitest";
import { normaliseQuestion } from "../../src/engine/memo.js";

describe("remembering answers to repeated questions", () => {
  it("treats questions differing only in case, spacing and final punctuation as one", () => {
    expect(normaliseQuestion("  How far did  NVIDIA fall?? ")).toBe(normaliseQuestion("how far did nvidia fall"));
  });

  it("keeps questions with different words apart", () => {
    expect(normaliseQuestion("how far did nvidia fall")).not.toBe(normaliseQuestion("how far did nvidia rise"));
  });
});
