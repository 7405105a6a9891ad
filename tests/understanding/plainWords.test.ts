import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { askedFactUnsaid } from "../../src/engine/askedFact.js";
import type { Candidate } from "../../src/engine/candidate.js";
import { toTerms } from "../../src/text/terms.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";
import { writeStory } from "../helpers/storyFolder.js";

// A small story of its own: a harbour whose shares fell, with a word ("mooning") one letter from an everyday one ("morning").
const ARTICLE = "Harbourline shares fell 4% on Monday after weeks of mooning, when a tide flooded its docks.";
const NOTES = {
  market: "Reuters put Harbourline's loss of market value on 12 March at $80 million.",
  tide: "The moon tide of 12 March was the highest in forty years, the port authority said.",
  staff: "Harbourline employs 300 engineers at its northern site.",
};

let understander: Understander;
beforeAll(async () => {
  understander = createUnderstander(await loadCorpus(await writeStory(ARTICLE, NOTES)));
});

const groupOf = (question: string, text: string) =>
  understander.understand(question).groups.find((g) => g.text === text || g.text.startsWith(text));

describe("words the story never uses", () => {
  it("leaves an everyday English word as it is, not corrected into the story's nearest word", () => {
    const morning = groupOf("morning all, why did harbourline shares fall?", "morning");
    expect(morning?.text).toBe("morning");
    expect(morning?.known).toBe(false);
  });

  it("still corrects a typo of a story word", () => {
    expect(understander.understand("why did harbourlnie shares fall?").groups[0]?.known).toBe(true);
  });

  it("reads a day or month written short and capitalised as the calendar, not a name the story leaves out", () => {
    expect(understander.understand("What did Harbourline close at on Mon Mar 12?").unknownNames).toEqual([]);
  });
});

describe("a kind of fact asked about a day", () => {
  it("is said by a sentence that dates the day its own way", () => {
    const u = understander.understand("what did reuters put harbourline's monday loss of market value at?");
    const sentence = NOTES.market;
    const lead = {
      sentence: { text: sentence },
      terms: new Set(toTerms(sentence)),
    } as unknown as Candidate;
    expect(askedFactUnsaid(u, [lead])).toBe(0);
  });
});

describe("a name with a version number", () => {
  it("names something of the story, as the name alone does", async () => {
    const story = await writeStory(
      "Harbourline compared its Falcon-2 reactor with older designs.",
      { staff: "Harbourline employs 300 engineers at its northern site." },
      { files: { "synonyms.txt": "falcon2, falcon 2 => falcon-2\n" } },
    );
    const u = createUnderstander(await loadCorpus(story)).understand("how big is falcon-2?");
    expect(u.subject.map((g) => g.text)).toContain("falcon 2");
  });
});
