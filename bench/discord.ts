import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { startBot } from "../src/discord/bot.js";
import { chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";
import { median, percentile, round, type PeakRss } from "./stats.js";

/**
 * The real discord.js client against the loopback Discord: time from INTERACTION_CREATE to the bot's first REST
 * response and to its final reply, over batches of 100 concurrent /ask interactions, medians of several runs.
 */
export async function benchDiscord(questions: readonly string[], rss: PeakRss, runs = 3, batches = 3, batchSize = 100) {
  const discord = await startDiscordStandIn();
  const config = loadConfig({ DISCORD_TOKEN: "bench-token", DISCORD_API_URL: discord.apiUrl, ASK_COOLDOWN_PER_MINUTE: "0" });
  const log = () => {};
  const bot = await startBot({ config, engine: await buildEngine(config, log), log, handleSignals: false });
  const firstP50: number[] = [];
  const firstP95: number[] = [];
  const finalP50: number[] = [];
  const finalP95: number[] = [];
  let deferred = 0;
  let total = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const first: number[] = [];
      const final: number[] = [];
      for (let b = 0; b < batches; b++) {
        const sent = Array.from({ length: batchSize }, (_, i) =>
          discord.sendInteraction({ userId: String(9_000_000 + i), ...chatInputInteraction("ask", [{ name: "question", type: 3, value: questions[i % questions.length]! }]) }),
        );
        const paths = new Set(sent.map((s) => `/v10/interactions/${s.id}/${s.token}/callback`));
        await discord.waitForRequests((r) => paths.has(r.path), batchSize, 30_000);
        for (const s of sent) {
          const replies = discord.repliesFor(s.id, s.token);
          const callback = replies[0]!;
          const last = replies.at(-1)!;
          if (callback.body?.type === 5) deferred++;
          total++;
          first.push(callback.at - s.sentAt);
          final.push(last.at - s.sentAt);
        }
        rss.sample();
      }
      firstP50.push(percentile(first, 50));
      firstP95.push(percentile(first, 95));
      finalP50.push(percentile(final, 50));
      finalP95.push(percentile(final, 95));
    }
  } finally {
    await bot.stop();
    await discord.close();
  }
  return {
    interactions: total,
    concurrency: batchSize,
    first_response_ms: { p50: round(median(firstP50)), p95: round(median(firstP95)) },
    final_reply_ms: { p50: round(median(finalP50)), p95: round(median(finalP95)) },
    answered_in_one_call: `${total - deferred}/${total}`,
  };
}
