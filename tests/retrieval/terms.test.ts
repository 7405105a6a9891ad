import { describe, expect, it } from "vitest";
import { toTerms } from "../../src/retrieval/terms.js";

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
