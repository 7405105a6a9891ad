import { describe, expect, it } from "vitest";
import { ReplayGuard } from "../../src/http/replayGuard.js";

describe("the replay memory", () => {
  it("lets a signature through the first time only", () => {
    const guard = new ReplayGuard(60_000);
    expect(guard.firstSighting("ab12")).toBe(true);
    expect(guard.firstSighting("ab12")).toBe(false);
  });

  it("knows a signature again whatever the case of its hex digits", () => {
    const guard = new ReplayGuard(60_000);
    guard.firstSighting("ab12");
    expect(guard.firstSighting("AB12")).toBe(false);
  });

  it("keeps at most its bound, forgetting the oldest first", () => {
    const guard = new ReplayGuard(60_000, 2);
    for (const s of ["a1", "b2", "c3"]) guard.firstSighting(s);
    expect(guard.firstSighting("c3")).toBe(false);
    expect(guard.firstSighting("a1")).toBe(true);
  });
});
