import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { StorageError } from "../errors.js";
import { ensureWritableFolder } from "./db.js";

export const LOCK_FILE = "storybot.pid";

/**
 * One bot per SQLite folder: a second one (a rolling deploy, a forgotten terminal) would fight the first for the
 * write lock and refuse votes. The lock is a file naming the process that holds the folder; one left by a process
 * that is gone (killed, crashed) is taken over. Returns the release, also run at exit. Postgres runs several.
 *
 * The shards of `npm run start:sharded` are one bot: the manager holds the lock, and each shard it started passes
 * the manager's pid as `admittedBy`. It is let in only while that process holds the folder and is its parent.
 */
export function lockDataDir(dataDir: string, pid = process.pid, admittedBy: number | null = null): () => void {
  const folder = ensureWritableFolder(dataDir);
  const file = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: "wx" });
      const release = () => {
        process.off("exit", release);
        if (holder(file) === pid) unlinkQuietly(file);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw lockError(folder, error);
    }
    const other = holder(file);
    if (admittedBy !== null && other === admittedBy && process.ppid === admittedBy && alive(other)) return () => {};
    if (other !== null && other !== pid && alive(other))
      throw new StorageError(
        `DATA_DIR "${folder}" is in use by another storybot (process ${other}): run one bot per folder, or use Postgres to run several.`,
      );
    // Left by a process that is gone (or by this one's earlier life under the same pid, as in a container).
    unlinkQuietly(file);
  }
  throw lockError(folder, new Error(`${file} keeps reappearing`));
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone: nothing to release.
  }
}

function lockError(folder: string, error: unknown): StorageError {
  return new StorageError(
    `DATA_DIR: storybot cannot lock the folder "${folder}" (${error instanceof Error ? error.message : String(error)}).`,
    error,
  );
}
