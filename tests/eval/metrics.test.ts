import { describe, expect, it } from "vitest";
import type { Answer, Excerpt } from "../../src/engine/types.js";
import { byKind, byTag, percentile, scoreCase, summarise, summariseClaims } from "../../src/eval/metrics.js";

const ROOT = new URL("../fixtures", import.meta.url).pathname;

function answer(over: Partial<Answer>): Answer {
  return {
    question: "q",
    declined: false,
    answer: "",
    lines: [],
    excerpts: [],
    suggestions: [],
    retrieved: [],
    mode: "extractive",
    subject: [],
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 1 },
    ...over,
  };
}

const verbatim: Excerpt = {
  kind: "article",
  text: "Shares of the chip maker fell 3.12% in a single day.",
  docId: "article",
  title: "t",
  url: null,
  path: "knowledge/article.md",
  start: 0,
  end: 0,
};
const shown = (reply: string, lead = reply) => ({ reply, lead });

describe("scoring one case", () => {
  it("counts an answer right when every pattern matches what the first reply shows", () => {
    const r = scoreCase(
      { id: "a", question: "q", in_scope: true, expect: ["3[.,]12", "single day"] },
      answer({ excerpts: [verbatim] }),
      shown("fell 3.12% in a single day"),
      ROOT,
    );
    expect(r).toMatchObject({ answerHit: true, verbatimExcerpts: 1 });
  });

  it("counts the answer first only when the answer lines themselves hold every pattern", () => {
    const c = { id: "a", question: "q", in_scope: true, expect: ["3[.,]12"] };
    expect(scoreCase(c, answer({}), shown("context\n[1] fell 3.12%", "context"), ROOT)).toMatchObject({
      answerHit: true,
      leadHit: false,
    });
    expect(scoreCase(c, answer({}), shown("fell 3.12%", "fell 3.12%"), ROOT)).toMatchObject({
      answerHit: true,
      leadHit: true,
    });
  });

  it("counts a reply longer than one Discord message as wrong", () => {
    const r = scoreCase(
      { id: "a", question: "q", in_scope: true, expect: ["3"] },
      answer({}),
      shown(`3 ${"x".repeat(4001)}`),
      ROOT,
    );
    expect(r.answerHit).toBe(false);
    expect(r.failure).toMatch(/too long/);
  });

  it("finds an excerpt in its file even when line breaks differ, and not an altered one", () => {
    const split = { ...verbatim, text: "Shares of the chip maker\nfell 3.12%" };
    const altered = { ...verbatim, text: "Shares of the chip maker fell 4.12%" };
    const r = scoreCase(
      { id: "a", question: "q", in_scope: true, expect: [] },
      answer({ excerpts: [split, altered] }),
      shown(""),
      ROOT,
    );
    expect(r.verbatimExcerpts).toBe(1);
  });

  it("checks retrieval against the top passages' text", () => {
    const passage = {
      docId: "x",
      kind: "note" as const,
      path: "p",
      text: "2,048 H800 GPUs",
      start: 0,
      end: 15,
      score: 1,
    };
    const r = scoreCase(
      { id: "a", question: "q", in_scope: true, expect: ["H800"] },
      answer({ retrieved: [passage] }),
      shown(""),
      ROOT,
    );
    expect(r.retrievalHit).toBe(true);
  });
});

describe("summarising a run", () => {
  it("computes each metric by its definition", () => {
    const base = {
      question: "q",
      replyChars: 10,
      latencyMs: 1,
      excerpts: 1,
      verbatimExcerpts: 1,
      failure: null,
      retrievalHit: true,
      answerHit: true,
      leadHit: true,
      tags: [],
    };
    const m = summarise([
      { ...base, id: "1", inScope: true, declined: false },
      { ...base, id: "2", inScope: true, declined: false, leadHit: false },
      { ...base, id: "3", inScope: true, declined: true, answerHit: false, leadHit: false, retrievalHit: false },
      {
        ...base,
        id: "4",
        inScope: false,
        declined: true,
        answerHit: false,
        leadHit: false,
        retrievalHit: false,
        excerpts: 0,
        verbatimExcerpts: 0,
      },
    ]);
    expect(m).toMatchObject({
      retrieval_recall_at_k: 0.667,
      answer_accuracy: 0.667,
      answer_lead_accuracy: 0.333,
      decline_accuracy: 1,
      false_decline_rate: 0.333,
      quote_verbatim_rate: 1,
    });
  });

  it("scores claims as the share given the expected verdict", () => {
    const rows = [
      { id: "1", claim: "c", expected: "supported", got: "supported", ms: 1 },
      { id: "2", claim: "c", expected: "opinion", got: "not_covered", ms: 1 },
    ];
    expect(summariseClaims(rows).verdict_accuracy).toBe(0.5);
  });

  it("takes percentiles by rank", () => {
    expect([percentile([1, 2, 3, 4], 50), percentile([1, 2, 3, 4], 95)]).toEqual([2, 4]);
  });
});

describe("figures per label", () => {
  const row = (id: string, inScope: boolean, right: boolean, tags: string[]) => ({
    id,
    question: "q",
    inScope,
    declined: !inScope && right,
    retrievalHit: right,
    answerHit: inScope && right,
    leadHit: inScope && right,
    replyChars: 1,
    latencyMs: 1,
    excerpts: 0,
    verbatimExcerpts: 0,
    failure: null,
    tags,
  });

  it("counts an in-scope case right when answered and an out-of-scope one when declined", () => {
    const tags = byTag([
      row("1", true, true, ["slang"]),
      row("2", true, false, ["slang"]),
      row("3", false, true, ["slang", "trap"]),
    ]);
    expect(tags).toEqual({ slang: "2/3", trap: "1/1" });
  });

  it("counts claims per kind and leaves out claims without one", () => {
    const claim = (expected: string, got: string, kind?: string) => ({
      id: "c",
      claim: "c",
      expected,
      got,
      ms: 1,
      kind,
    });
    expect(
      byKind([
        claim("contradicted", "supported", "direction"),
        claim("contradicted", "contradicted", "direction"),
        claim("supported", "supported"),
      ]),
    ).toEqual({ direction: "1/2" });
  });
});

describe("false supported verdicts", () => {
  it("counts supported given to claims that are not true, over those claims", () => {
    const claim = (expected: string, got: string) => ({ id: "c", claim: "c", expected, got, ms: 1 });
    const m = summariseClaims([
      claim("contradicted", "supported"),
      claim("nuanced", "nuanced"),
      claim("supported", "supported"),
      claim("not_covered", "not_covered"),
    ]);
    expect(m.false_supported).toBe("1/3");
    expect(m.false_supported_rate).toBe(0.333);
  });
});
