import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
/** The small hand-made story: three claims, a cost report and a market report. */
let small: ClaimChecker;
/** The shipped story, whose notes hold views as well as facts. */
let shipped: ClaimChecker;
beforeAll(async () => {
  const fixture = await loadCorpus(FIXTURE, FIXTURE);
  small = new ClaimChecker(fixture, createUnderstander(fixture), ALWAYS);
  const knowledge = await loadCorpus(KNOWLEDGE, ROOT);
  shipped = new ClaimChecker(knowledge, createUnderstander(knowledge));
});

describe("hearsay no source records", () => {
  it("is unverified, resting on someone's word, with nothing shown as evidence", () => {
    expect(small.check("an nvidia exec admitted they used smuggled chips")).toEqual({
      statement: "an nvidia exec admitted they used smuggled chips",
      verdict: "unverified",
      claimId: null,
      explanation: "No source we hold confirms this; it rests on someone's word.",
      explanationCode: "explanation.unverified",
      articleExcerpt: null,
      evidence: [],
    });
  });
});

describe("opinions", () => {
  it("shows the closest view in the sources when one is near", () => {
    const result = shipped.check("Nvidia is the greatest company ever");
    expect(result).toMatchObject({
      verdict: "opinion",
      claimId: null,
      explanation: "That is an opinion, not a checkable fact. The closest view in the sources is below.",
    });
    expect(result.evidence.map((e) => e.text)).toEqual([
      "Wikipedia describes NVIDIA's roughly US$600 billion loss as the largest decline for a single company in US stock-market history.",
    ]);
  });

  it("is an opinion, not supported, when a judgement is made of something a note describes", () => {
    expect(small.check("the final training run was awesome imo")).toMatchObject({ verdict: "opinion", evidence: [] });
  });

  it("says the sources offer no view when none is near, and shows nothing", () => {
    expect(small.check("pineapple pizza is the best food ever")).toMatchObject({
      verdict: "opinion",
      explanation: "That is an opinion, not a checkable fact, and the sources offer no view on it.",
      evidence: [],
    });
  });
});

describe("a statement put the opposite way to the article's claim", () => {
  it("turns a supported claim into a contradicted statement", () => {
    expect(shipped.check("R1 is not DeepSeek's latest iteration")).toMatchObject({
      verdict: "contradicted",
      claimId: "latest-iteration",
    });
  });

  it("turns a contradicted claim into a supported statement", () => {
    expect(small.check("the lab used pricey chips")).toMatchObject({ verdict: "supported", claimId: "chips" });
  });

  it("keeps the claim's verdict when put the same way", () => {
    expect(small.check("the model was trained without any pricey chips")).toMatchObject({
      verdict: "contradicted",
      claimId: "chips",
    });
  });
});

describe("a statement no known claim matches, checked against the notes", () => {
  it("is supported when one note sentence says it, which is shown", () => {
    const result = small.check("the figure leaves out earlier research and ablation experiments");
    expect(result).toMatchObject({
      verdict: "supported",
      claimId: null,
      explanation: "Our notes on the sources say the same thing, as shown below.",
      articleExcerpt: null,
    });
    expect(result.evidence.map((e) => e.text)).toEqual([
      "The figure leaves out earlier research and ablation experiments.",
    ]);
  });

  it("is contradicted when the note sentence says the opposite", () => {
    const result = small.check("the figure does not leave out earlier research");
    expect(result).toMatchObject({
      verdict: "contradicted",
      claimId: null,
      explanation: "Our notes on the sources say otherwise, as shown below.",
    });
    expect(result.evidence.map((e) => e.text)).toEqual([
      "The figure leaves out earlier research and ablation experiments.",
    ]);
  });

  it("is supported by the note sentence that says most of it", () => {
    expect(small.check("the H800 was sold in China").evidence.map((e) => e.text)).toEqual([
      "The H800 is a cut-down chip sold in China.",
    ]);
  });

  it("is supported by a note passage whose sentences share it out, showing the one that says most", () => {
    expect(small.check("the lab trained the model on H800 chips sold in China")).toMatchObject({
      verdict: "supported",
      evidence: [expect.objectContaining({ text: "The H800 is a cut-down chip sold in China." })],
    });
  });

  it.each([
    "the lab trained the model on more H800 chips than China",
    "the lab trained the model on more H800 chips vs China",
    "the lab trained the model on H800 chips outperforming China",
  ])("leaves a comparison to the sources' own comparisons: %j is not covered", (statement) => {
    expect(small.check(statement).verdict).toBe("not_covered");
  });

  it("is supported despite a few ordinary words the story never uses", () => {
    expect(
      small.check("frankly the figure leaves out earlier research and ablation experiments, sadly, alas").verdict,
    ).toBe("supported");
  });

  it("is not covered when most of its words are unknown to the story", () => {
    expect(small.check("the figure leaves out earlier research xyzzy plugh frobnicate wibble").verdict).toBe(
      "not_covered",
    );
  });

  it("is not covered when it names something the story never mentions", () => {
    expect(small.check("the lab used chips from Tesla")).toMatchObject({
      verdict: "not_covered",
      explanation: "The story's documents don't say anything that settles this, so I won't give it a verdict.",
      evidence: [],
    });
  });

  it("is not covered when it states a figure the note sentence lacks", () => {
    expect(small.check("the figure leaves out 7 earlier research experiments").verdict).toBe("not_covered");
  });
});

describe("a comparison", () => {
  it("of one thing at two times is checked against the notes like any statement", () => {
    expect(small.check("the friday fall was much smaller than monday's")).toMatchObject({
      verdict: "supported",
      evidence: [expect.objectContaining({ text: "The Friday fall of 3.12% was much smaller than Monday's." })],
    });
  });
});
