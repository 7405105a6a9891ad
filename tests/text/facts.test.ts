import { describe, expect, it } from "vitest";
import { type FactKind, factKinds, namesIn } from "../../src/text/facts.js";
import { sameValue, valuesIn } from "../../src/text/values.js";

describe("the kinds of fact a sentence holds", () => {
  it.each<[string, FactKind]>([
    ["The run cost $5.576 million.", "money"],
    ["Revenue was 5.5 million yuan.", "money"],
    ["Training it cost a few tens of millions of dollars.", "money"],
    ["Shares fell 3.12% on Friday.", "percent"],
    ["Shares fell 3.12 percent.", "percent"],
    ["It was released on 20 January 2025.", "date"],
    ["It fell on Jan. 27.", "date"],
    ["The rules came in 2023.", "date"],
    ["Shares fell on Monday.", "date"],
    ["It was trained on 2,048 H800 GPUs.", "count"],
    ["Six models were released.", "count"],
    ["DeepSeek chose GRPO to lower the cost of RL training.", "reason"],
    ["Shares fell because of fears about spending.", "reason"],
    ["R1 costs less than o1.", "comparison"],
    ["R1 scored 79.8% versus 79.2% for o1.", "comparison"],
    ["The weights are under the MIT License.", "licence"],
    ["The model is open-weight.", "licence"],
    ["NVIDIA called R1 an excellent advance.", "view"],
    ["According to Reuters, the chips were sold.", "view"],
    ["R1, V3 and Janus were all released.", "list"],
    ["Each trillion tokens took 3.7 days on the cluster.", "duration"],
    ["Pre-training was finished in less than two months.", "duration"],
  ])("finds in %j a fact of kind %s", (sentence, kind) => {
    expect([...factKinds(sentence)]).toContain(kind);
  });

  it.each<[string, FactKind]>([
    ["The H800 is a cut-down H100 made for China.", "count"],
    ["GPT-4 is an OpenAI model.", "count"],
    ["The H800 is a cut-down H100 made for China.", "number"],
    ["The run cost $5.576 million.", "count"],
    ["Shares fell 3.12% on Friday.", "count"],
    ["It was released on 20 January 2025.", "money"],
    ["The model is cheap.", "licence"],
    ["The model is cheap.", "view"],
    ["Training took 2.788 million H800 GPU-hours.", "duration"],
  ])("finds in %j no fact of kind %s", (sentence, kind) => {
    expect([...factKinds(sentence)]).not.toContain(kind);
  });
});

describe("names in a sentence", () => {
  it.each([
    ["The shares of NVIDIA fell after DeepSeek released R1.", ["NVIDIA", "DeepSeek", "R1"]],
    ["The report by Ben Thompson was about DeepSeek-V3.", ["Ben Thompson", "DeepSeek-V3"]],
    ["Analysts at Bank of America were calm.", ["Bank of America"]],
    ["GPT-4 and H800 are names.", ["GPT-4", "H800"]],
    ["The model is cheap.", []],
  ])("finds in %j the names %j", (sentence, names) => {
    expect(namesIn(sentence)).toEqual(names);
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

describe("a year or a count", () => {
  it("reads a four-figure number after 'of' followed by what a count counts as a count", () => {
    expect(valuesIn("trained on a cluster of 2048 H800s").map((v) => [v.kind, v.low])).toEqual([["count", 2048]]);
  });

  it("still reads a year after 'in' or 'of' as a year", () => {
    expect(valuesIn("the controls of 2022 tightened in 2023").map((v) => [v.kind, v.unit])).toEqual([
      ["date", "2022--"],
      ["date", "2023--"],
    ]);
  });
});

describe("a unit written once for a list of numbers", () => {
  it.each([
    ["moves of 10 20 30 percent", ["percent", "percent", "percent"]],
    ["10, 20 or 30% a day", ["percent", "percent", "percent"]],
    ["2048 chips fell 3%", ["count", "percent"]],
  ])("%j reads as %j", (text, kinds) => {
    expect(valuesIn(text).map((v) => v.kind)).toEqual(kinds);
  });
});
