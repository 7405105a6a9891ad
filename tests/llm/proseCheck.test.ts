import { describe, expect, it } from "vitest";
import { cleanProse, statesFacts, supportOf, unsupportedFact } from "../../src/engine/proseCheck.js";

const noCommonWords = () => false;
const everyWordCommon = () => true;
const unheld = (sentence: string, passage: string, isCommonWord = noCommonWords) =>
  unsupportedFact(sentence, supportOf(passage), isCommonWord);

describe("figures a passage holds", () => {
  it("holds a figure the passage states exactly", () => {
    expect(unheld("It used 2048 GPUs.", "The lab trained on 2048 GPUs.")).toBeNull();
  });

  it("names a bare figure the passage does not hold", () => {
    expect(unheld("It used 4096 GPUs.", "The lab trained on 2048 GPUs.")).toBe("4096");
  });

  it("names a figure with its scale when the passage does not hold it", () => {
    expect(unheld("It cost 17 million.", "It cost 5.5 million.")).toBe("17 million");
  });

  it("holds an exact figure rounded down, as people round it", () => {
    expect(unheld("It cost 5.5 million.", "It cost 5.576 million.")).toBeNull();
  });

  it("holds an exact figure rounded to the nearest tenth", () => {
    expect(unheld("It cost 5.6 million.", "It cost 5.576 million.")).toBeNull();
  });

  it("holds a figure stated without the scale the passage gives it", () => {
    expect(unheld("The shares fell 17 points.", "The shares fell 17 percent.")).toBeNull();
  });

  it("does not hold a figure at a scale the passage does not give", () => {
    expect(unheld("It cost 17 billion.", "It cost 17 million.")).toBe("17 billion");
  });
});

describe("dates a passage holds", () => {
  const passage = "It shipped on January 20th, 2025, and again on January 27th, 2025.";

  it("holds a date the passage writes another way", () => {
    expect(unheld("It shipped on 20 January 2025.", passage)).toBeNull();
  });

  it("holds the passage's second date as well as its first", () => {
    expect(unheld("It shipped on 27 January 2025.", passage)).toBeNull();
  });

  it("holds two dates in one sentence", () => {
    expect(unheld("It shipped between 20 January 2025 and 27 January 2025.", passage)).toBeNull();
  });

  it("names a date its passage does not hold", () => {
    expect(unheld("It shipped on 21 January 2025.", passage)).toBe("21 January 2025");
  });

  it("holds a date whose figures the passage states", () => {
    expect(unheld("It shipped in January 2025.", "The 2025 plan")).toBeNull();
  });

  it("does not read a held date's day as a figure of its own", () => {
    expect(unheld("It shipped on 20 January 2025 to 3 labs.", "On 20 January 2025 it went to 3 labs.")).toBeNull();
  });
});

describe("names a passage holds", () => {
  it("holds a name the passage uses", () => {
    expect(unheld("The lab bought chips from Nvidia.", "Nvidia sold the chips.")).toBeNull();
  });

  it("names a name in mid-sentence that the passage lacks, even when its word is common", () => {
    expect(unheld("The lab bought chips from Apple.", "Nvidia sold the chips.", everyWordCommon)).toBe("Apple");
  });

  it("names a name of which the passage holds only one word", () => {
    expect(unheld("The lab met Hugging Face.", "A hugging robot.")).toBe("Hugging Face");
  });

  it("ignores the short words and numbers inside a name", () => {
    expect(unheld("Shares of Bank of America fell.", "shares bank america fell")).toBeNull();
  });

  it("names a version the passage lacks of a name it holds", () => {
    expect(unheld("The lab released DeepSeek-V3.", "The lab released DeepSeek.")).toBe("DeepSeek-V3");
  });

  it("names an unknown capitalised first word that is not an ordinary word", () => {
    expect(unheld("Nvidia sold the chips.", "The lab sold the chips.")).toBe("Nvidia");
  });

  it("reads a capitalised first word as an ordinary word when the documents use it as one", () => {
    expect(unheld("Training took months.", "The run was long.", everyWordCommon)).toBeNull();
  });

  it("reads a sentence opener as no name", () => {
    expect(unheld("Overall the run was long.", "The run was long.")).toBeNull();
  });

  it("names a two-word name at the start of a sentence", () => {
    expect(unheld("Apple Music grew.", "The run was long.", everyWordCommon)).toBe("Apple Music");
  });

  it("names a first word written with several capitals", () => {
    expect(unheld("DeepSeek grew.", "The run was long.", everyWordCommon)).toBe("DeepSeek");
  });

  it("names a first word written in capitals", () => {
    expect(unheld("NASA grew.", "The run was long.", everyWordCommon)).toBe("NASA");
  });
});

describe("whether a sentence states facts", () => {
  it("finds a figure checkable", () => {
    expect(statesFacts("It cost 17 million.", noCommonWords)).toBe(true);
  });

  it("finds a date checkable", () => {
    expect(statesFacts("It shipped on 20 January 2025.", noCommonWords)).toBe(true);
  });

  it("finds plain words not checkable", () => {
    expect(statesFacts("that is a good question.", noCommonWords)).toBe(false);
  });
});

describe("cleaning the model's prose", () => {
  const known = new Set(["https://example.org/report"]);

  it("keeps a Markdown link to a knowledge-base document", () => {
    expect(cleanProse("See [the report](https://example.org/report).", known)).toEqual({
      text: "See [the report](https://example.org/report).",
      linksRemoved: 0,
    });
  });

  it("keeps the words of a Markdown link to anywhere else", () => {
    expect(cleanProse("See [the report](https://evil.example/x).", known)).toEqual({
      text: "See the report.",
      linksRemoved: 1,
    });
  });

  it("keeps a bare knowledge-base link in angle brackets", () => {
    expect(cleanProse("See <https://example.org/report> now.", known).text).toBe(
      "See <https://example.org/report> now.",
    );
  });

  it("keeps a bare knowledge-base link followed by punctuation", () => {
    expect(cleanProse("See https://example.org/report...", known).text).toBe("See https://example.org/report...");
  });

  it("removes a bare link to anywhere else and closes the gap", () => {
    expect(cleanProse("See https://evil.example/x now.", known)).toEqual({ text: "See now.", linksRemoved: 1 });
  });

  it("counts every link it removes", () => {
    expect(cleanProse("[a](https://evil.example/a) and https://evil.example/b", known).linksRemoved).toBe(2);
  });
});
