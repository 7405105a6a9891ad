import { describe, expect, it } from "vitest";
import { checkQuestion, MAX_QUESTION_CHARS } from "../../src/engine/input.js";

describe("what a user typed, checked before anything is looked up", () => {
  it("passes a plain question through", () => {
    expect(checkQuestion("what did r1 cost?")).toEqual({ ok: true, text: "what did r1 cost?" });
  });

  it.each([
    ["nothing at all", ""],
    ["only spaces and line breaks", "  \n\t "],
    ["only zero-width characters", "\u200b\u200d\ufeff"],
  ])("asks for a question, with an example, when the message is %s", (_, raw) => {
    expect(checkQuestion(raw)).toMatchObject({
      ok: false,
      reason: "empty",
      message: expect.stringContaining("/ask what did DeepSeek-R1 cost to train?"),
    });
  });

  it("accepts a question of exactly the limit", () => {
    expect(checkQuestion(`${"a".repeat(MAX_QUESTION_CHARS - 1)}?`).ok).toBe(true);
  });

  it("says the limit and the length when a question is one character over", () => {
    const raw = "a".repeat(MAX_QUESTION_CHARS + 1);
    expect(checkQuestion(raw)).toEqual({
      ok: false,
      reason: "too_long",
      message: `Questions can be at most ${MAX_QUESTION_CHARS} characters; yours has ${MAX_QUESTION_CHARS + 1}. Please shorten it.`,
    });
  });

  it("applies a longer limit when the caller gives one, as for a message being fact-checked", () => {
    expect(checkQuestion("a".repeat(600), 4_000).ok).toBe(true);
  });

  it.each([
    ["only emoji and punctuation", "🤔 ?!"],
    ["only a mention and a link", "<@123456789012345678> https://example.com/x"],
  ])("asks for words when the message holds %s", (_, raw) => {
    expect(checkQuestion(raw)).toMatchObject({
      ok: false,
      reason: "no_words",
      message: expect.stringContaining("question in words"),
    });
  });

  it("accepts a question that is only a number", () => {
    expect(checkQuestion("5.5?").ok).toBe(true);
  });

  it("asks for English when most letters are in another script", () => {
    expect(checkQuestion("深度求索的训练成本是多少 r1")).toMatchObject({
      ok: false,
      reason: "language",
      message: expect.stringContaining("Please ask in English"),
    });
  });

  it("keeps a question with a few words in another script among English ones", () => {
    expect(checkQuestion("what does 深度 mean in the deepseek name").ok).toBe(true);
  });

  it("reads the question without its Markdown and mentions", () => {
    expect(checkQuestion("**what** did <@123456789012345678> say about r1?")).toMatchObject({
      ok: true,
      text: expect.not.stringContaining("**"),
    });
  });
});
