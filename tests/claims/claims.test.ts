import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { parseClaims } from "../../src/claims/load.js";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";
import { isVerbatim } from "../../src/engine/quotes.js";
import { KnowledgeError } from "../../src/errors.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let checker: ClaimChecker;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  checker = new ClaimChecker(corpus, corpus.claims);
});

const verdictOf = (text: string) => checker.check(text).verdict;

describe("validating the claims file", () => {
  const claim = (over: string) => `- id: x\n  claim: "Shares of the chip maker fell 3.12%"\n  verdict: supported\n  explanation: ok\n  references: [market]\n${over}`;

  it("accepts a claim whose words are in the article", () => {
    expect(parseClaims("claims.yaml", claim(""), corpus.docs)).toHaveLength(1);
  });

  it("refuses a claim that is not word for word in the article", () => {
    expect(() => parseClaims("claims.yaml", claim("").replace("fell 3.12%", "fell 4%"), corpus.docs)).toThrow(/not word for word in the article/);
  });

  it("refuses a reference that is not a knowledge note", () => {
    expect(() => parseClaims("claims.yaml", claim("").replace("[market]", "[nowhere]"), corpus.docs)).toThrow(/reference "nowhere" is not a knowledge note id/);
  });

  it("refuses an unknown verdict", () => {
    expect(() => parseClaims("claims.yaml", claim("").replace("verdict: supported", "verdict: maybe"), corpus.docs)).toThrow(KnowledgeError);
  });
});

describe("checking claims", () => {
  it.each([
    ["the model only cost $5.5M to train", "nuanced"],
    ["training it cost merely 5.5 million dollars", "nuanced"],
    ["they didn't need any pricey chips", "contradicted"],
    ["no GPUs were used to build it", "contradicted"],
    ["the chip maker's stock dropped 3.12% in one day", "supported"],
  ])("gives %j the verdict %s", (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it("answers not covered for something the documents never mention", () => {
    expect(verdictOf("the weather in Paris is sunny today")).toBe("not_covered");
  });

  it("shows the article's words and the reference's words, both verbatim", () => {
    const result = checker.check("no GPUs were used to build it");
    expect(result.articleQuote?.text).toBe("without any pricey chips");
    expect(result.referenceQuotes[0]?.text).toContain("2,048 H800");
    for (const q of [result.articleQuote!, ...result.referenceQuotes]) expect(isVerbatim(corpus, q)).toBe(true);
  });

  it("supports a statement a reference says outright, though no known claim matches", () => {
    expect(checker.check("the lab trained the model on 2,048 H800 GPUs")).toMatchObject({ verdict: "supported", claimId: null });
  });

  it("gives one verdict per claim in a message", () => {
    const results = checker.checkMessage("It only cost $5.5M to train. And it needed no pricey chips at all!");
    expect(results.map((r) => r.verdict)).toEqual(["nuanced", "contradicted"]);
  });
});
