import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { commands } from "../commands/index.js";
import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { startBot } from "../src/discord/bot.js";
import { median, type PeakRss, percentile, round } from "./stats.js";

interface BatchResult {
  first: number[];
  final: number[];
  deferred: number;
}

/**
 * The real discord.js client against the loopback Discord (running in its own thread): time from
 * INTERACTION_CREATE to the bot's first REST response and to its final reply, over batches of 100 concurrent /ask
 * interactions, as medians of several runs.
 */
export async function benchDiscord(
  questions: readonly string[],
  rss: PeakRss,
  memoSize?: number,
  runs = 3,
  batches = 3,
  batchSize = 100,
) {
  const worker = new Worker(new URL("./discordWorker.js", import.meta.url));
  const [ready] = (await once(worker, "message")) as [{ apiUrl: string }];
  const config = loadConfig({
    DISCORD_TOKEN: "bench-token",
    DISCORD_API_URL: ready.apiUrl,
    ASK_COOLDOWN_PER_MINUTE: "0",
  });
  const log = () => {};
  const bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log, { memoSize }),
    log,
    handleSignals: false,
  });
  const stats = {
    firstP50: [] as number[],
    firstP95: [] as number[],
    finalP50: [] as number[],
    finalP95: [] as number[],
  };
  let deferred = 0;
  let total = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const first: number[] = [];
      const final: number[] = [];
      for (let b = 0; b < batches; b++) {
        const batch = Array.from({ length: batchSize }, (_, i) => questions[(b * batchSize + i) % questions.length]!);
        worker.postMessage({ type: "batch", questions: batch, firstUser: 9_000_000 + b * batchSize });
        const [result] = (await once(worker, "message")) as [BatchResult];
        first.push(...result.first);
        final.push(...result.final);
        deferred += result.deferred;
        total += batchSize;
        rss.sample();
      }
      stats.firstP50.push(percentile(first, 50));
      stats.firstP95.push(percentile(first, 95));
      stats.finalP50.push(percentile(final, 50));
      stats.finalP95.push(percentile(final, 95));
    }
  } finally {
    await bot.stop();
    worker.postMessage({ type: "close" });
    await once(worker, "message");
    await worker.terminate();
  }
  return {
    interactions: total,
    concurrency: batchSize,
    distinct_questions: questions.length,
    answers_remembered: memoSize !== 0,
    first_response_ms: { p50: round(median(stats.firstP50)), p95: round(median(stats.firstP95)) },
    final_reply_ms: { p50: round(median(stats.finalP50)), p95: round(median(stats.finalP95)) },
    answered_in_one_call: `${total - deferred}/${total}`,
  };
}
