import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { listSources } from "../../src/engine/sources.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let fixture: Corpus;
let story: Corpus;
beforeAll(async () => {
  [fixture, story] = await Promise.all([loadCorpus(FIXTURE, FIXTURE), loadCorpus(KNOWLEDGE, ROOT)]);
});

describe("the list of sources", () => {
  it("says in one line what our notes on a source cover, from the note's section headings", () => {
    expect(listSources(fixture.docs).find((s) => s.id === "cost-report")?.about).toBe(
      "Our notes cover: Training cost; Hardware.",
    );
  });

  it("counts the topics it does not name, to stay one line", () => {
    const about = listSources(story.docs).find((s) => s.id === "deepseek-r1-paper")?.about;
    expect(about).toMatch(
      /^Our notes cover: The DeepSeek-R1 paper: title, authors and versions; DeepSeek-R1-Zero: reasoning from reinforcement learning alone; and \d+ more topics\.$/,
    );
  });

  it("describes the article as the story itself", () => {
    expect(listSources(fixture.docs).find((s) => s.kind === "article")?.about).toBe(
      "The story itself, quoted word for word.",
    );
  });

  it("never shows the working notes on how a source was checked", () => {
    for (const s of listSources(story.docs)) {
      const doc = story.docById.get(s.id)!;
      if (doc.note) expect(s.about).not.toContain(doc.note.slice(0, 30));
      expect(s.about).not.toMatch(/\bbrief\b/i);
    }
  });
});
