import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/corpus/corpus.js";
import { parseSynonyms } from "../../src/knowledge/synonyms.js";
import { stemWord, wordStems } from "../../src/text/terms.js";
import { SynonymMatcher } from "../../src/understanding/synonyms.js";

describe("parsing synonyms.txt", () => {
  it.each([
    [
      "an equivalence list",
      "gpu, graphics card, accelerator",
      { from: ["gpu", "graphics card", "accelerator"], to: null },
    ],
    ["a mapping", "tank, crater, nosedive => fall", { from: ["tank", "crater", "nosedive"], to: ["fall"] }],
    ["a mapping to several words", "nvda => nvidia, nvidia stock", { from: ["nvda"], to: ["nvidia", "nvidia stock"] }],
    [
      "entries in capitals and with runs of spaces",
      "GPU,  Graphics   Card",
      { from: ["gpu", "graphics card"], to: null },
    ],
    ["a rule followed by a comment", "tank => fall   # slang for a drop", { from: ["tank"], to: ["fall"] }],
    [
      "entries with digits and symbols",
      "at&t, att, 3.12%, s&p 500",
      { from: ["at&t", "att", "3.12%", "s&p 500"], to: null },
    ],
  ])("reads %s", (_, line, rule) => {
    expect(parseSynonyms(line)).toEqual({ rules: [{ ...rule, line: 1 }], problems: [] });
  });

  it("ignores comment lines and blank lines, counting them for line numbers", () => {
    expect(parseSynonyms("# slang\n\n   \ntank => fall\n").rules).toEqual([{ from: ["tank"], to: ["fall"], line: 4 }]);
  });

  it("reads Windows line endings", () => {
    expect(parseSynonyms("tank => fall\r\ngpu, card\r\n").rules.map((r) => r.to)).toEqual([["fall"], null]);
  });

  it.each([
    ["has two '=>'", "plunge => drop => fall", /more than one '=>'/],
    ["has nothing before '=>'", " => fall", /nothing before '=>'/],
    ["has nothing after '=>'", "tank =>", /nothing after '=>'/],
    ["has an empty entry between commas", "tank, , crater => fall", /an empty entry before '=>'/],
    ["ends with a comma", "gpu, card,", /an empty entry in the list/],
    ["is a single word", "tank", /needs two or more different entries/],
    ["repeats one word", "tank, tank", /needs two or more different entries/],
    ["has characters other than words", "price <b>, cost", /"price <b>" is not a word or phrase/],
  ])("reports the line of a rule that %s", (_, line, problem) => {
    const { rules, problems } = parseSynonyms(`# header\n\ntank => fall\n${line}\ngpu, card\n`);
    expect(problems).toEqual([{ line: 4, problem: expect.stringMatching(problem) }]);
    expect(rules.map((r) => r.line)).toEqual([3, 5]);
  });
});

function matcher(text: string): SynonymMatcher {
  const { rules, problems } = parseSynonyms(text);
  expect(problems).toEqual([]);
  return new SynonymMatcher(rules);
}

const RULES =
  "tank, crater => fall\ngpu, graphics card\nnvidia stock, nvda\nnvidia, team green\nright now => currently\n";

describe("matching a question's words against the synonyms", () => {
  it("matches on stems, so 'tanked' meets a rule written 'tank'", () => {
    expect(matcher(RULES).match(wordStems("nvidia tanked"))).toContainEqual(
      expect.objectContaining({ at: 1, length: 1, means: ["fall"] }),
    );
  });

  it("matches a plural against a phrase written in the singular", () => {
    expect(matcher(RULES).match(wordStems("the graphics cards"))).toEqual([
      expect.objectContaining({ at: 1, length: 2, means: ["gpu"] }),
    ]);
  });

  it("prefers the longest phrase starting at a word", () => {
    expect(matcher(RULES).match(wordStems("nvidia stock"))).toEqual([
      expect.objectContaining({ at: 0, length: 2, means: ["nvda"] }),
    ]);
  });

  it("falls back to the shorter phrase when the longer one is not there", () => {
    expect(matcher(RULES).match(wordStems("nvidia chips"))).toEqual([
      expect.objectContaining({ at: 0, length: 1, means: ["team green"] }),
    ]);
  });

  it("matches a phrase in the middle of a question, never overlapping another match", () => {
    const matches = matcher(RULES).match(wordStems("did nvda tank right now"));
    expect(matches.map((m) => [m.at, m.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
    ]);
  });

  it("gives each match's meanings as search terms", () => {
    expect(matcher(RULES).match(wordStems("right now"))[0]?.meanTerms).toEqual([["current"]]);
  });

  it("marks a '=>' rule as a mapping", () => {
    expect(matcher(RULES).match(wordStems("crater"))[0]?.mapped).toBe(true);
  });

  it("marks an equivalence list as no mapping", () => {
    expect(matcher(RULES).match(wordStems("gpu"))[0]?.mapped).toBe(false);
  });

  it("reads each entry of an equivalence list as the others, never as itself", () => {
    expect(matcher("gpu, card, accelerator\n").match(wordStems("card"))[0]?.means).toEqual(["gpu", "accelerator"]);
  });

  it("does not read the target of a mapping back as its sources", () => {
    expect(matcher(RULES).match(wordStems("fall"))).toEqual([]);
  });

  it("gathers the meanings of a phrase listed in several rules", () => {
    expect(matcher("tank => fall\ntank, crater\n").match(wordStems("tank"))[0]?.means).toEqual(["fall", "crater"]);
  });

  it("gives every word the rules use to spelling correction, as the corpus vocabulary", () => {
    const { vocabulary } = buildCorpus({
      docs: [],
      synonyms: parseSynonyms("graphics card => gpu\n").rules,
      claims: [],
    });
    expect(["graphics", "card", "gpu"].map((w) => vocabulary.has(stemWord(w)))).toEqual([true, true, true]);
  });
});
