import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine } from "../../src/engine/engine.js";
import { writeStory } from "../helpers/storyFolder.js";

// The article claims one thing and a source records another: whichever the answer leads with, the reader sees the
// other side on the same fact under it, not only when the question names the article.
const ARTICLE = [
  "Harbourline opened its Falcon reactor last week.",
  "The Falcon reactor was built without any imported steel, the company boasted, at a cost of merely $2 million.",
].join(" ");
// A few unrelated notes, as any knowledge folder has: with two documents alone, every shared word would weigh nothing.
const OTHERS = {
  staff: "Harbourline employs 300 engineers at its northern site.",
  river: "The river beside the site floods most springs, a local paper reported.",
  rival: "Coastgrid, a rival operator, runs two older reactors in the south.",
};
const NOTE = "Customs records show 4,000 tonnes of imported Swedish steel went into building the Falcon reactor.";

describe("both sides of a fact", () => {
  it("puts the sources' words under the article's when the article leads", async () => {
    const engine = createEngine({
      corpus: await loadCorpus(await writeStory(ARTICLE, { customs: NOTE, ...OTHERS })),
      memoSize: 0,
    });
    const answer = await engine.answer("was the falcon reactor built without imported steel?");
    expect(answer.declined).toBe(false);
    expect(answer.excerpts[0]?.docId).toBe("article");
    expect(answer.excerpts.map((e) => e.docId)).toContain("customs");
  });
});
