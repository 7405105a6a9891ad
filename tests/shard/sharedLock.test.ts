import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { LOCK_FILE, lockDataDir } from "../../src/store/index.js";

/*
 * The shards of `npm run start:sharded` share the data folder their manager holds. This test process plays the
 * shard: its parent (the process that started vitest's worker) plays the manager.
 */

const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-data-"));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill();
});

describe("a shard and its manager's data folder", () => {
  it("lets a shard into the folder its parent, the manager, holds, and leaves the lock the manager's", () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    const release = lockDataDir(dir, process.pid, process.ppid);
    release();
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(process.ppid));
  });

  it("refuses a process that names a manager which is not its parent", () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    children.push(other);
    writeFileSync(join(dir, LOCK_FILE), `${other.pid}\n`);
    expect(() => lockDataDir(dir, process.pid, other.pid!)).toThrow(StorageError);
  });

  it("refuses a shard whose manager does not hold the folder, when another bot does", () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    children.push(other);
    writeFileSync(join(dir, LOCK_FILE), `${other.pid}\n`);
    expect(() => lockDataDir(dir, process.pid, process.ppid)).toThrow(/in use by another storybot/);
  });
});
