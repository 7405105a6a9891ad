import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// What the fitted decision to answer reads of a composed answer, on a small story the engine was never tuned on. The
// engine here answers everything, so that every answer is composed and its features can be read.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
const ANSWER_ALL = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(OTHER_STORY, OTHER_STORY), decisions: { answer: ANSWER_ALL } });
});

const features = async (question: string) => (await engine.answer(question)).confidence?.features ?? {};

describe("whether an answer is about what was asked", () => {
  it("marks a thing the question names that no quoted sentence says", async () => {
    expect((await features("how much did maria lind's shares rise on tuesday")).subject_unsaid).toBe(1);
  });

  it("marks nothing unsaid when the quoted sentences name what was asked about", async () => {
    expect((await features("how much did voltaris shares rise on tuesday?")).subject_unsaid).toBe(0);
  });

  it("marks a lead whose figures all belong to a name the question does not use", async () => {
    expect((await features("how much did maria lind's shares rise on tuesday")).figure_of_other).toBe(1);
  });

  it("marks a count question whose lead holds only percentages and dates", async () => {
    expect((await features("how many cells does hydroloop recover?")).lead_figure).toBe(0);
  });

  it("takes a count written as a figure in the lead", async () => {
    expect((await features("how many batteries does the ghent plant handle a year")).lead_figure).toBe(1);
  });
});

describe("a number word that counts nothing", () => {
  // The other story, with one more note whose only number word is a rank: "number one" is no answer to "how many".
  const NOTE = `---
id: most-traded
title: "Most-traded shares, March 2025"
publisher: "Nordic Exchange Data"
published: 2025-03-13
url: https://example.org/exchange/most-traded
kind: note
as_of: 2025-03-20
---
# Most-traded shares

Voltaris climbed to number one on the exchange's list of most-traded battery shares, one of the busiest weeks for it.
`;
  it("gives a 'how many' question no count from 'number one' or 'one of'", async () => {
    const dir = await mkdtemp(join(tmpdir(), "storybot-counts-"));
    await cp(OTHER_STORY, dir, { recursive: true });
    await writeFile(join(dir, "notes", "most-traded.md"), NOTE);
    const other = createEngine({ corpus: await loadCorpus(dir, dir), decisions: { answer: ANSWER_ALL } });
    const answer = await other.answer("how many traders bought voltaris battery shares");
    expect(answer.excerpts[0]?.text).toContain("number one");
    expect(answer.confidence?.features.lead_figure).toBe(0);
  });
});

describe("how much of a question the story knows", () => {
  it("marks a message mostly about other things below half known", async () => {
    expect((await features("any good banana bread recipe from voltaris?")).focus_below_half).toBeGreaterThan(0);
  });

  it("marks nothing below half for a question in the story's words", async () => {
    expect((await features("how much did voltaris shares rise on tuesday?")).focus_below_half).toBe(0);
  });

  it("counts a lowercase name neither the story nor English knows", async () => {
    expect((await features("how far did broadcom and tsmc fall on tuesday")).unheard_words).toBe(2);
  });
});
