import { describe, expect, it } from "vitest";
import { toTerms, wordStems } from "../../src/text/terms.js";

describe("turning text into search terms", () => {
  it.each([
    ["$5.5M", ["5.5", "million"]],
    ["5.5 million", ["5.5", "million"]],
    ["$5,576,000", ["5.576", "5.5", "5.6", "million"]],
    ["US$5.576 mln", ["5.576", "5.5", "5.6", "million"]],
    ["3.12%", ["3.12", "3.1", "percent"]],
    ["2,048 GPUs", ["2048", "gpu"]],
    ["$589 billion", ["589", "billion"]],
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

  it("drops question words, which say nothing about the topic", () => {
    expect(toTerms("what is the price")).toEqual(["price"]);
  });
});

describe("figures and spellings written differently", () => {
  it.each([
    ["$294k", "$294,000"],
    ["50k GPUs", "50,000 GPUs"],
    ["licence", "license"],
    ["optimisation", "optimization"],
    ["H800s", "H800"],
  ])("reads %j as %j", (a, b) => {
    expect(toTerms(a)).toEqual(toTerms(b));
  });

  it("keeps stopwords in word stems, for matching synonym phrases", () => {
    expect(wordStems("right now they tanked")).toEqual(["right", "now", "thei", "tank"]);
  });
});
