import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/corpus/corpus.js";
import { AskedIndex } from "../../src/retrieval/askedIndex.js";
import { createRetriever, type Retrieve } from "../../src/retrieval/retrieve.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let understander: Understander;
let asked: AskedIndex;
let retrieve: Retrieve;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  understander = createUnderstander(corpus);
  asked = new AskedIndex(corpus, understander);
  retrieve = createRetriever({ corpus, asked, k: 4 });
});

const ids = async (question: string) => (await retrieve(understander.understand(question))).map((r) => r.passage.id);

describe("the asked: lists as an index", () => {
  it("finds the section whose asked question is worded like the asker's, though its text is not", () => {
    const [best] = asked.match(understander.understand("how many bucks did they spend"));
    expect(best?.question.text).toBe("how many bucks did they spend");
    expect(best?.passages.map((p) => p.id)).toEqual(["cost-report#1", "cost-report#2"]);
  });

  it("finds nothing for a question sharing no words with any asked question", () => {
    expect(asked.match(understander.understand("lasagna recipe"))).toEqual([]);
  });
});

describe("ranking passages", () => {
  it("puts the passage answering the asker's words first", async () => {
    expect((await ids("how many cards did the lab use"))[0]).toBe("cost-report#3");
  });

  it("ranks the passage holding the kind of fact asked for above one that only shares the words", async () => {
    expect((await ids("when did the chip maker's shares fall?"))[0]).toMatch(/^market#|^article#/);
    expect((await ids("how much did the chip maker's shares fall on monday?"))[0]).toBe("market#1");
  });

  it("always brings the article's passage for a question about the article", async () => {
    const found = await ids("according to the article, what about the lab and its chips?");
    expect(found.some((id) => id.startsWith("article#"))).toBe(true);
  });

  it("carries the matched asked: question with the passage it answers", async () => {
    const [top] = await retrieve(understander.understand("how much did the model cost to train"));
    expect(top?.asked?.question.text).toBe("how much did the model cost to train");
  });
});
