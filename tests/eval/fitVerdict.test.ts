import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.js";
import { fitVerdict } from "../../src/eval/fitVerdict.js";

/** A hand-made engine whose checker finds every claim supported, with one feature read from the claim's text. */
const engine = {
  check: (claim: string) => ({
    results: [{ verdict: "supported", confidence: { p: 1, features: { coverage: Number(claim.split(" ")[1]) } } }],
  }),
} as unknown as Engine;

const claim = (id: string, coverage: number, verdict: string) => ({ id, claim: `c ${coverage}`, verdict, kind: "" });

describe("fitting the ✅ decision", () => {
  it("names the false ✅ that leaves no threshold keeping any ✅", () => {
    const claims = [
      claim("t1", 0.5, "supported"),
      claim("t2", 0.6, "supported"),
      claim("t3", 0.7, "supported"),
      claim("t4", 0.8, "supported"),
      claim("f1", 0.1, "contradicted"),
      claim("f2", 0.2, "contradicted"),
      claim("f3", 0.9, "contradicted"),
    ];
    const { decision, report } = fitVerdict(engine, claims as never);
    expect(decision.threshold).toBeGreaterThan(1);
    expect(report.join("\n")).toMatch(/No ✅ is kept: .*f3\.$/);
  });

  it("says nothing of it when some ✅ is kept", () => {
    const claims = [claim("t1", 0.8, "supported"), claim("t2", 0.9, "supported"), claim("f1", 0.1, "contradicted")];
    expect(fitVerdict(engine, claims as never).report.join("\n")).not.toMatch(/No ✅ is kept/);
  });
});
