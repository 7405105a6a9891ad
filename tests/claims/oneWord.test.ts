import { beforeAll, describe, expect, it } from "vitest";
import { checkAgainstNotes } from "../../src/claims/verdicts.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";
import { writeStory } from "../helpers/storyFolder.js";

/* A chat line whose one known word a note sentence says ("lmaooo called it") is confirmed by nothing. The story: a
 * drone maker, Vantor, and what a rival called its drone. */

const ARTICLE = "Vantor launched the VX-9 drone.";
const NOTES: Record<string, string> = {
  rival: 'Kestrel called the VX-9 "an excellent drone".',
  launch: "Vantor launched the VX-9 on 10 March 2025.",
};

let corpus: Corpus;
let understander: Understander;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  corpus = await loadCorpus(dir, dir);
  understander = createUnderstander(corpus);
});

const verdict = (statement: string) => checkAgainstNotes(statement, understander.understand(statement), corpus).verdict;

describe("support from the notes", () => {
  it("needs two known words: one, however well a sentence says it, confirms nothing", () => {
    expect(verdict("lmaooo called it 😂😂")).toBe("not_covered");
  });

  it("still finds a statement a sentence says in two words or more", () => {
    expect(verdict("kestrel called the vx-9 excellent")).toBe("supported");
  });
});
