import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { built } from "./helpers/built.js";

const ROOT = new URL("..", import.meta.url).pathname;
const LINES = 2_000;

/** Runs the fixture in its own process, with stderr read as a supervisor reads it: through a pipe. */
function run(how: "exit" | "fatal"): Promise<{ code: number | null; lines: Array<Record<string, unknown>> }> {
  const child = spawn(process.execPath, [built("tests/fixtures/scripts/logThenEnd.ts"), how, String(LINES)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on("close", (code) =>
      resolve({
        code,
        lines: stderr
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      }),
    );
  });
}

describe("log lines written in the background", { timeout: 30_000 }, () => {
  it("are all written, in order, when the process exits right after them", async () => {
    const { code, lines } = await run("exit");
    expect(code).toBe(0);
    expect(lines.map((l) => l.i)).toEqual(Array.from({ length: LINES }, (_, i) => i));
  });

  it("are all written, with the fatal line after them, when the last resort ends the process", async () => {
    const { code, lines } = await run("fatal");
    expect(code).toBe(1);
    expect(lines.filter((l) => l.event === "line")).toHaveLength(LINES);
    expect(lines.at(-1)).toMatchObject({ event: "fatal", level: "error" });
  });
});
