import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* What a statement says beyond the sentences found for it keeps a ✅ from standing. The story: Brightwater's ferry, the
 * Gull-7, built in Oslo; Fjordline, a bus company the story also names; Harbourlink, who calls it a copy of the Heron, an older ferry with cheaper tickets. */

const ARTICLE = "Brightwater launched the Gull-7 ferry this spring.";
const NOTES: Record<string, string> = {
  yard: "Brightwater built the Gull-7 ferry at a shipyard in Oslo over four months.",
  owner: "The Gull-7 is Brightwater's ferry, sailing between Bergen and Stavanger.",
  // Fjordline is named in several notes, so it weighs little: a sentence may say the rest of a statement without it.
  buses: "Buses in Bergen are run by Fjordline.",
  rival: "Tickets in Stavanger are sold by Fjordline.",
  routes: "Ferries to Oslo include those of Fjordline.",
  copy: "The Gull-7 is described by Harbourlink as a fully electric copy of the Heron.",
  manual: "The Gull-7 manual cites Fjordline's safety rules.",
  speed: "The Gull-7 is faster than the Heron.",
  fares: "A Gull-7 ticket costs $12 and a Heron ticket costs $9.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

const verdict = (statement: string) => checker.check(statement).verdict;

describe("a name the story never mentions", () => {
  it("keeps a ✅ from standing, though the rest of the statement is found", () => {
    expect(verdict("brightwater built the gull-7 ferry at a shipyard in oslo for tesla")).toBe("not_covered");
  });

  it("is not an ordinary word the story happens not to use", () => {
    expect(verdict("brightwater built the gull-7 ferry at a shipyard in oslo, brutal")).toBe("supported");
  });
});

describe("whose a thing is", () => {
  it("keeps a ✅ from standing when no sentence found names that owner", () => {
    expect(verdict("the gull-7 is fjordline's electric copy of the heron")).toBe("not_covered");
  });

  it("keeps a ✅ from standing when the sentence found names that owner only as owner of something else", () => {
    expect(verdict("the gull-7 manual is fjordline's")).toBe("not_covered");
  });

  it("lets a ✅ stand when the sentence found names the owner", () => {
    expect(verdict("the gull-7 is harbourlink's electric copy of the heron")).toBe("supported");
  });
});

describe("a limit set in words", () => {
  it("keeps a ✅ from standing when no sentence found carries it", () => {
    expect(verdict("brightwater built the gull-7 ferry at a shipyard in oslo in under a week")).toBe("not_covered");
  });

  it("lets a ✅ stand when the sentence found carries it", () => {
    expect(verdict("brightwater built the gull-7 ferry at a shipyard in oslo over four months")).toBe("supported");
  });
});

describe("a comparison written as a sign", () => {
  const message = (text: string) => checker.checkMessage(text).results[0]?.verdict;

  it("is judged as the comparison it stands for", () => {
    expect(message("a heron ticket > a gull-7 ticket")).toBe("contradicted");
  });

  it("gets no ✅ from a sentence that merely names both things", () => {
    expect(message("the heron > the gull-7 on speed")).not.toBe("supported");
  });
});

describe("what someone is said to have said", () => {
  it("is supported when the shown sentence says each of its words", () => {
    expect(verdict("harbourlink says the gull-7 is a fully electric copy of the heron")).toBe("supported");
  });

  it("keeps a ✅ from standing when it adds a word the source never said", () => {
    expect(verdict("harbourlink says the gull-7 is a faulty copy of the heron")).toBe("not_covered");
  });
});
