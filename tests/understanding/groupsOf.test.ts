import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { AskedIndex } from "../../src/retrieval/askedIndex.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let understander: Understander;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  understander = createUnderstander(corpus);
});

/** The full reading's groups, every one read as the question proper: what the light reading must give. */
const asWhole = (question: string) =>
  understander.understand(question).groups.map((g) => ({ ...g, focus: true, emphasis: 1 }));

describe("the light reading of a question (groupsOf)", () => {
  it("gives the groups the full reading gives, for every asked: question of the knowledge", () => {
    const questions = corpus.asked.map((a) => a.question.text);
    expect(questions.length).toBeGreaterThan(5);
    for (const q of questions) expect(understander.groupsOf(q)).toEqual(asWhole(q));
  });

  it("reads a message's chatter before its question as question too, where the full reading makes it context", () => {
    const message = "my uncle keeps saying nvidia is doomed lol. how much did the training cost?";
    const context = understander.understand(message).groups.filter((g) => !g.focus);
    expect(context.length).toBeGreaterThan(0);
    expect(understander.groupsOf(message)).toEqual(asWhole(message));
  });
});

describe("the asked: index's matches", () => {
  it("carry each asked question read in full, as understanding it directly gives", () => {
    const asked = new AskedIndex(corpus, understander);
    const matches = asked.match(understander.understand("how many bucks were spent"));
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.understanding()).toEqual(understander.understand(m.question.text));
  });
});
