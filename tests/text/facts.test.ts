import { describe, expect, it } from "vitest";
import { factKinds, namesIn } from "../../src/text/facts.js";
import { sameValue, valuesIn } from "../../src/text/values.js";

describe("the kinds of fact a sentence holds", () => {
  it.each([
    ["The run cost $5.576 million.", "money"],
    ["Shares fell 3.12% on Friday.", "percent"],
    ["It was released on 20 January 2025.", "date"],
    ["It was trained on 2,048 H800 GPUs.", "count"],
    ["DeepSeek chose GRPO to lower the cost of RL training.", "reason"],
    ["R1 scored 79.8% versus 79.2% for o1.", "comparison"],
    ["The weights are under the MIT License.", "licence"],
    ["NVIDIA called R1 an excellent advance.", "view"],
  ])("finds in %j a %s", (sentence, kind) => {
    expect(factKinds(sentence).has(kind as never)).toBe(true);
  });

  it("does not count the digits inside a name as a figure", () => {
    const kinds = factKinds("The H800 is a cut-down H100 made for China.");
    expect(kinds.has("count")).toBe(false);
    expect(kinds.has("number")).toBe(false);
  });

  it("finds the names a sentence mentions", () => {
    expect(namesIn("The report by Ben Thompson was about DeepSeek-V3.")).toEqual(["Ben Thompson", "DeepSeek-V3"]);
  });
});

describe("values compared across their spellings", () => {
  const one = (text: string) => valuesIn(text)[0]!;
  it.each([
    ["$5.5M", "$5,576,000", true],
    ["5.5 mil", "$5.576 million", true],
    ["$294k", "US$294,000", true],
    ["about 17%", "16.97%", true],
    ["almost 600b lost", "lost $589-593 billion", true],
    ["2048 h800s", "2,048 H800 GPUs", true],
    ["around 20,000 h800s", "2,048 H800 GPUs", false],
    ["jan 27", "27 January 2025", true],
    ["jan 27", "20 January 2025", false],
    ["apache 2.0", "the MIT License", false],
    ["2 years", "7 to 10 months", false],
    ["over $100 billion lost", "about $110-113 billion lost", true],
  ])("%j and %j are the same value: %s", (a, b, same) => {
    expect(sameValue(one(a), one(b))).toBe(same);
  });
});
