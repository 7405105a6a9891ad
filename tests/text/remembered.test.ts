import { describe, expect, it } from "vitest";
import { remembered } from "../../src/text/remembered.js";

describe("a remembered function", () => {
  it("gives what the function computes, for more keys than it keeps", () => {
    const square = remembered((key) => Number(key) ** 2, 3);
    const keys = ["1", "2", "3", "4", "5", "2", "1", "5"];
    expect(keys.map(square)).toEqual(keys.map((k) => Number(k) ** 2));
  });

  it("computes a kept key once", () => {
    let calls = 0;
    const length = remembered((key) => {
      calls++;
      return key.length;
    }, 10);
    length("abc");
    length("abc");
    expect(calls).toBe(1);
  });

  it("remembers a result that is undefined or null as well", () => {
    let calls = 0;
    const nothing = remembered(() => {
      calls++;
      return null;
    }, 10);
    nothing("a");
    nothing("a");
    expect(calls).toBe(1);
  });
});
