import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { commands } from "../commands/index.js";
import { buildEngine, openRecords } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { startBot } from "../src/discord/bot.js";
import type { SqliteStore } from "../src/store/index.js";

/**
 * The real bot (engine, SQLite store, discord.js) in a process of its own, started with --expose-gc by the memory
 * bench: it reports its memory when asked, optionally after a full garbage collection.
 */
const send = (message: unknown) => process.send!(message);
const apiUrl = process.argv[2]!;
const config = loadConfig({
  DISCORD_TOKEN: "bench-token",
  DISCORD_API_URL: apiUrl,
  ASK_COOLDOWN_PER_MINUTE: "0",
  DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-memory-")),
  // The bench runs once as shipped and once with this store at its smallest, to tell its share of the growth.
  ...(process.env.MORE_EXCERPTS_STORE_MB ? { MORE_EXCERPTS_STORE_MB: process.env.MORE_EXCERPTS_STORE_MB } : {}),
});
const log = () => {};
const records = (await openRecords(config, log)) as SqliteStore;
const bot = await startBot({
  commands,
  config,
  engine: await buildEngine(config, log),
  log,
  records,
  handleSignals: false,
  // The bench's third run keeps them a few seconds, to see their memory given back when their time is up.
  moreExcerptsTtlMs: process.env.BENCH_MORE_TTL_MS ? Number(process.env.BENCH_MORE_TTL_MS) : undefined,
});

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
process.on("message", async (msg: { type: "sample"; gc: boolean } | { type: "stop" }) => {
  if (msg.type === "stop") {
    await bot.stop();
    await records.close();
    process.exit(0);
  }
  await bot.idle();
  if (msg.gc) (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
  send({
    rss_mb: mb(usage.rss),
    heap_used_mb: mb(usage.heapUsed),
    external_mb: mb(usage.external),
    array_buffers_mb: mb(usage.arrayBuffers),
    heap_total_mb: mb(heap.total_heap_size),
    native_contexts: heap.number_of_native_contexts,
    more_excerpts_kept: bot.moreExcerptsKept,
    discord_caches: {
      channels: bot.client.channels.cache.size,
      users: bot.client.users.cache.size,
      guilds: bot.client.guilds.cache.size,
    },
  });
});
send({ type: "ready" });
