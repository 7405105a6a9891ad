import { describe, expect, it } from "vitest";
import { fitLogistic, predict } from "../../src/fit/logistic.js";

const rows = [
  { x: [0.9, 1], y: 1 as const },
  { x: [0.8, 1], y: 1 as const },
  { x: [0.7, 0], y: 1 as const },
  { x: [0.2, 1], y: 0 as const },
  { x: [0.1, 0], y: 0 as const },
  { x: [0.3, 0], y: 0 as const },
];

describe("fitting a logistic model", () => {
  it("gives the same weights for the same rows every time", () => {
    expect(fitLogistic(["share", "subject"], rows)).toEqual(fitLogistic(["share", "subject"], rows));
  });

  it("gives a higher probability to rows like the positive ones", () => {
    const model = fitLogistic(["share", "subject"], rows);
    expect(predict(model, [0.85, 1])).toBeGreaterThan(0.5);
    expect(predict(model, [0.15, 0])).toBeLessThan(0.5);
  });

  it("weighs a feature that separates the rows above one that does not", () => {
    const model = fitLogistic(["share", "subject"], rows);
    expect(Math.abs(model.weights[0]!)).toBeGreaterThan(Math.abs(model.weights[1]!));
  });

  it("keeps the feature names and the training rows' scale with the weights", () => {
    const model = fitLogistic(["share", "subject"], rows);
    expect(model.features).toEqual(["share", "subject"]);
    expect(model.mean[0]).toBeCloseTo(0.5, 5);
  });

  it("treats a feature that never varies as carrying nothing", () => {
    const flat = rows.map((r) => ({ ...r, x: [r.x[0]!, 3] }));
    expect(fitLogistic(["share", "constant"], flat).weights[1]).toBe(0);
  });
});
