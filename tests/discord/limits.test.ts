import { describe, expect, it } from "vitest";
import { truncate } from "../../src/discord/limits.js";

describe("truncating text to a limit", () => {
  it("leaves text that fits untouched", () => {
    expect(truncate("short enough", 12)).toBe("short enough");
  });

  it("cuts at the last word boundary and marks the cut", () => {
    expect(truncate("hello world again", 16)).toBe("hello world…");
  });

  it("cuts inside a word rather than lose more than two fifths of the room", () => {
    expect(truncate("abcdef ghijklmnop", 11)).toBe("abcdef ghi…");
  });

  it("drops the spaces before the cut", () => {
    expect(truncate("one two   three four", 12)).toBe("one two…");
  });
});
