import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { installLastResort } from "../../src/lastResort.js";
import { DB_FILE, openDatabase, SqliteStore } from "../../src/store/index.js";

const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-data-"));
const answer = {
  id: "1",
  command: "ask",
  question: "q?",
  mode: "extractive",
  docs: [],
  guildId: "g",
  channelId: "c",
  more: null,
};

describe("a database file deleted or replaced while the bot runs", () => {
  it("turns recording off with a warning when the file is deleted", async () => {
    const dir = freshDir();
    const changes: Array<[boolean, string]> = [];
    const store = new SqliteStore(openDatabase(dir), {
      retentionDays: 30,
      onRecordingChange: (on, error) => changes.push([on, String(error)]),
    });
    rmSync(join(dir, DB_FILE));
    expect(await store.putAnswer({ ...answer, at: Date.now() })).toBe(false);
    expect(store.recording).toBe(false);
    expect(changes).toEqual([[false, expect.stringMatching(/deleted or replaced while the bot ran/)]]);
  });

  it("keeps recording off once the file was replaced, even though writes would succeed", async () => {
    const dir = freshDir();
    const store = new SqliteStore(openDatabase(dir), { retentionDays: 30 });
    renameSync(join(dir, DB_FILE), join(dir, "old.db"));
    writeFileSync(join(dir, DB_FILE), "");
    await store.putAnswer({ ...answer, at: Date.now() });
    expect(await store.vote("1", "u", "up")).toEqual({ kind: "off" });
    expect(store.recording).toBe(false);
  });
});

describe("a missing table", () => {
  it("is named as a storage problem at start, not met later as 'no such table'", () => {
    const dir = freshDir();
    const db = openDatabase(dir);
    db.exec("DROP TABLE votes");
    db.close();
    expect(() => openDatabase(dir)).toThrow(StorageError);
    expect(() => openDatabase(dir)).toThrow(/could not be opened \(missing table votes\)/);
  });
});

describe("the last-resort guard", () => {
  it("logs an uncaught exception, lets what is in flight finish, then exits with code 1", async () => {
    const events: string[] = [];
    let exited: (code: number) => void = () => {};
    const exit = new Promise<number>((resolve) => (exited = resolve));
    const remove = installLastResort(
      (event) => events.push(event),
      async () => {
        events.push("finished");
      },
      (code) => exited(code),
    );
    try {
      process.emit("uncaughtException", new Error("malformed gateway payload"));
      expect(await exit).toBe(1);
      expect(events).toEqual(["fatal", "finished"]);
    } finally {
      remove();
    }
  });
});
