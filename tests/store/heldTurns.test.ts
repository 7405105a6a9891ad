import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DB_FILE, openDatabase, SqliteStore } from "../../src/store/index.js";
import { holdWriteLock, type LockHolder } from "../helpers/lockHolder.js";

const turn = (n: number) => ({ question: `q${n}?`, subject: ["h800"], answer: `a${n}` });
let holder: LockHolder | null = null;

afterEach(async () => {
  await holder?.release();
  holder = null;
});

describe("a conversation while another process holds the write lock", () => {
  it("still has the turn just added, so the next follow-up reads it before it is written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
    const store = new SqliteStore(openDatabase(dir), { retentionDays: 30 });
    store.openConversation("thread-1", "thread", "g1", [turn(1)]);
    await store.settle(5_000);
    holder = await holdWriteLock(join(dir, DB_FILE));
    store.addTurn("thread-1", turn(2));
    expect(await store.conversation("thread-1")).toEqual([turn(1), turn(2)]);
    await holder.release();
    holder = null;
    await store.settle(5_000);
    expect(await store.conversation("thread-1")).toEqual([turn(1), turn(2)]);
  });
});
