import { describe, expect, it } from "vitest";
import { createLogger } from "../src/log.js";

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const log = createLogger({ ...options, destination: { write: (line: string) => lines.push(line) } });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe("the logger", () => {
  it("writes one JSON line per event with its name and level", () => {
    const { log, parsed } = capture();
    log("ready", { guilds: 2 });
    expect(parsed()).toEqual([expect.objectContaining({ event: "ready", level: "info", guilds: 2 })]);
  });

  it("scrubs a configured secret from error messages and stacks, wherever it appears", () => {
    const { log, lines } = capture({ secrets: ["sk-live-abcdef"] });
    log("model_failed", { error: new Error("401: bad key sk-live-abcdef"), echoed: ["x sk-live-abcdef"] }, "warn");
    expect(lines.join("")).not.toContain("sk-live-abcdef");
    expect(lines.join("")).toContain("[redacted]");
  });

  it("redacts credential fields by name even when no secret value is configured", () => {
    const { log, lines } = capture();
    log("request", { headers: { authorization: "Bot abc.def" }, token: "abc.def" });
    expect(lines.join("")).not.toContain("abc.def");
  });

  it("leaves out events below the chosen level", () => {
    const { log, parsed } = capture({ level: "warn" });
    log("answered", {});
    log("model_failed", {}, "warn");
    expect(parsed().map((l) => l.event)).toEqual(["model_failed"]);
  });

  it("hands every event to its tap, those below the level included", () => {
    const tapped: string[] = [];
    const { log, parsed } = capture({ level: "warn", tap: (event) => tapped.push(event) });
    log("interaction", { command: "ask" });
    log("model_failed", {}, "warn");
    expect(tapped).toEqual(["interaction", "model_failed"]);
    expect(parsed().map((l) => l.event)).toEqual(["model_failed"]);
  });

  it("writes the line and carries on when its tap throws", () => {
    const { log, parsed } = capture({
      tap: () => {
        throw new Error("tap broke");
      },
    });
    expect(() => log("ready", {})).not.toThrow();
    expect(parsed().map((l) => l.event)).toEqual(["ready"]);
  });
});
