import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ask } from "../commands/ask.js";
import { commands } from "../commands/index.js";
import { buildEngine } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { startBot } from "../src/discord/bot.js";
import { recordOptions } from "../src/discord/command.js";
import { openDatabase, SqliteStore } from "../src/store/index.js";
import { buttonInteraction, chatInputInteraction, startDiscordStandIn } from "../tests/helpers/discordStandIn.js";
import { median, percentile, round } from "./stats.js";

const freshDir = () => mkdtempSync(join(tmpdir(), "storybot-bench-"));

/**
 * What the database adds to one answered /ask: keeping the answer (with its "More excerpts") for its buttons and
 * adding the question to the log, the two writes in an answer's path, timed over many answers, medians of runs.
 * Then 100 votes pressed at once on one answer, through the real bot and the loopback Discord: all must be kept.
 */
export async function benchStore(runs = 5, answersPerRun = 2_000, voters = 100) {
  const config = loadConfig({});
  const engine = await buildEngine(config, () => {});
  const questions = [
    "how many H800 GPUs were used?",
    "how far did NVIDIA fall?",
    "what did DeepSeek-R1 cost to train?",
  ];
  const replies = await Promise.all(
    questions.map((question) => ask.execute({ engine, options: recordOptions({ question }) })),
  );
  const p50: number[] = [];
  const p95: number[] = [];
  const threadP50: number[] = [];
  const threadP95: number[] = [];
  for (let run = 0; run < runs; run++) {
    const store = new SqliteStore(openDatabase(freshDir()), { retentionDays: 30 });
    const times: number[] = [];
    const threadTimes: number[] = [];
    for (let i = 0; i < answersPerRun; i++) {
      const reply = replies[i % replies.length]!;
      const record = reply.record!;
      // Every other answer is asked in a follow-up thread: its conversation is read first and the answer added to it.
      const thread = i % 2 === 1 ? `thread-${run}-${i % 50}` : null;
      const started = performance.now();
      if (thread) {
        if (!store.conversation(thread) && reply.turn) store.openConversation(thread, "thread", "1", [reply.turn]);
      }
      void store.putAnswer({
        id: `${run}-${i}`,
        command: record.command,
        question: record.text,
        mode: record.mode,
        docs: record.docs,
        guildId: "1",
        channelId: thread ?? "2",
        at: Date.now(),
        more: reply.more ? JSON.stringify(reply.more) : null,
        turn: reply.followUp && !thread ? (reply.turn ?? null) : null,
      });
      store.logQuestion({
        ...record,
        answerId: `${run}-${i}`,
        latencyMs: 5,
        guildId: "1",
        channelId: thread ?? "2",
        at: Date.now(),
      });
      if (thread && reply.turn) store.addTurn(thread, reply.turn);
      (thread ? threadTimes : times).push(performance.now() - started);
    }
    p50.push(percentile(times, 50));
    p95.push(percentile(times, 95));
    threadP50.push(percentile(threadTimes, 50));
    threadP95.push(percentile(threadTimes, 95));
    void store.close();
  }
  return {
    db_per_answer_ms: { p50: round(median(p50), 3), p95: round(median(p95), 3), answers: (runs * answersPerRun) / 2 },
    db_per_thread_answer_ms: {
      p50: round(median(threadP50), 3),
      p95: round(median(threadP95), 3),
      answers: (runs * answersPerRun) / 2,
    },
    concurrent_votes: await benchVotes(voters),
  };
}

async function benchVotes(voters: number, runs = 3) {
  const discord = await startDiscordStandIn();
  const dataDir = freshDir();
  const config = loadConfig({
    DISCORD_TOKEN: "bench-token",
    DISCORD_API_URL: discord.apiUrl,
    DATA_DIR: dataDir,
    BUTTON_CLICKS_PER_MINUTE: "0",
  });
  const log = () => {};
  const records = new SqliteStore(openDatabase(dataDir), { retentionDays: 30 });
  const bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    records,
    handleSignals: false,
  });
  const all: number[] = [];
  let kept = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const asked = discord.sendInteraction({
        ...chatInputInteraction("ask", [{ name: "question", type: 3, value: "how many H800 GPUs were used?" }]),
      });
      await discord.waitForRequests((r) => r.path === `/v10/interactions/${asked.id}/${asked.token}/callback`);
      const started = performance.now();
      const presses = Array.from({ length: voters }, (_, i) =>
        discord.sendInteraction({
          userId: String(5_000_000 + run * voters + i),
          ...buttonInteraction(`vote:${asked.id}:up`),
        }),
      );
      const paths = new Set(presses.map((p) => `/v10/interactions/${p.id}/${p.token}/callback`));
      await discord.waitForRequests((r) => paths.has(r.path), voters, 30_000);
      all.push(performance.now() - started);
      kept = (await records.stats({ guildId: null, days: 1 })).up;
    }
  } finally {
    await bot.stop();
    await records.close();
    await discord.close();
  }
  return { voters, runs, all_acknowledged_ms_median: round(median(all)), kept: `${kept}/${voters * runs}` };
}
