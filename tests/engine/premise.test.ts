import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { writeStory } from "../helpers/storyFolder.js";

// A question that takes a figure as given ("only fell 6%") meets the article's 6%, a source saying the same, and in
// another source the same fall read over another day (30%): the reply shows both readings, not only the asker's.
const ARTICLE = "Harbourline's shares fell 6% on Friday after the Falcon reactor opened, a hard blow for the firm.";
const NOTES = {
  friday: "Harbourline shares closed 6% lower on Friday, Wire reported.",
  monday: "Harbourline shares fell 30% on Monday, the next trading day, Wire reported.",
  intraday: "During Friday trading, Harbourline shares fell as much as 6.4%.",
  staff: "Harbourline employs 300 engineers at its northern site.",
  river: "The river beside the site floods most springs, a local paper reported.",
  rival: "Coastgrid, a rival operator, runs two older reactors in the south.",
};

let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(await writeStory(ARTICLE, NOTES)), memoSize: 0 });
});

describe("a figure the question takes as given", () => {
  it("is shown beside another reading of the same fact, not beside the same figure rounded", async () => {
    const answer = await engine.answer("isn't it true harbourline shares only fell 6%?");
    expect(answer.declined).toBe(false);
    expect(answer.excerpts.map((e) => e.docId)).toContain("monday");
    expect(answer.excerpts.map((e) => e.docId)).not.toContain("intraday");
  });
});
