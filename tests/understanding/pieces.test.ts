import { describe, expect, it } from "vitest";
import { questionsIn } from "../../src/understanding/pieces.js";

describe("the questions a message asks", () => {
  it("finds the question after chatter", () => {
    expect(
      questionsIn("my nephew keeps sending me memes. I mostly do woodworking. How much did the shares fall?"),
    ).toEqual(["How much did the shares fall?"]);
  });

  it("finds the question where the chatter turns to it, with no full stop before", () => {
    expect(questionsIn("long day at work, rough times, anyway how much did the shares drop")).toEqual([
      "anyway how much did the shares drop",
    ]);
  });

  it("finds a question without a question mark by its first word", () => {
    expect(questionsIn("long week at work lol. so what did the model cost")).toEqual(["so what did the model cost"]);
  });

  it("splits two questions joined by a question mark", () => {
    expect(questionsIn("how far did they fall? who funds the lab?")).toEqual([
      "how far did they fall?",
      "who funds the lab?",
    ]);
  });

  it("splits two questions joined by 'and'", () => {
    expect(questionsIn("how far did they fall, and who funds the lab")).toEqual([
      "how far did they fall",
      "who funds the lab",
    ]);
  });

  it("keeps a message that is one question as it is", () => {
    expect(questionsIn("r1 cost?")).toEqual(["r1 cost?"]);
  });

  it("keeps a message that asks nothing as it is", () => {
    expect(questionsIn("the chips were H800s")).toEqual(["the chips were H800s"]);
  });
});
