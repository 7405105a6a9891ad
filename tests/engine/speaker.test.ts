import { describe, expect, it } from "vitest";
import { speaks } from "../../src/engine/speech.js";
import { passingUnasked } from "../../src/text/passingFigure.js";
import type { Understanding } from "../../src/understanding/understand.js";

/** "what did <name> say": the one thing it names, the speaker it asks to hear. */
const about = (name: string) => {
  const group = { text: name, alternatives: [[name]], known: true, focus: true };
  return { text: `what did ${name} say`, groups: [group], subject: [group] } as unknown as Understanding;
};
const LUMORA = "Lumora said the recall was a precaution.";
const VELTA = "Velta said the fault was rare.";

describe("a sentence's speaker and passing figures, remembered by sentence", () => {
  it("name the same speaker when the sentence comes back, whoever the next question asks about", () => {
    const first = [speaks(LUMORA, about("lumora")), speaks(VELTA, about("lumora"))];
    const again = [speaks(LUMORA, about("lumora")), speaks(VELTA, about("lumora"))];
    expect(first).toEqual([true, false]);
    expect(again).toEqual(first);
    expect([speaks(LUMORA, about("velta")), speaks(VELTA, about("velta"))]).toEqual([false, true]);
  });

  it("read a passing figure the same when the sentence comes back, for whatever question", () => {
    const dip = "Shares touched an intraday low of 15.10 euros.";
    expect(passingUnasked("how far did it fall?", dip)).toBe(true);
    expect(passingUnasked("how low did it go intraday?", dip)).toBe(false);
    expect(passingUnasked("how far did it fall?", dip)).toBe(true);
  });
});
