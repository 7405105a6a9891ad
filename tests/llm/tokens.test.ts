import { describe, expect, it } from "vitest";
import { countTokens } from "../../src/llm/tokens.js";

describe("countTokens", () => {
  it("counts a special token typed by a user as plain text instead of throwing", () => {
    expect(countTokens("what is <|endoftext|>?")).toBeGreaterThan(countTokens("what is ?"));
  });

  it("counts with the o200k encoding", () => {
    // "hello world" is two tokens in o200k_base.
    expect(countTokens("hello world")).toBe(2);
  });
});
