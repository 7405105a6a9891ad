import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { isVerbatim } from "../../src/text/excerpts.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let checker: ClaimChecker;
let corpus: Awaited<ReturnType<typeof loadCorpus>>;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

describe("verdicts on the article's claims, however they are put", () => {
  it.each([
    ["R1 performs about as well as GPT-4", "contradicted"],
    ["DeepSeek's model is on par with GPT-4", "contradicted"],
    ["they trained it without any Nvidia hardware", "contradicted"],
    ["DeepSeek didn't use Nvidia GPUs at all", "contradicted"],
    ["R1 only cost $5.5M to train", "nuanced"],
    ["training DeepSeek cost just 5.5 million dollars", "nuanced"],
    ["R1 is fully open source", "nuanced"],
    ["Nvidia's share price fell 3.12% in a single day", "supported"],
    ["NVDA dropped 3.12 percent in one day", "supported"],
    ["Nvidia lost over $100 billion of market value", "supported"],
    ["engineers in the US are trying to replicate R1", "supported"],
    ["China will become the epicenter of AI", "opinion"],
    ["demand for Nvidia's chips will shrink", "opinion"],
    ["Nature said the chip ban contributed to DeepSeek's success", "unverified"],
    ["according to Nature the export controls spurred innovation", "unverified"],
    ["Chinese domestic chips are good enough to train these models", "unverified"],
    ["A-shares swing 10%, 20% or even 30% in a day all the time", "nuanced"],
    ["chinese stocks move 10 20 30 percent daily", "nuanced"],
    ["R1 is DeepSeek's latest iteration", "supported"],
    ["the article says China's training achievement cost $5.5 million", "nuanced"],
  ])("%j is %s", (claim, verdict) => {
    expect(checker.check(claim).verdict).toBe(verdict);
  });

  it.each([
    "the weather in Paris is sunny today",
    "Apple released a foldable iPhone last week",
    "Tesla stock rose 10% yesterday",
  ])("%j is not covered, with no verdict invented", (claim) => {
    expect(checker.check(claim)).toMatchObject({ verdict: "not_covered", evidence: [], articleExcerpt: null });
  });

  it("quotes both sides verbatim for every known claim", () => {
    for (const claim of corpus.claims) {
      const result = checker.check(claim.claim);
      expect(result.claimId).toBe(claim.id);
      for (const e of [result.articleExcerpt!, ...result.evidence]) expect(isVerbatim(corpus.docById, e)).toBe(true);
    }
  });
});
