import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DB_FILE, openDatabase, SqliteStore } from "../../src/store/index.js";

const DAY = 86_400_000;

/** A store holding `n` answers (each with a "More excerpts" reply), votes and questions made `ageDays` ago. */
function storeWith(n: number, ageDays: number) {
  const dir = mkdtempSync(join(tmpdir(), "storybot-data-"));
  let now = Date.now() - ageDays * DAY;
  const store = new SqliteStore(openDatabase(dir), { retentionDays: 30, now: () => now });
  const more = JSON.stringify({ ephemeral: true, embeds: [{ description: "x".repeat(2_000) }] });
  store.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const common = { guildId: "1", channelId: "2", at: now, docs: [], mode: "extractive" };
      void store.putAnswer({ ...common, id: `a${i}`, command: "ask", question: "q?", more });
      void store.vote(`a${i}`, `u${i}`, "up");
      store.logQuestion({
        ...common,
        answerId: `a${i}`,
        command: "ask",
        text: "q?",
        declined: false,
        declineReason: null,
        latencyMs: 5,
      });
    }
  })();
  return { store, dir, later: (days: number) => (now += days * DAY) };
}

describe("the purge at volume", () => {
  it("lets other work run between its batches", async () => {
    const { store, later } = storeWith(100, 40);
    later(40);
    let turns = 0;
    let purging = true;
    const tick = () => {
      turns++;
      if (purging) setImmediate(tick);
    };
    setImmediate(tick);
    const removed = await store.purge({ batch: 10 });
    purging = false;
    expect(removed).toMatchObject({ questions: 100, votes: 100, answers: 100 });
    // Ten batches per table: other work got turns between them, not only once at the end.
    expect(turns).toBeGreaterThan(10);
  });

  it("lets a timer set during its first batch fire before its last batch", async () => {
    const { store, later } = storeWith(100, 40);
    later(40);
    const events: string[] = [];
    await store.purge({
      batch: 10,
      onBatch: () => {
        if (events.length === 0) setTimeout(() => events.push("timer"), 0);
        events.push("batch");
      },
    });
    expect(events.indexOf("timer")).toBeGreaterThan(0);
    expect(events.indexOf("timer")).toBeLessThan(events.lastIndexOf("batch"));
  });

  it("checkpoints the log from another thread and gives SQLite its own checkpoints back", async () => {
    const { store, later } = storeWith(500, 40);
    later(40);
    let autocheckpoint: unknown = null;
    await store.purge({
      batch: 50,
      onBatch: () => {
        autocheckpoint ??= store.db.pragma("wal_autocheckpoint", { simple: true });
      },
    });
    expect(autocheckpoint).toBe(0);
    expect(store.db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    // Every frame the purge wrote is already in the file: a checkpoint now has nothing left to copy.
    const [after] = store.db.pragma("wal_checkpoint(PASSIVE)") as Array<{ log: number; checkpointed: number }>;
    expect(after!.checkpointed).toBe(after!.log);
  });

  it("drops More excerpts replies a day after their answer, keeping the answer", async () => {
    const { store, later } = storeWith(20, 0);
    later(2);
    expect(await store.purge()).toMatchObject({ answers: 0, excerpts: 20 });
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM answers WHERE more IS NULL").get()).toEqual({ n: 20 });
  });

  it("gives the space it frees back to the file system", async () => {
    const { store, dir, later } = storeWith(2_000, 40);
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    const before = statSync(join(dir, DB_FILE)).size;
    later(40);
    expect((await store.purge()).pages).toBeGreaterThan(0);
    store.db.pragma("wal_checkpoint(TRUNCATE)");
    expect(statSync(join(dir, DB_FILE)).size).toBeLessThan(before / 2);
  });
});
