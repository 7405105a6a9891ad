import { describe, expect, it } from "vitest";
import {
  chooseOperatingPoint,
  operatingPoints,
  outOfFold,
  pointAt,
  type Seen,
  shortfall,
} from "../../src/eval/operating.js";

const q = (id: string, file: string, inScope: boolean, right: boolean, x: number): Seen => ({
  id,
  file,
  inScope,
  right,
  features: { x },
});

// Ten in scope (nine answered right, at high x), two traps at middling x, one trap declined before any answer.
const seen: Seen[] = [
  ...Array.from({ length: 9 }, (_, i) => q(`r${i}`, i % 2 ? "a" : "b", true, true, 0.6 + i * 0.04)),
  q("w", "a", true, false, 0.3),
  q("t1", "a", false, false, 0.4),
  q("t2", "b", false, false, 0.45),
  { id: "t3", file: "b", inScope: false, right: false, features: null },
];
const p = new Map(seen.filter((s) => s.features).map((s) => [s.id, s.features!.x!]));

describe("the operating point of the decision to answer", () => {
  it("counts right answers and false declines of the in-scope questions, declines of the out-of-scope ones", () => {
    const all = pointAt(seen, p, 0);
    expect(all).toMatchObject({ answered: 12, rightAnswers: 0.9, falseDeclines: 0, outDeclined: 1 / 3 });
    const strict = pointAt(seen, p, 0.5);
    expect(strict).toMatchObject({ answered: 9, rightAnswers: 0.9, falseDeclines: 0.1, outDeclined: 1 });
  });

  it("is the point nearest the targets, where declining traps and wrong answers costs no right answer", () => {
    const chosen = chooseOperatingPoint(operatingPoints(seen, p));
    expect(chosen.threshold).toBeGreaterThan(0.45);
    expect(chosen.threshold).toBeLessThanOrEqual(0.6);
    expect(shortfall(chosen)).toBeCloseTo(0.05);
  });

  it("stops before declining answerable questions costs more than the traps it declines", () => {
    const chosen = chooseOperatingPoint(operatingPoints(seen, p));
    expect(chosen.rightAnswers).toBe(0.9);
  });

  it("scores each file with a model fitted without it", () => {
    const held = outOfFold(seen, ["x"]);
    expect([...held.keys()].sort()).toEqual(
      seen
        .filter((s) => s.features)
        .map((s) => s.id)
        .sort(),
    );
    expect(held.get("r8")!).toBeGreaterThan(held.get("t1")!);
  });
});
