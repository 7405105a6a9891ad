import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { ConfigError } from "../../src/errors.js";

/** The problems loadConfig names for `env`; fails the test when it accepts `env` instead of refusing it. */
const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error(`expected loadConfig to refuse ${JSON.stringify(env)}`);
};

describe("SHARD_COUNT and SHARD_LIST", () => {
  it("runs unsharded when SHARD_COUNT is not set", () => {
    expect(loadConfig({}).shards).toBeNull();
  });

  it("takes auto, for the count Discord recommends, with every shard run here", () => {
    expect(loadConfig({ SHARD_COUNT: "auto" }).shards).toEqual({ count: "auto", ids: null, managerPid: null });
  });

  it.each([
    ["0,1", [0, 1]],
    ["0-3", [0, 1, 2, 3]],
    ["4-5, 1", [1, 4, 5]],
    ["2,2,1-2", [1, 2]],
  ])("reads SHARD_LIST=%s as the shards this machine runs", (list, ids) => {
    expect(loadConfig({ SHARD_COUNT: "8", SHARD_LIST: list }).shards).toEqual({ count: 8, ids, managerPid: null });
  });

  it.each(["0", "-2", "four", "2.5"])("refuses SHARD_COUNT=%s by name", (value) => {
    expect(problems({ SHARD_COUNT: value })).toEqual([
      `SHARD_COUNT must be auto or a whole number from 1 to 100000 (got "${value}")`,
    ]);
  });

  it.each(["a", "1-", "3-1", "1,,2", "1;2"])("refuses SHARD_LIST=%s, showing the form it takes", (value) => {
    expect(problems({ SHARD_COUNT: "4", SHARD_LIST: value })).toEqual([
      `SHARD_LIST must list shard ids and ranges, like 0,1 or 0-3 (got "${value}")`,
    ]);
  });

  it("refuses a shard id past the count, saying which ids there are", () => {
    expect(problems({ SHARD_COUNT: "4", SHARD_LIST: "2-4" })).toEqual([
      "SHARD_LIST names shard 4, but SHARD_COUNT is 4: shard ids run from 0 to 3",
    ]);
  });

  it("refuses SHARD_LIST without SHARD_COUNT, the total it is a part of", () => {
    expect(problems({ SHARD_LIST: "0,1" })[0]).toMatch(/^SHARD_LIST needs SHARD_COUNT/);
  });

  it("refuses SHARD_LIST with SHARD_COUNT=auto: machines asking Discord apart could be told different counts", () => {
    expect(problems({ SHARD_COUNT: "auto", SHARD_LIST: "0" })).toEqual([
      "SHARD_LIST needs a fixed SHARD_COUNT, the same on every machine, not auto",
    ]);
  });

  it("refuses a malformed manager pid, which only the manager sets", () => {
    expect(problems({ SHARD_COUNT: "2", STORYBOT_MANAGER_PID: "x" })[0]).toMatch(/^STORYBOT_MANAGER_PID is set by/);
  });
});
