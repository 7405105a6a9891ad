import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* Which way a share price moved, stated with no figure: the move's own clause says what moved, the circumstance
 * after it ("when the launch news hit") only why. The story: a drone maker, Vantor, and two days of its shares. */

const ARTICLE = "Vantor shares fell after the VX-9 launch news.";
const NOTES: Record<string, string> = {
  friday: "Vantor's stock closed 4.2% lower at $20.10 on Friday 14 March 2025, Wire reported.",
  monday: "Wire reported that Vantor's stock fell 11% to $17.90 on Monday 17 March 2025.",
  launch: "Vantor released the VX-9 on 10 March 2025, and the launch news spread quickly among investors.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

const shown = (statement: string) => {
  const r = checker.check(statement);
  return { verdict: r.verdict, text: r.evidence.map((e) => e.text).join(" ") };
};

describe("a move stated with no figure", () => {
  it("is contradicted by the day's move the other way, whatever circumstance follows it", () => {
    const r = shown("lol vantor stock actually went UP that monday when the launch news hit");
    expect(r.verdict).toBe("contradicted");
    expect(r.text).toMatch(/Monday 17 March/);
  });

  it("is judged by a sentence about its own day, not another day's move", () => {
    const r = shown("vantor stock actually went up on friday 14 march, the slide came later");
    expect(r.verdict).toBe("contradicted");
    expect(r.text).toMatch(/Friday 14 March/);
  });

  it("gets no ✅ from its own clause alone: the circumstance can rule it out, never in", () => {
    expect(checker.check("vantor stock fell that monday when the launch news hit").verdict).not.toBe("supported");
  });
});
