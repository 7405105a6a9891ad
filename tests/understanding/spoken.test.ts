import { describe, expect, it } from "vitest";
import { spokenForms } from "../../src/understanding/spoken.js";

/** The names of a small story: what a spoken question may be put back together into. */
const NAMES = new Set(["deepseek", "r1", "h800", "api", "openai", "o1", "grpo", "a100", "gpu"]);
const read = (text: string) => spokenForms(text, (w) => NAMES.has(w.toLowerCase()));

describe("a question written down by speech-to-text", () => {
  it("joins words that make a name of the story", () => {
    expect(read("did deep seek release it")).toBe("did deepseek release it");
  });

  it("joins spelled letters into a name", () => {
    expect(read("what does g r p o stand for")).toBe("what does grpo stand for");
  });

  it("joins a letter and the number said after it", () => {
    expect(read("was it the h eight hundred")).toBe("was it the h800");
  });

  it("reads letters as speech-to-text spells them", () => {
    expect(read("is are one better than open a eye oh one")).toBe("is r1 better than openai o1");
  });

  it("reads the names of H and U as speech-to-text writes them ('age', 'use')", () => {
    expect(read("how many gee pee use for the age eight hundred")).toBe("how many gpu for the h800");
  });

  it("leaves 'age' and 'use' alone where they join into no name", () => {
    expect(read("what age did they use")).toBe("what age did they use");
  });

  it("leaves words alone that join into no name", () => {
    expect(read("do you think they should see it")).toBe("do you think they should see it");
  });

  it("never reads the article before a number as a letter", () => {
    expect(read("about a hundred people")).toBe("about a hundred people");
  });

  it("leaves a name that was typed with its hyphen as it was", () => {
    expect(read("is DeepSeek-R1 open")).toBe("is DeepSeek-R1 open");
  });
});
