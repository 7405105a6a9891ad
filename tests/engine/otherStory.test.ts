import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// The engine is generic over its knowledge folder: swapped onto a small story it has never been tuned on (a battery
// maker's recycling claim and its share price), it must answer, decline and check as it does for its own story.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(OTHER_STORY, OTHER_STORY) });
});

const firstLine = async (question: string) => (await engine.answer(question)).answer.split("\n")[0]!;
const verdictOf = (claim: string) => engine.check(claim).results[0]?.verdict;

describe("answering about another story", () => {
  it("leads with the figure asked for", async () => {
    expect(await firstLine("how much did voltaris shares rise on tuesday?")).toMatch(/24%/);
  });

  it("leads with the figure asked for in a casual question", async () => {
    expect(await firstLine("yo how much did voltaris stock go up tuesday lol")).toMatch(/24%/);
  });

  it("leads with the source's figure where the article's is wrong", async () => {
    expect(await firstLine("how many tonnes does the pilot plant handle?")).toMatch(/500 tonnes/);
  });

  it("quotes what a person of the story said", async () => {
    expect(await firstLine("what did voltaris's ceo call the process?")).toMatch(/turning point/);
  });

  it("declines a near-domain question asking one of the story's figures of another of its names", async () => {
    // The story has Tuesday's share rise, but of Voltaris, not of its chief executive.
    expect((await engine.answer("how much did maria lind's shares rise on tuesday")).declined).toBe(true);
  });

  it("declines a question about something else, naming its own story", async () => {
    const answer = await engine.answer("what's a good lasagna recipe?");
    expect(answer.declined).toBe(true);
    expect(answer.answer).toMatch(/Voltaris/);
  });
});

describe("checking claims about another story", () => {
  it("supports a claim the sources state", () => {
    expect(verdictOf("voltaris shares rose 24% on tuesday")).toBe("supported");
  });

  it("contradicts a claim with a wrong figure", () => {
    expect(verdictOf("voltaris stock jumped 40% on tuesday")).toBe("contradicted");
  });

  it("contradicts a move in the wrong direction", () => {
    expect(verdictOf("voltaris shares fell 24% on tuesday")).toBe("contradicted");
  });

  it("answers the question after a ramble about the story", async () => {
    const answer = await engine.answer(
      "ok so my friend keeps saying voltaris basically solved recycling. what did the independent test actually find?",
    );
    expect(answer.declined).toBe(false);
  });

  it("does not rule on a claim the documents do not speak to", () => {
    expect(verdictOf("voltaris plans to build a factory in texas")).toBe("not_covered");
  });

  it("checks each statement of a message joined by and before one of the story's names", () => {
    const report = engine.check("voltaris shares rose 24% on tuesday and hydroloop recovers 98% of the lithium");
    expect(report.results.map((r) => r.verdict)).toEqual(["supported", "nuanced"]);
  });
});
