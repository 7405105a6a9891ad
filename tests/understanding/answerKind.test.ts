import { describe, expect, it } from "vitest";
import { answerKinds } from "../../src/understanding/answerKind.js";

describe("the kind of answer a question wants", () => {
  it.each([
    ["how much did it cost to train?", "money"],
    ["r1 api pricing?", "money"],
    ["how much did nvda tank", "change"],
    ["when did the us tighten the rules?", "date"],
    ["how many gpus did they use", "count"],
    ["v3 gpu count?", "count"],
    ["who bankrolls them", "entity"],
    ["what rl algo did they use", "entity"],
    ["why did they pick grpo", "reason"],
    ["what's GRPO?", "definition"],
    ["what does the piece mean by a computational power trap", "definition"],
    ["r1 vs o1 on aime", "comparison"],
    ["what did nvidia say about it", "view"],
    ["is r1 open source", "yesno"],
    ["which nvidia chips were blocked", "list"],
    ["how big is the model?", "figure"],
  ])("%j wants %s first", (question, kind) => {
    expect(answerKinds(question)[0]).toBe(kind);
  });

  it("says other when the wording names no kind", () => {
    expect(answerKinds("deepseek")).toEqual(["other"]);
  });
});
