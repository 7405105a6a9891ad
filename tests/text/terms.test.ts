import { describe, expect, it } from "vitest";
import { normaliseFigures, stemWord, toTerms, wordStems } from "../../src/text/terms.js";

describe("turning text into search terms", () => {
  it.each([
    ["$5.5M", ["5.5", "million"]],
    ["5.5 million", ["5.5", "million"]],
    ["$5,576,000", ["5.576", "5.5", "5.6", "million"]],
    ["US$5.576 mln", ["5.576", "5.5", "5.6", "million"]],
    ["3.12%", ["3.12", "3.1", "percent"]],
    ["2,048 GPUs", ["2048", "gpu"]],
    ["$589 billion", ["589", "billion"]],
    ["$294k", ["294000"]],
  ])("spells %j the canonical way", (text, terms) => {
    expect(toTerms(text)).toEqual(terms);
  });

  it("finds a hyphenated model name by its parts and as a whole", () => {
    expect(toTerms("DeepSeek-R1")).toEqual(["deepseek", "r1", "deepseekr1"]);
  });

  it("lets a shorter hyphenated name find a longer one", () => {
    expect(toTerms("DeepSeek-R1-Zero")).toEqual(expect.arrayContaining(toTerms("R1-Zero")));
  });

  it("stems words so that plural and singular meet", () => {
    expect(toTerms("chips")).toEqual(toTerms("chip"));
  });

  it("brings irregular past forms back to their verb", () => {
    expect(toTerms("fell")).toEqual(toTerms("fall"));
  });

  it("reads 'found' as finding, not founding, which 'founded' says", () => {
    expect(toTerms("found")).toEqual(toTerms("find"));
    expect(toTerms("founded")).not.toEqual(toTerms("found"));
  });

  it("drops question words, which say nothing about the topic", () => {
    expect(toTerms("what is the price")).toEqual(["price"]);
  });

  it("reads the country 'US' as a word, not the stopword 'us'", () => {
    expect(toTerms("the US and the U.S.")).toEqual(["usa", "usa"]);
  });
});

describe("figures and spellings written differently meet", () => {
  it.each([
    ["$5.5M", "5.5 million"],
    ["$5,576,000", "$5.5M"],
    ["$294k", "294,000"],
    ["3.12%", "3.12 percent"],
    ["3.12%", "3.12 per cent"],
    ["H800s", "H800"],
    ["licence", "license"],
    ["licenced", "licensed"],
    ["optimisation", "optimization"],
    ["optimised", "optimized"],
    ["centre", "center"],
    ["colour", "color"],
  ])("%j holds every term of %j", (a, b) => {
    expect(toTerms(a)).toEqual(expect.arrayContaining(toTerms(b)));
  });

  it("reads the plural of a name with digits as the name: 'H800s' yields 'h800'", () => {
    expect(toTerms("H800s")).toEqual(["h800"]);
  });

  it("keeps a name with digits whole rather than stemming it", () => {
    expect(toTerms("GB200")).toEqual(["gb200"]);
  });

  it("writes large grouped figures as a scale", () => {
    expect(normaliseFigures("$5,576,000")).toBe(" 5.576 million");
  });
});

describe("word stems for phrase matching", () => {
  it("keeps stopwords, in order, so phrases like 'right now' can be matched", () => {
    expect(wordStems("how much did they tank right now")).toEqual([
      "how",
      "much",
      "did",
      "thei",
      "tank",
      "right",
      "now",
    ]);
  });

  it("stems each word as toTerms does", () => {
    expect(wordStems("tanked graphics cards")).toEqual(["tank", "graphic", "card"]);
  });

  it("stems one word with British spelling read as American", () => {
    expect(stemWord("optimisation")).toBe(stemWord("optimization"));
  });
});

describe("a name made of a letter and a word", () => {
  it("keeps the letter in the compound, so A-shares are not just shares", () => {
    const plain = new Set(toTerms("shares"));
    const compound = toTerms("A-shares").filter((t) => !plain.has(t));
    expect(compound.length).toBeGreaterThan(0);
    expect(toTerms("the A-share market")).toEqual(expect.arrayContaining(compound));
  });
});
