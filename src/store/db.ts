import { accessSync, constants, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "../errors.js";
import { migrate } from "./migrations.js";

export type { Database } from "better-sqlite3";

export const DB_FILE = "storybot.db";

/**
 * Opens (creating when needed) the database in `dataDir`, in WAL mode, with the schema brought up to date. Anything
 * that stops it becomes a StorageError naming the folder, so the person starting the bot knows what to fix.
 */
export function openDatabase(dataDir: string): Database.Database {
  const folder = resolve(dataDir);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new StorageError(
      `DATA_DIR: storybot cannot write to the folder "${folder}" (${reason(error)}). Point DATA_DIR at a folder the bot may write, or fix its permissions.`,
      error,
    );
  }
  try {
    const db = new Database(join(folder, DB_FILE));
    db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode survives the process being killed (only a power cut may lose the last commits), and keeps
    // a vote's write well under a millisecond.
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 2000");
    migrate(db);
    return db;
  } catch (error) {
    throw new StorageError(
      `DATA_DIR: the database "${join(folder, DB_FILE)}" could not be opened (${reason(error)}). Check that the folder is writable and the file is not damaged; restore a backup if it is.`,
      error,
    );
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
