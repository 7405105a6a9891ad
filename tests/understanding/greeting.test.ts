import { describe, expect, it } from "vitest";
import { isGreeting } from "../../src/understanding/greeting.js";

describe("a message that only greets or thanks", () => {
  it.each(["hi", "hello!", "ty", "thanks so much bot", "hey everyone 👋", "gm", "thank you!!", "ok cool thx"])(
    "%s is a greeting",
    (text) => {
      expect(isGreeting(text)).toBe(true);
    },
  );

  it.each([
    "hi, how much did nvda tank",
    "thanks, and what did r1 cost?",
    "hey who bankrolls them",
    "h800",
    "?",
    "lol ngl",
  ])("%s is not only a greeting", (text) => {
    expect(isGreeting(text)).toBe(false);
  });
});
