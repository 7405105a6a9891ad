import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { built } from "../helpers/built.js";

/*
 * A shard's tie to its manager (src/shard/child.ts), in real processes but without a bot in them: a manager that
 * forks one shard over an IPC channel, as discord.js's ShardingManager does. That the real shard stops when its
 * manager tells it to is tests/e2e/shardsStop.test.ts's.
 */

type Line = { event: string; pid: number; why?: string };

describe("a shard whose manager is killed", { timeout: 30_000 }, () => {
  it("calls its stop and exits by itself, so none is left to answer twice", async () => {
    const manager = spawn(process.execPath, [built("tests/fixtures/scripts/managerOfOne.ts")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: Line[] = [];
    let partial = "";
    let onLine = () => {};
    manager.stdout.on("data", (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts.map((p) => JSON.parse(p) as Line));
      onLine();
    });
    // The shard writes to the same pipe: it closes only once the shard, too, has exited.
    const closed = new Promise<void>((resolve) => manager.stdout.once("close", resolve));
    await new Promise<void>((resolve) => {
      onLine = () => lines.some((l) => l.event === "following") && resolve();
    });
    const shard = lines.find((l) => l.event === "following")!.pid;

    manager.kill("SIGKILL");
    await closed;

    expect(lines.map((l) => [l.event, l.why])).toEqual([
      ["following", undefined],
      ["shard_stopping", "manager_gone"],
      ["stop_called", undefined],
    ]);
    // Its pipe closes as it exits; the process is gone a moment later, once reaped.
    const alive = () => {
      try {
        return process.kill(shard, 0);
      } catch {
        return false;
      }
    };
    await expect.poll(alive, { timeout: 20_000 }).toBe(false);
  });
});
