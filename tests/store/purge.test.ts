import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
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
  it("does its work on a thread of its own, never on the event loop's", async () => {
    // Where each batch ran, as the thread that ran it reports it. (Comparing the loop's busy time with the batches'
    // time said the same thing, but on a loaded two-core machine the loop's share of the handshakes outgrew it.)
    const { store, later } = storeWith(2_000, 40);
    later(40);
    const threads: number[] = [];
    await store.purge({ batch: 100, onBatch: (_ms, thread) => threads.push(thread) });
    expect(threads.length).toBeGreaterThan(1);
    expect(threads.filter((thread) => thread === threadId)).toEqual([]);
  });

  it("records every vote pressed while it runs, each after the batch that held the lock", async () => {
    const { store, later } = storeWith(200, 40);
    const now = later(40);
    await store.putAnswer({
      id: "live",
      guildId: "1",
      channelId: "2",
      at: now,
      docs: [],
      mode: "extractive",
      command: "ask",
      question: "q?",
      more: null,
    });
    let running = true;
    const purged = store.purge({ batch: 5 }).finally(() => (running = false));
    const outcomes: string[] = [];
    for (let i = 0; running; i++) {
      outcomes.push((await store.vote("live", `voter${i}`, "up")).kind);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await purged;
    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.filter((kind) => kind !== "recorded")).toEqual([]);
  });

  it("leaves the bot's connection no checkpoint of its own while it runs, and gives SQLite's back after", async () => {
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
