import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { commands } from "../commands/index.js";
import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { startBot } from "../src/discord/bot.js";
import { startHttpBot } from "../src/http/httpBot.js";
import { median, percentile, round } from "./stats.js";

/**
 * HTTP interactions against the gateway, in the same run: the time from Discord sending an /ask to the bot's first
 * response, p50 and p95 over bursts of 100 users at once, as medians of several runs. Both bots are the real ones
 * in this process, each with its own engine; the loopback Discord runs in a thread of its own and the two are
 * measured in alternating bursts, so a slow moment of the machine falls on both.
 */
export async function benchHttp(questions: readonly string[], runs = 3, batches = 3, batchSize = 100) {
  const worker = new Worker(new URL("./httpWorker.js", import.meta.url));
  const [ready] = (await once(worker, "message")) as [{ apiUrl: string; publicKey: string }];
  const env = { DISCORD_TOKEN: "bench-token", DISCORD_API_URL: ready.apiUrl, ASK_COOLDOWN_PER_MINUTE: "0" };
  const log = () => {};
  const gatewayConfig = loadConfig(env);
  const gateway = await startBot({
    commands,
    config: gatewayConfig,
    engine: await buildEngine(gatewayConfig, log),
    log,
    handleSignals: false,
  });
  const httpConfig = loadConfig({
    ...env,
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: ready.publicKey,
  });
  const http = await startHttpBot({
    commands,
    config: httpConfig,
    engine: await buildEngine(httpConfig, log),
    log,
    handleSignals: false,
  });
  worker.postMessage({ type: "endpoint", url: `http://127.0.0.1:${http.port}/` });
  await once(worker, "message");
  const stats = {
    gateway: { p50: [] as number[], p95: [] as number[] },
    http: { p50: [] as number[], p95: [] as number[] },
  };
  let user = 20_000_000;
  try {
    for (let run = 0; run < runs; run++) {
      const first = { gateway: [] as number[], http: [] as number[] };
      for (let b = 0; b < batches; b++) {
        for (const via of ["gateway", "http"] as const) {
          const batch = Array.from({ length: batchSize }, (_, i) => questions[(b * batchSize + i) % questions.length]!);
          worker.postMessage({ type: "batch", via, questions: batch, firstUser: user });
          user += batchSize;
          const [result] = (await once(worker, "message")) as [{ first: number[] }];
          first[via].push(...result.first);
        }
      }
      for (const via of ["gateway", "http"] as const) {
        stats[via].p50.push(percentile(first[via], 50));
        stats[via].p95.push(percentile(first[via], 95));
      }
    }
  } finally {
    await http.stop();
    await gateway.stop();
    worker.postMessage({ type: "close" });
    await once(worker, "message");
    await worker.terminate();
  }
  const summary = (via: "gateway" | "http") => ({
    p50: round(median(stats[via].p50)),
    p95: round(median(stats[via].p95)),
  });
  return {
    interactions_each: runs * batches * batchSize,
    concurrency: batchSize,
    first_response_ms: { gateway: summary("gateway"), http: summary("http") },
  };
}
