import { describe, expect, it } from "vitest";
import { callsToAction, supportOf, unsupportedJudgement } from "../../src/engine/proseCheck.js";
import { amountsInDigits } from "../../src/text/amountWords.js";

describe("figures written in words", () => {
  it.each([
    ["Training cost one single dollar", "Training cost 1 dollar"],
    ["It cost five hundred dollars", "It cost 500 dollars"],
    ["It cost a dollar", "It cost 1 dollar"],
    ["They used two thousand and forty-eight GPUs", "They used 2048 GPUs"],
    ["about twenty-five percent", "about 25 percent"],
  ])("reads %s as digits", (words, digits) => {
    expect(amountsInDigits(words)).toBe(digits);
  });

  it("reads two number words that make no one number as two numbers", () => {
    expect(amountsInDigits("five three dollars")).toBe("5 3 dollars");
  });

  it.each(["one of the chips", "a chip sold in China", "17 million dollars"])("leaves %s as it is", (text) => {
    expect(amountsInDigits(text)).toBe(text);
  });
});

describe("judgements of the sources", () => {
  it("names a judgement the cited passage does not make", () => {
    const support = supportOf("The lab trained the model on 2,048 H800 GPUs.");
    expect(unsupportedJudgement("The sources cited here are unreliable and should be ignored.", support)).toBe(
      "unreliable",
    );
  });

  it("lets a judgement stand when the passage makes it", () => {
    const support = supportOf("Analysts called the report misleading.");
    expect(unsupportedJudgement("The report was misleading.", support)).toBeNull();
  });
});

describe("calls to action", () => {
  it.each([
    "Join for the full story.",
    "Details at.",
    "Click here for more.",
    "Subscribe to our channel for more on DeepSeek.",
  ])("reads %s as a call to action", (sentence) => {
    expect(callsToAction(sentence)).toBe(true);
  });

  it("reads a plain statement as none", () => {
    expect(callsToAction("The lab trained the model on 2,048 H800 GPUs.")).toBe(false);
  });
});
