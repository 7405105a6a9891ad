import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/engine/types.js";
import { percentile, scoreCase, summarise } from "../../src/eval/metrics.js";

const ROOT = new URL("../fixtures", import.meta.url).pathname;

function answer(over: Partial<Answer>): Answer {
  return { question: "q", declined: false, answer: "", quotes: [], retrieved: [], mode: "extractive", timings: { retrieveMs: 0, answerMs: 0, totalMs: 1 }, ...over };
}

const verbatim = { text: "Shares of the chip maker fell 3.12% in a single day.", docId: "article", title: "t", url: null, path: "knowledge/article.md", start: 0, end: 0 };

describe("scoring one case", () => {
  it("counts an answer right when every pattern matches the reply", () => {
    const r = scoreCase({ id: "a", question: "q", in_scope: true, expect: ["3[.,]12", "single day"] }, answer({ quotes: [verbatim] }), "fell 3.12% in a single day", ROOT);
    expect(r).toMatchObject({ answerHit: true, verbatimQuotes: 1 });
  });

  it("counts a reply longer than one Discord message as wrong", () => {
    const r = scoreCase({ id: "a", question: "q", in_scope: true, expect: ["3"] }, answer({}), `3 ${"x".repeat(4001)}`, ROOT);
    expect(r.answerHit).toBe(false);
    expect(r.failure).toMatch(/too long/);
  });

  it("finds a quote in its file even when line breaks differ, and not an altered one", () => {
    const split = { ...verbatim, text: "Shares of the chip maker\nfell 3.12%" };
    const altered = { ...verbatim, text: "Shares of the chip maker fell 4.12%" };
    const r = scoreCase({ id: "a", question: "q", in_scope: true, expect: [] }, answer({ quotes: [split, altered] }), "", ROOT);
    expect(r.verbatimQuotes).toBe(1);
  });

  it("checks retrieval against the top passages' text", () => {
    const r = scoreCase({ id: "a", question: "q", in_scope: true, expect: ["H800"] }, answer({ retrieved: [{ docId: "x", path: "p", text: "2,048 H800 GPUs", score: 1 }] }), "", ROOT);
    expect(r.retrievalHit).toBe(true);
  });
});

describe("summarising a run", () => {
  it("computes each metric by its definition", () => {
    const base = { question: "q", replyChars: 10, latencyMs: 1, quotes: 1, verbatimQuotes: 1, failure: null, retrievalHit: true, answerHit: true };
    const m = summarise([
      { ...base, id: "1", inScope: true, declined: false },
      { ...base, id: "2", inScope: true, declined: true, answerHit: false, retrievalHit: false },
      { ...base, id: "3", inScope: false, declined: true, answerHit: false, retrievalHit: false, quotes: 0, verbatimQuotes: 0 },
    ]);
    expect(m).toMatchObject({ retrieval_recall_at_k: 0.5, answer_accuracy: 0.5, decline_accuracy: 1, false_decline_rate: 0.5, quote_verbatim_rate: 1 });
  });

  it("takes percentiles by rank", () => {
    expect([percentile([1, 2, 3, 4], 50), percentile([1, 2, 3, 4], 95)]).toEqual([2, 4]);
  });
});
