import { describe, expect, it } from "vitest";
import { soundsLikeName } from "../../src/understanding/soundsLike.js";
import { spokenForms } from "../../src/understanding/spoken.js";

const NAMES = ["nvidia", "stratechery", "deepseek"];
const soundsLike = soundsLikeName(() => NAMES);
const read = (text: string) => spokenForms(text, (w) => NAMES.includes(w.toLowerCase()), soundsLike);

describe("a name dictation heard as other words", () => {
  it("puts back a name heard as words that sound like it", () => {
    expect(read("what did strata cherry say")).toBe("what did stratechery say");
  });

  it("puts back a name whose first letter was heard as a small word ('in video')", () => {
    expect(read("did in video say anything")).toBe("did nvidia say anything");
  });

  it("leaves small words alone, however they sound", () => {
    expect(read("how does it work")).toBe("how does it work");
  });

  it("never makes a name of an English word", () => {
    expect(soundsLikeName(() => ["nature"])(["need", "their"])).toBeNull();
  });
});
