import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// Near-domain traps ask for a kind of fact (wealth, valuation, market cap) the documents do not carry about their
// subject. On a small story the engine was never tuned on, answering everything so each answer's features show.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
const ANSWER_ALL = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(OTHER_STORY, OTHER_STORY), decisions: { answer: ANSWER_ALL } });
});

const unsaid = async (question: string) =>
  (await engine.answer(question)).confidence?.features.asked_fact_unsaid ?? Number.NaN;

describe("a kind of fact asked that no quoted sentence carries for its subject", () => {
  it("marks a person's wealth asked of a story that never gives it", async () => {
    expect(await unsaid("how much is maria lind worth after the jump")).toBe(1);
  });

  it("marks a company's market cap asked of a story that gives only its share price", async () => {
    expect(await unsaid("what is voltaris's market cap now")).toBe(1);
  });

  it("marks what a person lost personally, asked of a story that gives only the company's fall", async () => {
    expect(await unsaid("how much did maria lind lose personally when voltaris fell on wednesday")).toBe(1);
  });

  it("marks a user count asked of a story that never gives one", async () => {
    expect(await unsaid("how many active users does hydroloop have")).toBe(1);
  });

  it("marks the city a company sits in, asked of a story that never names it", async () => {
    expect(await unsaid("which city is voltaris headquartered in")).toBe(1);
  });

  it("marks who founded a company, asked of a story that never says", async () => {
    expect(await unsaid("who founded voltaris")).toBe(1);
  });

  it("marks an accusation asked of a story that reports none", async () => {
    expect(await unsaid("did hydroloop accuse voltaris of stealing its designs")).toBe(1);
  });

  it("marks whether a product is safe, asked of a story that never says", async () => {
    expect(await unsaid("is the voltaris app safe to use")).toBe(1);
  });

  it("marks nothing when a quoted sentence carries the kind for the subject asked about", async () => {
    expect(await unsaid("did investors take profits on voltaris shares on wednesday")).toBe(0);
  });

  it("marks nothing for a question that asks no such kind", async () => {
    expect(await unsaid("how much did voltaris shares rise on tuesday?")).toBe(0);
  });

  it("reads the kind from the question proper, not the chatter before it", async () => {
    expect(
      await unsaid(
        "my net worth is down a lot this month. rough times. so how much did voltaris shares rise on tuesday?",
      ),
    ).toBe(0);
  });
});
