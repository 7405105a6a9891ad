import { describe, expect, it } from "vitest";
import { retryWaitMs } from "../../src/llm/streamReply.js";

describe("waiting before a retry", () => {
  const failure = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

  it.each([
    ["Retry-After in seconds", failure(429, { "retry-after": "3600" }), 3_600_000],
    ["retry-after-ms", failure(429, { "retry-after-ms": "250" }), 250],
    ["no header: a short back-off", failure(500), 250],
  ])("honours %s as given", (_, error, ms) => {
    expect(retryWaitMs(error, 1)).toBe(ms);
  });

  it("reads a Retry-After date", () => {
    const wait = retryWaitMs(failure(503, { "retry-after": new Date(Date.now() + 60_000).toUTCString() }), 1)!;
    expect(wait).toBeGreaterThan(55_000);
    expect(wait).toBeLessThanOrEqual(60_000);
  });

  it("backs off longer on each attempt", () => {
    expect([1, 2, 3].map((n) => retryWaitMs(failure(500), n))).toEqual([250, 500, 1000]);
  });

  it.each([400, 401, 403, 404])("does not retry a %i, which will not pass by itself", (status) => {
    expect(retryWaitMs(failure(status), 1)).toBeNull();
  });
});
