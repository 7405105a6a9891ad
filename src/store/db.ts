import { accessSync, constants, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { StorageError } from "../errors.js";
import { migrate, TABLES } from "./migrations.js";

export type { Database } from "better-sqlite3";

export const DB_FILE = "storybot.db";

/**
 * Opens (creating when needed) the database in `dataDir`, in WAL mode, with the schema brought up to date. Anything
 * that stops it becomes a StorageError naming the folder, so the person starting the bot knows what to fix.
 */
export function openDatabase(dataDir: string): Database.Database {
  const folder = ensureWritableFolder(dataDir);
  try {
    const db = new Database(join(folder, DB_FILE));
    // Only takes effect on a new file (before its first table): space freed by the purge can then be given back
    // bit by bit. An older file needs one full `npm run report -- --vacuum` to switch.
    db.pragma("auto_vacuum = INCREMENTAL");
    // Start-up may wait for another process's lock (nobody is waiting on a reply yet)...
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    // NORMAL in WAL mode survives the process being killed (only a power cut may lose the last commits), and keeps
    // a vote's write well under a millisecond.
    db.pragma("synchronous = NORMAL");
    migrate(db);
    checkTables(db);
    // ...but a running bot never does: busy_timeout waits on the event loop, freezing every reply. A write that
    // finds the lock taken fails at once, and the store's write queue retries it from a timer.
    db.pragma("busy_timeout = 0");
    return db;
  } catch (error) {
    throw new StorageError(
      `DATA_DIR: the database "${join(folder, DB_FILE)}" could not be opened (${reason(error)}). Check that the folder is writable and the file is not damaged; restore a backup if it is.`,
      error,
    );
  }
}

/** The data folder, created when needed; a StorageError naming it when it cannot be written. */
export function ensureWritableFolder(dataDir: string): string {
  const folder = resolve(dataDir);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return folder;
  } catch (error) {
    throw new StorageError(
      `DATA_DIR: storybot cannot write to the folder "${folder}" (${reason(error)}). Point DATA_DIR at a folder the bot may write, or fix its permissions.`,
      error,
    );
  }
}

/**
 * Opens the database for reading only (`npm run report`). Next to a live database (its -wal file is there) it is
 * opened read-only in place, so writes not yet checkpointed are seen. A copy on its own (a backup, perhaps in a
 * read-only folder) is read into memory instead: opening a WAL-mode file in place would write its -shm index.
 */
export function openDatabaseReadOnly(dataDir: string): Database.Database {
  const file = join(resolve(dataDir), DB_FILE);
  try {
    let db: Database.Database;
    if (existsSync(`${file}-wal`)) {
      db = new Database(file, { readonly: true, fileMustExist: true });
      db.pragma("busy_timeout = 5000");
    } else {
      const bytes = readFileSync(file);
      // Bytes 18-19 say WAL mode (2); an in-memory copy cannot use WAL, and reads the same pages in rollback mode.
      if (bytes.length >= 100) bytes.fill(1, 18, 20);
      db = new Database(bytes, { readonly: true });
    }
    checkTables(db);
    return db;
  } catch (error) {
    throw new StorageError(
      `DATA_DIR: the database "${file}" could not be read (${reason(error)}). Check that it exists and is a storybot database.`,
      error,
    );
  }
}

/** A table dropped by hand (or a file that is not storybot's) is named, not met later as "no such table". */
function checkTables(db: Database.Database): void {
  const present = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const missing = TABLES.filter((t) => !present.has(t));
  if (missing.length > 0) throw new Error(`missing table${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
