import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { ALWAYS } from "../helpers/decisions.js";

// A role asked of one company, answered with the same role held of another ("Voltaris chief executive Maria Lind" for
// Hydroloop's boss). On a small story the engine was never tuned on, answering everything so each answer's features
// show.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(OTHER_STORY, OTHER_STORY), decisions: { answer: ALWAYS } });
});

const roleOfOther = async (question: string) =>
  (await engine.answer(question)).confidence?.features.role_of_other ?? Number.NaN;

describe("a role asked of one company", () => {
  it("is marked when the lead gives that role held of another company", async () => {
    expect(await roleOfOther("who is hydroloop's ceo")).toBe(1);
  });

  it("is not marked when the lead gives the role of the company asked about", async () => {
    expect(await roleOfOther("who is the ceo of voltaris")).toBe(0);
  });
});
