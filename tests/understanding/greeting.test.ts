import { describe, expect, it } from "vitest";
import { isGreeting, isThanks } from "../../src/understanding/greeting.js";

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

describe("thanks", () => {
  it.each(["ok thanks bot", "ty so much!", "thank you everyone"])("%s thanks the bot", (text) => {
    expect(isThanks(text)).toBe(true);
  });

  it.each(["hi", "hello everyone", "thanks, and what did r1 cost?"])("%s does not only thank it", (text) => {
    expect(isThanks(text)).toBe(false);
  });
});
