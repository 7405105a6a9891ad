import { describe, expect, it } from "vitest";
import { questionCore, stripFrames } from "../../src/understanding/askFrames.js";

describe("the question behind the ways of asking", () => {
  it("drops a request for a simple answer, wherever it stands", () => {
    expect(stripFrames("explain like i'm new: what is r1-zero?")).toBe("what is r1-zero?");
    expect(stripFrames("what is GRPO, in simple terms")).toBe("what is GRPO,");
  });

  it("drops chat words before the question and after it", () => {
    expect(questionCore("eli5 what GRPO is pls")).toBe("what GRPO is");
    expect(questionCore("ok so who funds them lol")).toBe("who funds them");
  });

  it("keeps the question mark that chat words stood before", () => {
    expect(questionCore("who funds them lol?")).toBe("who funds them?");
  });

  it("leaves a message of chat words alone rather than emptying it", () => {
    expect(questionCore("lol")).toBe("lol");
  });
});
