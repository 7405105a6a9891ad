import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { toTerms } from "../../src/text/terms.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let fixture: Understander;
let story: Understander;
beforeAll(async () => {
  fixture = createUnderstander(await loadCorpus(FIXTURE, FIXTURE));
  story = createUnderstander(await loadCorpus(KNOWLEDGE, ROOT));
});

describe("reading a question", () => {
  it("reads the asker's slang through the synonyms file", () => {
    const u = fixture.understand("how bad did the shares tank");
    expect(u.terms).toEqual(expect.arrayContaining(toTerms("fall")));
    expect(u.kinds[0]).toBe("change");
  });

  it("leaves chat noise, emoji and mentions out of what the question is about", () => {
    const u = fixture.understand("lol <@123> how many gpus 💀 ngl");
    expect(u.groups.map((g) => g.text)).toEqual(["gpus"]);
  });

  it("corrects a misspelled word before searching", () => {
    expect(fixture.understand("what did the trainig cost").terms).toContain("train");
  });

  it("knows a question about the article from one about another publication's piece", () => {
    expect(fixture.understand("according to the article how far did shares fall").aboutArticle).toBe(true);
    expect(story.understand("who wrote the nature piece on deepseek").aboutArticle).toBe(false);
  });

  it("flags a model version the documents never mention", () => {
    expect(story.understand("is llama 4 better than r1").unknownNames).toEqual(["llama 4"]);
    expect(story.understand("what did llama 3.1 405b take to train").unknownNames).toEqual([]);
    expect(story.understand("when is r2 out").unknownNames).toEqual(["r2"]);
  });

  it("gives the words before a rambling message's last question less weight", () => {
    const u = story.understand("my friend keeps saying the 5.5m was v3's number not r1's?? so what did r1 itself cost to train then");
    const context = u.groups.find((g) => g.text === "v3")!;
    const asked = u.groups.find((g) => g.text === "cost to train" || g.text === "cost")!;
    expect(context.emphasis).toBeLessThan(asked.emphasis);
  });

  it("finds two questions in a message that asks two", () => {
    expect(story.understand("how hard did nvda tank monday and what did the nasdaq do").parts).toHaveLength(2);
    expect(story.understand("how hard did nvda tank monday").parts).toHaveLength(1);
  });
});
