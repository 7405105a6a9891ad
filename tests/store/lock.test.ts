import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { LOCK_FILE, lockDataDir } from "../../src/store/index.js";

const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-data-"));
const children: ChildProcess[] = [];

/** A live process other than this one, to stand for another bot. */
function otherProcess(): number {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  children.push(child);
  return child.pid!;
}

afterAll(() => {
  for (const child of children) child.kill();
});

describe("one bot per data folder", () => {
  it("writes a lock file naming this process, and removes it on release", () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a folder another live process holds, naming the folder and the process", () => {
    const dir = freshDir();
    const other = otherProcess();
    writeFileSync(join(dir, LOCK_FILE), `${other}\n`);
    expect(() => lockDataDir(dir)).toThrow(StorageError);
    expect(() => lockDataDir(dir)).toThrow(
      new RegExp(`^DATA_DIR ".*" is in use by another storybot \\(process ${other}\\): run one bot per folder`),
    );
  });

  it("takes over a lock left by a process that is gone", () => {
    const dir = freshDir();
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    const gone = child.pid!;
    return new Promise<void>((resolve) =>
      child.once("exit", () => {
        writeFileSync(join(dir, LOCK_FILE), `${gone}\n`);
        const release = lockDataDir(dir);
        expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(process.pid));
        release();
        resolve();
      }),
    );
  });
});
