import { beforeAll, describe, expect, it } from "vitest";
import { checkAgainstNotes, opinionOf } from "../../src/claims/verdicts.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";
import { writeStory } from "../helpers/storyFolder.js";

/* Verdicts the notes give when no known claim matches: the closest view for an opinion, the sentence (or the short
 * passage) that says a statement. Each note below is written for one or two of the tests. */

const ARTICLE = "The model was trained for merely $5.5 million on H800 GPUs.";
const FILLER =
  "The city has many parks and a busy harbour that ships grain, steel and cotton to ports across the sea. ";
/** A paragraph of exactly 700 characters whose sentences share out "Moonshot trained Kimi by trial and error in Beijing". */
const LONG = `Moonshot is a lab in Beijing. ${FILLER.repeat(6)}Rain falls in June. Kimi learned by trial and error.`;
const NOTES: Record<string, string> = {
  hardware: "The lab did not buy new chips. The lab trained the model on 2,048 H800 GPUs.",
  cost: "The final training run cost $5,576,000, over five million dollars.",
  views: "Analysts said the chip maker shares were overvalued. Critics argued the chip maker shares were a bubble.",
  comparisons: "The H800 is slower than the H100. The team finished training sooner than planned.",
  grpo: "GRPO drops the critic model. It scores answers against the group average.",
  "grpo-groups": "GRPO scores answers in groups and averages them.",
  // GRPO in a third note weighs less, so that the sentence above says less than three quarters of the GRPO test's.
  "grpo-again": "GRPO is new. GRPO is cheap. GRPO drops the critic.",
  servers: "Kunpeng servers were used. Ascend accelerators helped. Training took weeks.",
  moonshot: LONG,
  // Words found in one note each, so they weigh the same: a share of them is an exact fraction.
  pundits: "Pundits praised the shipyards.",
  guild: "Smiths and tanners met. Coopers and masons came. Glaziers left.",
};

/**
 * A story whose every document names its team and model: search leaves such common words out, so a short note
 * sharing only the rarer words of a statement ranks above a longer one that says all of it.
 */
const KESTREL = "The team built a model.";
const KESTREL_NOTES: Record<string, string> = {
  tests: "The team tested the model.",
  release: "The team released the model.",
  short: "Kestrel uses a lattice.",
  long: "Kestrel has a big team of researchers. The lattice model came later this year.",
};

async function corpusOf(article: string, notes: Record<string, string>): Promise<Corpus> {
  const dir = await writeStory(article, notes, { published: "2025-01-27" });
  return loadCorpus(dir, dir);
}

let corpus: Corpus;
let understander: Understander;
let kestrel: Corpus;
beforeAll(async () => {
  corpus = await corpusOf(ARTICLE, NOTES);
  understander = createUnderstander(corpus);
  kestrel = await corpusOf(KESTREL, KESTREL_NOTES);
});

const notes = (statement: string) => checkAgainstNotes(statement, understander.understand(statement), corpus);
const opinion = (statement: string) => opinionOf(statement, understander.understand(statement), corpus);
const shown = (result: { evidence: Array<{ text: string }> }) => result.evidence.map((e) => e.text);

describe("the closest view shown beside an opinion", () => {
  it("is the view that says most of it, not the first one found", () => {
    expect(shown(opinion("the chip maker shares are a bubble"))).toEqual([
      "Critics argued the chip maker shares were a bubble.",
    ]);
  });

  it("is found by the words the story knows, however many others the opinion has", () => {
    const statement = "my barber, his cousin and their neighbours agree the chip maker shares are a bubble";
    expect(shown(opinion(statement))).toEqual(["Critics argued the chip maker shares were a bubble."]);
  });

  it("is shown when it speaks to half of the opinion", () => {
    expect(shown(opinion("the shipyards and the smiths are overrated"))).toEqual(["Pundits praised the shipyards."]);
  });

  it("is not shown when it speaks to only a small part of the opinion", () => {
    expect(opinion("the lab's H800 GPUs are a bubble")).toMatchObject({
      explanation: "That is an opinion, not a checkable fact, and the sources offer no view on it.",
      evidence: [],
    });
  });
});

describe("a statement checked against the notes", () => {
  it("is never supported by the article it is checked against", () => {
    expect(notes("the model was trained for merely $5.5 million").verdict).toBe("not_covered");
  });

  it("is supported by the note sentence that says it, though another sentence of its passage is negative", () => {
    expect(notes("the lab trained the model on 2,048 H800 GPUs")).toMatchObject({
      verdict: "supported",
      evidence: [expect.objectContaining({ text: "The lab trained the model on 2,048 H800 GPUs." })],
    });
  });

  it("is checked when the story knows half of its words", () => {
    const statement = "the team finished quietly yesterday";
    expect(understander.understand(statement).coverage).toBe(0.5);
    expect(notes(statement).verdict).toBe("supported");
  });

  it.each([
    ["a figure whose digits the note has in another number", "the lab trained the model on 248 H800 GPUs"],
    ["a rounded figure the note states exactly", "the final training run cost $5.5 million"],
    ["a figure sharing only its first digits with the note's", "the final training run cost $5,500"],
  ])("is not covered when it states %s", (_, statement) => {
    expect(notes(statement).verdict).toBe("not_covered");
  });
});

describe("a comparison checked against the notes", () => {
  it("of two named things is left to the sources' own comparisons", () => {
    expect(notes("the H800 is slower than the H100").verdict).toBe("not_covered");
  });

  it("naming no two things is checked like any statement", () => {
    expect(notes("the team finished training sooner than planned").verdict).toBe("supported");
  });
});

describe("a statement that a note passage's sentences share out", () => {
  const GRPO = "GRPO drops the critic and scores answers against the group average";

  it("is supported by the passage that says it, showing that passage's sentence, not a closer one of another note", () => {
    expect(notes(GRPO)).toMatchObject({
      verdict: "supported",
      evidence: [expect.objectContaining({ text: "It scores answers against the group average." })],
    });
  });

  it("is supported when the passage's best sentence says two fifths of it", () => {
    expect(notes("smiths and tanners worked with coopers, masons and glaziers").verdict).toBe("supported");
  });

  it("is supported by the passage that says all of it, though a shorter one that says less ranks above it", () => {
    const statement = "the kestrel team has a lattice model";
    expect(checkAgainstNotes(statement, createUnderstander(kestrel).understand(statement), kestrel).verdict).toBe(
      "supported",
    );
  });

  it("is not covered when each sentence of the passage says only a scrap of it", () => {
    expect(notes("Kunpeng servers and Ascend accelerators took weeks of training").verdict).toBe("not_covered");
  });

  it("is not covered when the passage runs to 700 characters or more", () => {
    expect(corpus.passages.find((p) => p.docId === "moonshot")?.text).toHaveLength(700);
    expect(notes("Moonshot trained Kimi by trial and error in Beijing").verdict).toBe("not_covered");
  });
});
