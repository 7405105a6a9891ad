import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { AskedIndex } from "../../src/retrieval/askedIndex.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let understander: Understander;
let asked: AskedIndex;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  understander = createUnderstander(corpus);
  asked = new AskedIndex(corpus, understander);
});

const match = (question: string) => asked.match(understander.understand(question));

describe("the asked: lists as a search index", () => {
  it("finds a section through an asked: question worded like the asker's, though the note's text is not", () => {
    const u = understander.understand("how many bucks were spent");
    // The note's own words ("cost", "$5,576,000") share nothing with the question.
    expect(corpus.index.rank(u.terms, 5)).toEqual([]);
    expect(asked.match(u)[0]?.passages.map((p) => p.id)).toEqual(["cost-report#1", "cost-report#2"]);
  });

  it("puts the asked: question nearest the asker's first", () => {
    expect(match("what happened to the stock on monday")[0]?.question.text).toBe(
      "what happened to the chip maker's stock monday",
    );
  });

  it("reads the asker's words through the synonyms, as it reads the asked: questions", () => {
    expect(match("how bad did the shares crater monday")[0]?.question.text).toBe(
      "how bad did the shares tank on monday",
    );
  });

  it("scores an asked: question that says all of the asker's question, and no more, as 1", () => {
    expect(match("how many bucks did they spend")[0]?.score).toBeCloseTo(1);
  });

  it("scores a partial match below a full one", () => {
    const [full, partial] = match("how bad did the shares crater monday");
    expect(partial!.score).toBeLessThan(full!.score);
  });

  it("says which of the asker's groups each asked: question says", () => {
    const u = understander.understand("how bad did the shares crater monday");
    const article = asked.match(u).find((m) => m.question.docId === "article")!;
    expect(u.groups.filter((_, i) => article.says[i]).map((g) => g.text)).toEqual(["shares", "crater"]);
  });

  it("finds nothing for a question whose words no asked: question uses, though the notes do", () => {
    expect(match("ablation experiments")).toEqual([]);
  });

  it("finds nothing for a question in words the story never uses", () => {
    expect(match("lasagna recipe")).toEqual([]);
  });

  it("returns no more matches than asked for", () => {
    expect(asked.match(understander.understand("how much did the shares fall"), 2)).toHaveLength(2);
  });

  it("indexes every asked: question of the corpus", () => {
    expect(asked.size).toBe(corpus.docs.reduce((n, d) => n + d.asked.length, 0));
  });
});
