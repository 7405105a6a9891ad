import { describe, expect, it } from "vitest";
import { AnswerMemo, normaliseQuestion } from "../../src/engine/memo.js";
import type { Answer } from "../../src/engine/types.js";

const answer = (q: string): Answer => ({ question: q, declined: false, answer: q, quotes: [], retrieved: [], mode: "extractive", timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 } });

describe("remembering answers to repeated questions", () => {
  it("treats questions differing only in case, spacing and final punctuation as one", () => {
    expect(normaliseQuestion("  How far did  NVIDIA fall?? ")).toBe(normaliseQuestion("how far did nvidia fall"));
  });

  it("forgets the least recently used answer when full", () => {
    const memo = new AnswerMemo(2);
    memo.set("a", answer("a"));
    memo.set("b", answer("b"));
    memo.get("a");
    memo.set("c", answer("c"));
    expect([memo.get("a")?.answer, memo.get("b"), memo.get("c")?.answer]).toEqual(["a", undefined, "c"]);
  });
});
