import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "../errors.js";
import { DB_FILE } from "./db.js";
import { lockDataDir } from "./lock.js";

/**
 * `npm run report -- --vacuum`: rewrites the database compactly and switches it to incremental auto-vacuum, so
 * later purges give their space back as they go. A full VACUUM holds the write lock throughout, so it takes the
 * folder's lock first: it refuses while a bot runs on it. Returns the file's size before and after, in bytes.
 */
export function vacuumDataDir(dataDir: string): { before: number; after: number } {
  const release = lockDataDir(dataDir);
  const file = join(resolve(dataDir), DB_FILE);
  try {
    const before = statSync(file).size;
    const db = new Database(file, { fileMustExist: true });
    try {
      db.pragma("busy_timeout = 5000");
      db.pragma("auto_vacuum = INCREMENTAL");
      db.exec("VACUUM");
      db.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      db.close();
    }
    return { before, after: statSync(file).size };
  } catch (error) {
    throw new StorageError(
      `Could not vacuum "${file}" (${error instanceof Error ? error.message : String(error)}).`,
      error,
    );
  } finally {
    release();
  }
}
