import { describe, expect, it } from "vitest";
import { Conversation } from "../../src/console/conversation.js";
import type { Turn } from "../../src/engine/types.js";

const turn = (n: number): Turn => ({ question: `question ${n}`, subject: [`thing ${n}`], answer: `answer ${n}` });

describe("the console's conversation", () => {
  it("keeps its turns oldest first", () => {
    const conversation = new Conversation();
    conversation.add(turn(1));
    conversation.add(turn(2));
    expect(conversation.earlier.map((t) => t.question)).toEqual(["question 1", "question 2"]);
  });

  it("keeps only the last four turns", () => {
    const conversation = new Conversation();
    for (let n = 1; n <= 6; n++) conversation.add(turn(n));
    expect(conversation.earlier.map((t) => t.question)).toEqual([
      "question 3",
      "question 4",
      "question 5",
      "question 6",
    ]);
  });

  it("forgets every turn when cleared", () => {
    const conversation = new Conversation();
    conversation.add(turn(1));
    conversation.clear();
    expect(conversation.earlier).toEqual([]);
  });

  it("leaves the turns it handed out as they were when a turn is added later", () => {
    const conversation = new Conversation();
    conversation.add(turn(1));
    const handedOut = conversation.earlier;
    conversation.add(turn(2));
    expect(handedOut).toHaveLength(1);
  });
});
