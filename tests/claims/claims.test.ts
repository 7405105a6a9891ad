import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { isOpinion } from "../../src/claims/opinion.js";
import { readMessage } from "../../src/claims/statements.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { isVerbatim } from "../../src/text/excerpts.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let checker: ClaimChecker;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

const verdictOf = (text: string) => checker.checkMessage(text).results[0]?.verdict ?? "nothing to check";

describe("reading chat", () => {
  it.each([
    ["mentions, emoji and links", "@jake <@123> the model cost $5.5M 💀 https://example.com", "the model cost $5.5M"],
    ["chat noise", "lol ngl the model cost $5.5M", "the model cost $5.5M"],
    ["a hedge", "pretty sure the model cost $5.5M", "the model cost $5.5M"],
    ["a heads-up", "heads up the model cost $5.5M", "the model cost $5.5M"],
    ["a claim put as a question", "isn't it true that the model cost $5.5M?", "the model cost $5.5M"],
    ["Markdown and spoilers", "**the model** cost ||$5.5M||", "the model cost $5.5M"],
  ])("drops %s and keeps the statement", (_, text, statement) => {
    expect(readMessage(text, 3).statements.map((s) => s.text)).toEqual([statement]);
  });

  it.each([
    ["two sentences", "The model cost $5.5M. The shares fell 3.12%.", 2],
    ["a semicolon", "the model cost $5.5M; the shares fell 3.12%", 2],
    ["but", "the model cost $5.5M but the shares fell 3.12%", 2],
    ["and before a new clause", "the model cost $5.5M and the shares fell 3.12%", 2],
    ["a list joined by and", "the lab used chips, cards and GPUs", 1],
  ])("splits a line joined by %s", (_, text, count) => {
    expect(readMessage(text, 3).statements).toHaveLength(count);
  });

  it.each([
    ["between two things, as the words of comparing", "the x1 > the z2 on price", "the x1 more than the z2 on price"],
    ["before a figure, as its bound", "the model cost <$6M", "the model cost under $6M"],
    ["at least, written as a sign", "the lab used >= 2,000 chips", "the lab used at least 2,000 chips"],
    ["never a heart", "i <3 the model", "i <3 the model"],
  ])("reads a sign of comparing %s", (_, text, statement) => {
    expect(readMessage(text, 3).statements.map((s) => s.text)).toEqual([statement]);
  });

  it("splits a line at and before a name the knowledge knows", () => {
    const isName = (word: string) => word === "acme";
    expect(readMessage("the model cost $5.5M and acme lost 3%", 3, isName).statements).toHaveLength(2);
  });

  it("checks at most three statements and counts the rest", () => {
    const long = Array.from({ length: 40 }, (_, i) => `The lab used ${i + 1} chips on day ${i + 1}.`).join(" ");
    expect(long.length).toBeGreaterThan(1000);
    const report = checker.checkMessage(long);
    expect(report.results).toHaveLength(3);
    expect(report.unchecked).toBe(37);
  });

  it.each([
    ["lol nice"],
    ["🔥🔥🔥"],
    ["https://example.com/thread"],
    ["@mike did u push the fix yet"],
    ["```const x = 1;```"],
  ])("finds nothing to check in %j", (text) => {
    expect(checker.checkMessage(text).results).toEqual([]);
  });
});

describe("checking the article's claims in other words", () => {
  it.each([
    ["the model only cost $5.5M to train", "nuanced"],
    ["lol they trained it for like 5.5 mil 💀", "nuanced"],
    ["training it cost merely 5.5 million dollars", "nuanced"],
    ["they didn't need any pricey chips", "contradicted"],
    ["@jake no GPUs were used to build it 😂", "contradicted"],
    ["the chip maker's stock dropped 3.12% in one day", "supported"],
    ["ngl the chip maker's shares fell 3.12% in a day", "supported"],
  ])("gives %j the verdict %s", (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it("gives a claim's paraphrases the claim's verdict", () => {
    const verdicts = [
      "the lab didn't need pricey chips",
      "no pricey chips were needed by the lab",
      "they built it without any pricey chips",
    ].map(verdictOf);
    expect(new Set(verdicts)).toEqual(new Set(["contradicted"]));
  });

  it("gives each statement of a line its own verdict", () => {
    const report = checker.checkMessage("the model cost only $5.5M to train, and it needed no pricey chips at all!");
    expect(report.results.map((r) => r.verdict)).toEqual(["nuanced", "contradicted"]);
  });
});

describe("checking figures against the notes, value by value", () => {
  it.each([
    ["a count", "the lab trained the model on 2,048 H800 GPUs", "supported"],
    ["a wrong count", "the lab trained the model on around 20,000 H800 GPUs", "contradicted"],
    ["an amount", "the final training run cost $5,576,000", "supported"],
    ["a wrong amount", "the final training run cost $9 million", "contradicted"],
    ["a percentage", "on Monday the shares fell about 17%", "supported"],
    ["a wrong percentage", "on Monday the shares fell about 40%", "contradicted"],
    ["a rental price", "the rental price was $2 per GPU-hour", "supported"],
    ["a wrong rental price", "the rental price was $8 per GPU-hour", "contradicted"],
  ])("checks %s", (_, text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });

  it("shows the note sentence it compared, about the same fact", () => {
    const result = checker.checkMessage("the lab trained the model on around 20,000 H800 GPUs").results[0]!;
    expect(result.evidence.map((e) => e.text)).toEqual(["The lab trained the model on 2,048 H800 GPUs."]);
    expect(result.evidence[0]!.kind).toBe("note");
    for (const e of result.evidence) expect(isVerbatim(corpus.docById, e)).toBe(true);
  });

  it("shows the Monday sentence, not the Friday one, for a statement about Monday", () => {
    const result = checker.checkMessage("on Monday the shares fell about 17%").results[0]!;
    expect(result.evidence[0]?.text).toMatch(/Monday/);
    expect(result.evidence[0]?.text).not.toMatch(/^The Friday/);
  });
});

describe("opinions and what the documents do not cover", () => {
  it.each([
    ["a prediction", "the chip maker's shares will recover by summer"],
    ["advice", "buy the dip fr 🚀"],
    ["a value judgement", "this is the most impressive launch in years"],
    ["a judgement of policy", "export controls are a waste of time"],
  ])("names %s an opinion", (_, text) => {
    expect(isOpinion(text)).toBe(true);
    expect(verdictOf(text)).toBe("opinion");
  });

  it("does not take a report of someone's view for the writer's opinion", () => {
    expect(isOpinion("the lab trained the model on 2,048 H800 GPUs")).toBe(false);
  });

  it("answers not covered for a statement the documents never speak to", () => {
    expect(verdictOf("the weather in Paris is sunny today")).toBe("not_covered");
  });

  it("calls hearsay the documents cannot confirm unverified", () => {
    expect(verdictOf("apparently an exec admitted the chip maker's shares will halve")).not.toBe("supported");
    expect(verdictOf("i heard the lab's boss said the model cost $1 million")).toBe("unverified");
  });
});

describe("the article's words and the notes' words", () => {
  it("shows the article's words of a matched claim and the notes' words, both verbatim", () => {
    const result = checker.checkMessage("no GPUs were used to build it").results[0]!;
    expect(result.articleExcerpt?.text).toBe("without any pricey chips");
    expect(result.evidence[0]?.text).toContain("2,048 H800");
    for (const e of [result.articleExcerpt!, ...result.evidence]) expect(isVerbatim(corpus.docById, e)).toBe(true);
  });
});
