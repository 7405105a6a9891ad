import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";
import { writeStory } from "../helpers/storyFolder.js";

/* Comparisons, names and versions. The story: two drones, the VX-9 and the K4 (dated version K4-0310), on two tests; Vantor's founder is
 * only a search word for Vantor. */

const ARTICLE = "The VX-9 drone from Vantor rivals the K4.";
const NOTES: Record<string, string> = {
  flight: "On the FlightBench test, the VX-9 scored 81.5% and the K4-0310 scored 79.0%.",
  hover: "On the HoverSuite test, the VX-9 scored 88.0% and the K4-0310 scored 93.1%.",
  maker: "Vantor is owned by the Harbour Group, a shipping company.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES, {
    files: { "synonyms.txt": "mira solen, vantor founder => vantor, harbour group\n" },
  });
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

describe("comparisons, names and versions", () => {
  it("calls a comparison nuanced when the sources have each ahead on some tests", () => {
    expect(checker.check("the VX-9 outperforms the K4 on the tests").verdict).toBe("nuanced");
  });

  it("judges a comparison on one named test by that test's sentence alone", () => {
    expect(checker.check("the VX-9 beats the K4 on the HoverSuite test").verdict).toBe("contradicted");
  });

  it("does not judge a comparison with another dated version by that version's scores", () => {
    expect(checker.check("the VX-9 beats the K4-0999 on the FlightBench test").verdict).not.toBe("supported");
  });

  it("contradicts scores swapped between a model and a dated version of its rival", () => {
    expect(checker.check("K4-0310 got 81.5% on FlightBench").verdict).toBe("contradicted");
  });

  it("gives no ✅ about a person the sources never name, known only as a search word", () => {
    expect(checker.check("Mira Solen owns Vantor through the Harbour Group").verdict).not.toBe("supported");
  });
});

describe("a comparison that names no measure", () => {
  /* Only one of the two tests is called a maths benchmark, so a statement about benchmarks shares more words with it. */
  let rivals: ClaimChecker;
  beforeAll(async () => {
    const dir = await writeStory("The VX-9 drone from Vantor rivals the K4.", {
      flight: "On the FlightBench maths benchmark, the VX-9 scored 81.5% and the K4 scored 79.0%.",
      hover: "On HoverSuite, the VX-9 scored 88.0% and the K4 scored 93.1%.",
      price: "The VX-9 sells for $900 in Oslo.",
      k4: "The K4 is made in Bergen.",
    });
    const corpus = await loadCorpus(dir, dir);
    rivals = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
  });

  it("is nuanced when a sentence comparing the two goes the other way, though it shares fewer of its words", () => {
    expect(rivals.check("the VX-9 beats the K4 on maths benchmarks").verdict).toBe("nuanced");
  });

  it("is nuanced whatever word the statement adds that no sentence says", () => {
    expect(rivals.check("the VX-9 beats the K4 on benchmarks, period").verdict).toBe("nuanced");
  });
});
