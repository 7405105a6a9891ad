import { describe, expect, it } from "vitest";
import { countLogEvents } from "../../src/metrics/fromLog.js";
import { createMetrics } from "../../src/metrics/registry.js";

/** The value of one series of a counter, 0 when it was never counted. */
async function count(
  counter: { get(): Promise<{ values: Array<{ labels: object; value: number }> }> },
  labels: object,
) {
  const { values } = await counter.get();
  return values.find((v) => JSON.stringify(v.labels) === JSON.stringify(labels))?.value ?? 0;
}

function counting() {
  const metrics = createMetrics();
  return { metrics, log: countLogEvents(metrics) };
}

describe("metrics counted from the log's events", () => {
  it("counts an interaction under its command and outcome", async () => {
    const { metrics, log } = counting();
    log("interaction", { command: "ask", outcome: "answered", latencyMs: 40 });
    log("interaction", { command: "ask", outcome: "answered", latencyMs: 60 });
    log("interaction", { command: "button:more", outcome: "expired" });
    expect(await count(metrics.interactions, { command: "ask", outcome: "answered" })).toBe(2);
    expect(await count(metrics.interactions, { command: "button:more", outcome: "expired" })).toBe(1);
  });

  it("counts a declined question under its command and the reason it was declined", async () => {
    const { metrics, log } = counting();
    log("interaction", { command: "ask", outcome: "declined", declineReason: "live" });
    log("interaction", { command: "check", outcome: "declined", declineReason: "not_checkable" });
    log("interaction", { command: "ask", outcome: "answered", declineReason: null });
    expect(await count(metrics.declines, { command: "ask", reason: "live" })).toBe(1);
    expect(await count(metrics.declines, { command: "check", reason: "not_checkable" })).toBe(1);
    expect((await metrics.declines.get()).values).toHaveLength(2);
  });

  it("counts a failed model answer under the reason its log line gives", async () => {
    const { metrics, log } = counting();
    log("model_failed", { reason: "deadline", attempts: 1 }, "warn");
    log("model_failed", { reason: "error", attempts: 3 }, "warn");
    log("model_failed", { reason: "error", attempts: 3 }, "warn");
    expect(await count(metrics.modelFailures, { reason: "deadline" })).toBe(1);
    expect(await count(metrics.modelFailures, { reason: "error" })).toBe(2);
  });

  it("counts model output that could not be used or verified as failures of their own kind", async () => {
    const { metrics, log } = counting();
    log("model_output_unusable", { chars: 10 }, "warn");
    log("model_answer_unverifiable", { quotes: 2 }, "warn");
    expect(await count(metrics.modelFailures, { reason: "unusable_output" })).toBe(1);
    expect(await count(metrics.modelFailures, { reason: "unverifiable" })).toBe(1);
  });

  it("counts recording turned off, writes lost and a failed purge as store errors", async () => {
    const { metrics, log } = counting();
    log("recording_off", { dataDir: "data" }, "warn");
    log("recording_on", { dataDir: "data" });
    log("writes_lost", { waiting: 3 }, "warn");
    log("purge_failed", { error: "disk I/O error" }, "warn");
    expect(await count(metrics.storeErrors, { kind: "recording_off" })).toBe(1);
    expect(await count(metrics.storeErrors, { kind: "writes_lost" })).toBe(1);
    expect(await count(metrics.storeErrors, { kind: "purge_failed" })).toBe(1);
  });

  it("counts an event with a missing label under unknown rather than dropping it", async () => {
    const { metrics, log } = counting();
    log("interaction", { outcome: "answered" });
    expect(await count(metrics.interactions, { command: "unknown", outcome: "answered" })).toBe(1);
  });

  it("counts the values of a label past the fiftieth distinct one together as other", async () => {
    const { metrics, log } = counting();
    for (let i = 0; i < 60; i++) log("interaction", { command: `cmd${i}`, outcome: "answered" });
    const { values } = await metrics.interactions.get();
    expect(values).toHaveLength(51);
    expect(await count(metrics.interactions, { command: "other", outcome: "answered" })).toBe(10);
  });
});
