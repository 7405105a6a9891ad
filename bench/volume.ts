import { mkdtempSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { DB_FILE, openDatabase, SqliteStore } from "../src/store/index.js";
import { percentile, round } from "./stats.js";

const DAY = 86_400_000;

/**
 * The database at volume: its size per 10k answers (each with its ~2 KB "More excerpts" reply), and a purge of
 * `old` rows per table past their retention beside `recent` ones: the longest the event loop waited meanwhile, beside
 * the same figure for as long again without it (the purge runs on a thread of its own), how long it took, its
 * batches' times (how long a vote may wait for the lock), and the file's size before and after (incremental
 * auto-vacuum).
 */
export async function benchVolume(old = 100_000, recent = 100_000, batch?: number) {
  const dir = mkdtempSync(join(tmpdir(), "storybot-volume-"));
  let now = Date.now() - 40 * DAY;
  const store = new SqliteStore(openDatabase(dir), { retentionDays: 30, now: () => now });
  const more = JSON.stringify({ ephemeral: true, embeds: [{ description: "x".repeat(2_000) }] });
  const fill = (count: number, at: number, prefix: string) => {
    store.db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = `${prefix}${i}`;
        const common = { guildId: "1", channelId: "2", at, docs: ["cost-report"], mode: "extractive" };
        void store.putAnswer({ ...common, id, command: "ask", question: `question ${i % 500}?`, more });
        void store.vote(id, `u${i}`, i % 3 ? "up" : "down");
        store.logQuestion({
          ...common,
          answerId: id,
          command: "ask",
          text: `question ${i % 500}?`,
          declined: false,
          declineReason: null,
          latencyMs: 40,
        });
      }
    })();
  };
  const size = () => statSync(join(dir, DB_FILE)).size + sizeOf(join(dir, `${DB_FILE}-wal`));
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const empty = size();
  fill(old, now, "old");
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const perTenK = ((size() - empty) / old) * 10_000;
  now += 40 * DAY;
  fill(recent, now - 5 * DAY, "new");
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const before = size();
  // Each putAnswer above left a promise callback waiting: let them run now, or they would count as the purge's wait.
  await new Promise((resolve) => setImmediate(resolve));
  // How long the event loop was held, with and without the purge, in the same minutes: on a loaded machine the
  // process is also held by not being scheduled at all, which no code of ours can remove (the load average says
  // how busy the machine was). The purge's own share is the difference.
  // The window without it is as long as the purge took, right after it: a longer window meets rarer stalls.
  const batches: number[] = [];
  const started = performance.now();
  let removed: Awaited<ReturnType<typeof store.purge>> | undefined;
  const purging = await loopWaits(async () => {
    removed = await store.purge({ batch, onBatch: (ms) => batches.push(ms) });
  });
  const took = performance.now() - started;
  const quiet = await loopWaits(() => new Promise((resolve) => setTimeout(resolve, took)));
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  const statsStarted = performance.now();
  await store.stats({ guildId: "1", days: 7, listedIn: { channelId: "2" } });
  const statsMs = performance.now() - statsStarted;
  const after = size();
  await store.close();
  return {
    rows_per_table: { old, recent },
    mb_per_10k_answers: round(perTenK / 1_048_576, 2),
    purge: {
      ...removed!,
      total_ms: round(took),
      batches: batches.length,
      longest_batch_ms: round(Math.max(...batches)),
      p99_batch_ms: round(percentile(batches, 99)),
      event_loop_wait_ms: { during_purge: purging, as_long_after_it: quiet },
      load_average: round(loadavg()[0]!),
    },
    stats_ms: round(statsMs),
    mb_before_purge: round(before / 1_048_576, 1),
    mb_after_purge: round(after / 1_048_576, 1),
  };
}

/** The longest a 1 ms timer was late, and Node's own delay histogram (max, p99), while `work` runs. */
async function loopWaits(work: () => Promise<unknown>) {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const t = performance.now();
    longest = Math.max(longest, t - last);
    last = t;
  }, 1);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  await work();
  delay.disable();
  clearInterval(ticker);
  return { longest_timer_wait: round(longest), max: round(delay.max / 1e6), p99: round(delay.percentile(99) / 1e6) };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
