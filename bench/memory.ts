import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const child = (file: string, args: string[], execArgv: string[], env: Record<string, string> = {}) =>
  fork(fileURLToPath(new URL(file, import.meta.url)), args, {
    execArgv,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
const next = async <T>(p: ChildProcess) => ((await once(p, "message")) as [T])[0];

/**
 * The bot's memory over `total` /ask interactions from distinct users, each question different (as a busy server's
 * are): before (after start and a warm-up), right after, and after an idle moment and a full garbage collection.
 * The loopback Discord runs in another process, so its record of every interaction is not counted.
 */
export async function benchMemory(questions: readonly string[]) {
  return {
    as_shipped: await memoryOver(questions, {}),
    // The "More excerpts" replies are kept in memory for their 15 minutes, up to MORE_EXCERPTS_STORE_MB (32):
    // the same run with that store at 1 MB tells how much of the growth is theirs.
    more_excerpts_store_1mb: await memoryOver(questions, { MORE_EXCERPTS_STORE_MB: "1" }),
    // As shipped, but with those replies kept 20 s instead of 15 minutes: is their memory given back when they go?
    more_excerpts_kept_20s: await memoryOver(questions, { BENCH_MORE_TTL_MS: "20000" }, { waitMs: 25_000 }),
  };
}

async function memoryOver(
  questions: readonly string[],
  env: Record<string, string>,
  { total = 10_000, batchSize = 100, idleMs = 5_000, waitMs = 0 } = {},
) {
  const discord = child("./memoryStandIn.js", [], []);
  const { apiUrl } = await next<{ apiUrl: string }>(discord);
  const flags = ["--expose-gc", "--max-semi-space-size=8", "--max-old-space-size=256"];
  const bot = child("./memoryBot.js", [apiUrl], flags, env);
  await next(bot);
  const sample = async (gc: boolean) => {
    bot.send({ type: "sample", gc });
    return next<Record<string, unknown>>(bot);
  };
  let user = 5_000_000;
  const drive = async (count: number) => {
    for (let sent = 0; sent < count; sent += batchSize) {
      const batch = Array.from({ length: batchSize }, (_, i) => {
        const n = sent + i;
        return `${questions[n % questions.length]} (${Math.floor(n / questions.length)})`;
      });
      discord.send({ type: "batch", questions: batch, firstUser: user });
      user += batchSize;
      await next(discord);
    }
  };
  try {
    await drive(500);
    const before = await sample(true);
    await drive(total);
    const after = await sample(false);
    const afterGc = await sample(true);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const idle = await sample(true);
    const figures = {
      interactions: total,
      before_after_warmup_gc: before,
      after,
      after_gc: afterGc,
      after_idle_and_gc: idle,
    };
    if (waitMs === 0) return figures;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return { ...figures, [`after_${waitMs / 1000}s_more_and_gc`]: await sample(true) };
  } finally {
    bot.send({ type: "stop" });
    discord.send({ type: "close" });
    await Promise.all([once(bot, "exit"), once(discord, "exit")]);
  }
}
