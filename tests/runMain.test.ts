import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/errors.js";
import { reportFailure, runMain } from "../src/runMain.js";

function capture(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const codes: number[] = [];
  return {
    out,
    codes,
    deps: { stderr: { write: (t: string) => out.push(t) }, exit: (c: number) => void codes.push(c), env },
  };
}

describe("the command-line edge", () => {
  it("prints a known problem's own message, with no stack, and exits with 1", () => {
    const { out, codes, deps } = capture();
    reportFailure(new ConfigError(["DISCORD_GUILD_ID must be a Discord id"]), undefined, deps);
    expect(out.join("")).toBe("Configuration problems:\n  - DISCORD_GUILD_ID must be a Discord id\n");
    expect(codes).toEqual([1]);
  });

  it("prints an unknown error once, without its stack, unless LOG_LEVEL is debug", () => {
    const { out, codes, deps } = capture();
    reportFailure(new Error("socket hang up"), undefined, deps);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain("socket hang up");
    expect(out[0]).not.toMatch(/\n\s+at /);
    expect(codes).toEqual([1]);
  });

  it("adds the stack of an unknown error when LOG_LEVEL is debug", () => {
    const { out, deps } = capture({ LOG_LEVEL: "debug" });
    reportFailure(new Error("socket hang up"), undefined, deps);
    expect(out.join("")).toMatch(/socket hang up\n\s+at /);
  });

  it("puts a known outside failure in the words its explainer gives", () => {
    const { out, deps } = capture();
    reportFailure(
      new Error("getaddrinfo ENOTFOUND discord.com"),
      (e) => (String(e).includes("ENOTFOUND") ? "Cannot reach Discord: check the network." : null),
      deps,
    );
    expect(out).toEqual(["Cannot reach Discord: check the network.\n"]);
  });

  it("reports a rejected main and leaves a successful one alone", async () => {
    const failed = capture();
    await runMain(
      async () => {
        throw new Error("boom");
      },
      undefined,
      failed.deps,
    );
    expect(failed.codes).toEqual([1]);
    const fine = capture();
    await runMain(async () => "done", undefined, fine.deps);
    expect(fine.codes).toEqual([]);
    expect(fine.out).toEqual([]);
  });
});
