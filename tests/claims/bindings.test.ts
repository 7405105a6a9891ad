import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import type { CheckResult } from "../../src/claims/types.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* Each binding of a value (what it is of, which way it moved, its unit, its benchmark, its date, who said it) checked
 * on its own, contradicted with the right value shown. The story: a ferry line, Tidewell, and its boat TW-3. */

const ARTICLE = "Tidewell shares fell 6.5% in a single day after the TW-3 launch, erasing over $40 million in value.";
const NOTES: Record<string, string> = {
  market:
    "Tidewell shares fell 6.5% on Tuesday 8 April 2025. Tidewell lost $41 million of market value on 8 April 2025.",
  trials: "On the HarbourRun trial, the TW-3 scored 88.4%. On the StormLap trial, the TW-3 scored 71.9%.",
  fuel: "The TW-3 burns 2.4 million litres of Q7 fuel a year. The Q9 fuel is sold only in Norway.",
  launch: "Tidewell launched the TW-3 on 2 April 2025.",
  office: "Tidewell opened its Lisbon office in May 2024.",
  fares: "Tidewell charges $3.50 per thousand passenger miles.",
  refit: "The $9 million refit budget leaves out buying the new engines.",
  crews: "Tidewell trained its crews on Q7 simulators.",
  press: "On 9 April 2025, Wire reported that every TW-3 ticket for the summer had sold.",
  resale: "The resale value of a used TW-3 fell 14% on Monday 7 April 2025.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES, { published: "2025-04-09" });
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

const shown = (r: CheckResult) => [r.articleExcerpt?.text, ...r.evidence.map((e) => e.text)].filter(Boolean).join(" ");

describe("subject: what the value is of", () => {
  it("contradicts a figure given to another thing of the same sort, showing whose it is", () => {
    const r = checker.check("the TW-3 burns 2.4 million litres of Q9 fuel a year");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/Q7 fuel/);
  });
});

describe("direction: which way it moved", () => {
  it("contradicts a rise that was a fall, whatever else the statement adds, showing the fall", () => {
    const r = checker.check("lol the TW-3 resale value actually went up 14% on monday after all that hype");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/fell 14% on Monday/);
  });
});

describe("unit: what it is counted in", () => {
  it("contradicts an amount in billions that the sources give in millions, showing the right amount", () => {
    const r = checker.check("Tidewell lost $41 billion of market value on 8 april 2025");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/\$41 million/);
  });

  it("contradicts a price per another quantity, showing what it is per", () => {
    const r = checker.check("Tidewell charges $3.50 per million passenger miles");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/per thousand/);
  });
});

describe("benchmark: what the score was on", () => {
  it("contradicts a score given for another trial, showing that trial's own score", () => {
    const r = checker.check("the TW-3 scored 88.4% on StormLap");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/71\.9%/);
  });
});

describe("date: when it happened", () => {
  it("contradicts a wrong date for an event, showing the right one", () => {
    const r = checker.check("Tidewell launched the TW-3 in march 2025");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/2 April 2025/);
  });

  it("does not confirm an event's date with a sentence dated that day about something else", () => {
    const r = checker.check("Tidewell launched the TW-3 on 9 april 2025");
    expect(r.verdict).toBe("contradicted");
    expect(shown(r)).toMatch(/2 April 2025/);
  });

  it("does not confirm a day with a source that gives only the month", () => {
    expect(checker.check("Tidewell opened its Lisbon office on 14 may 2024").verdict).not.toBe("supported");
  });
});

describe("attribution: who said it", () => {
  it("contradicts a figure credited to the article that only the sources give, showing the sources' words", () => {
    const r = checker.check("the article says Tidewell lost $41 million of market value");
    expect(r.verdict).toBe("contradicted");
    expect(r.explanationCode).toBe("explanation.not_in_article");
    expect(shown(r)).toMatch(/\$41 million/);
  });

  it("contradicts a wrong figure credited to the article, showing the article's own", () => {
    const r = checker.check("per the article, Tidewell shares fell 9.5% in a single day");
    expect(r.verdict).toBe("contradicted");
    expect(r.articleExcerpt?.text).toMatch(/6\.5%/);
  });

  it("contradicts a fact credited to the article that only the sources state", () => {
    const r = checker.check("the article itself says Tidewell trained its crews on Q7 simulators");
    expect(r.verdict).toBe("contradicted");
    expect(r.explanationCode).toBe("explanation.not_in_article");
  });
});

describe("denial: what a figure leaves out", () => {
  it("does not confirm a figure with a sentence saying it leaves that out", () => {
    expect(checker.check("the $9 million refit budget paid for buying the new engines").verdict).not.toBe("supported");
  });
});
