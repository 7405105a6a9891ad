import { describe, expect, it } from "vitest";
import { answerKinds } from "../../src/understanding/answerKind.js";

describe("the kind of answer a question wants", () => {
  it.each([
    ["how much did it cost", "money"],
    ["how much did it cost to train?", "money"],
    ["r1 api pricing?", "money"],
    ["exact closing price of nvda on fri jan 24?", "money"],
    ["how much did nvda tank", "change"],
    ["by how much did the shares fall", "change"],
    ["when did r1 come out", "date"],
    ["when did the us tighten the rules?", "date"],
    ["how many gpus did they use", "count"],
    ["v3 gpu count?", "count"],
    ["who bankrolls them", "entity"],
    ["what rl algo did they use", "entity"],
    ["why did nvidia fall", "reason"],
    ["why did they pick grpo", "reason"],
    ["what's GRPO?", "definition"],
    ["what does the piece mean by a computational power trap", "definition"],
    ["r1 vs o1", "comparison"],
    ["is r1 better than o1", "comparison"],
    ["what did nvidia say about it", "view"],
    ["how did nvidia react", "view"],
    ["did nvidia say anything about deepseek", "view"],
    ["is it open source", "yesno"],
    ["did deepseek use nvidia chips", "yesno"],
    ["which nvidia chips did they use", "list"],
    ["which nvidia chips were blocked", "list"],
    ["what percentage did the nasdaq drop", "percent"],
    ["how big is the model?", "figure"],
    ["how long did pre-training take?", "duration"],
    ["how many months did it take", "duration"],
    ["how long ago did r1 come out", "date"],
  ])("%j wants %s first", (question, kind) => {
    expect(answerKinds(question)[0]).toBe(kind);
  });

  it("says other when the wording names no kind", () => {
    expect(answerKinds("deepseek")).toEqual(["other"]);
  });

  it("reads every wording it is given, so a synonym's reading counts", () => {
    expect(answerKinds("how hard did nvda crater", "how hard did nvda fall")).toContain("change");
  });

  it("drops the bare figure kind when the question asks for an amount of money", () => {
    expect(answerKinds("how much did it cost")).not.toContain("figure");
  });
});
