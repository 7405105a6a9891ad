import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// A small story whose note reports a company's statement: that it gave one, what it said (quoted), that it made the
// remark in that statement; and, on the brakes, what it told reporters and what it said in its own words.
const STATEMENT_STORY = new URL("../fixtures/statement-story", import.meta.url).pathname;
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(STATEMENT_STORY, STATEMENT_STORY) });
});

const firstLine = async (question: string) => (await engine.answer(question)).answer.split("\n")[0]!;

describe("answering what someone said", () => {
  it("leads with the statement's words, not with the sentence saying a statement was given", async () => {
    expect(await firstLine("what was lumora's statement on the recall?")).toMatch(/a precaution, not an admission/);
  });

  it("leads with the speaker's quoted words over a report of what they told someone", async () => {
    expect(await firstLine("what did lumora say about the brakes?")).toMatch(/a rare fault/);
  });
});
