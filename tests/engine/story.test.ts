import { beforeAll, describe, expect, it } from "vitest";
import { embedLength, renderSummary } from "../../src/discord/render.js";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { isVerbatim } from "../../src/engine/quotes.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let engine: Engine;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  engine = createEngine({ corpus });
});

describe("answering about the story itself", () => {
  it("quotes the article's own words when asked what the article says", async () => {
    const answer = await engine.answer("what does the article say about the training cost?");
    expect(answer.quotes.some((q) => q.docId === "article" && q.text.includes("$5.5 million"))).toBe(true);
  });

  it("adds a fact check with both sides when the question is about a contradicted claim", async () => {
    const answer = await engine.answer("did DeepSeek really manage without NVIDIA chips?");
    expect(answer.answer).toMatch(/Fact check \(Contradicted/);
    expect(answer.quotes.map((q) => q.text).join(" ")).toMatch(/H800/);
    for (const q of answer.quotes) expect(isVerbatim(corpus, q)).toBe(true);
  });

  it("builds a summary whose every bullet is a verified quote and which fits one Discord message", () => {
    const summary = engine.summary();
    expect(summary.sections.map((s) => s.heading)).toContain("What the article gets wrong or leaves out");
    for (const q of summary.quotes) expect(isVerbatim(corpus, q)).toBe(true);
    const [embed] = renderSummary(summary, { sources: engine.sources(), asOf: engine.asOf }).embeds;
    expect(embedLength(embed!)).toBeLessThanOrEqual(6000);
    expect(embed!.fields!.every((f) => !f.value.endsWith("…"))).toBe(true);
  });
});
