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

/** Questions whose words synonyms widen into phrases of several terms, asked more than once. */
const QUESTIONS = ["how many bucks were spent", "how far did the shares crater", "what gpus did they train on"];

describe("the asked: index's remembered phrase postings", () => {
  it("mark a group said exactly when an asked question holds every term of one of its alternatives", () => {
    const asked = new AskedIndex(corpus, understander);
    for (const round of [1, 2]) {
      for (const question of QUESTIONS) {
        const u = understander.understand(question);
        const matches = asked.match(u);
        expect(matches.length, `${question} (round ${round})`).toBeGreaterThan(0);
        for (const m of matches) {
          const theirs = new Set(
            understander
              .groupsOf(m.question.text)
              .filter((g) => g.known)
              .flatMap((g) => g.terms),
          );
          const direct = u.groups.map(
            (g) => g.known && g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => theirs.has(t))),
          );
          expect(m.says).toEqual(direct);
        }
      }
    }
  });

  it("give a question asked again the matches it got the first time", () => {
    const asked = new AskedIndex(corpus, understander);
    const first = QUESTIONS.map((q) => asked.match(understander.understand(q)).map((m) => [m.question.text, m.score]));
    const again = QUESTIONS.map((q) => asked.match(understander.understand(q)).map((m) => [m.question.text, m.score]));
    expect(again).toEqual(first);
  });
});
