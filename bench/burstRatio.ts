import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { median, percentile, round } from "./stats.js";

const ROOT = new URL("../..", import.meta.url).pathname;
/** The flags `npm start` runs the bot with: the bench measures the bot as shipped. */
const START_FLAGS = ["--enable-source-maps", "--max-semi-space-size=8", "--max-old-space-size=256"];

interface Side {
  name: string;
  worker: Worker;
  bot: ChildProcess;
  firstP50: number[];
  firstP95: number[];
}

export interface BurstRatioOptions {
  rounds?: number;
  users?: number;
  /** Another checkout of storybot, built (its root folder): run as a third bot in the same bursts, for comparison. */
  reference?: string;
  /**
   * A folder for the storybots' CPU profiles (`node --cpu-prof`, written when each stops): a folder each, with its
   * bursts' time windows. None by default.
   */
  cpuProfDir?: string;
}

/**
 * The burst ratio: storybot (its real entry point, dist/src/main.js, as `npm start` runs it) against a minimal
 * discord.js bot that answers every /ask with a fixed embed, each on a loopback Discord of its own (in a thread of
 * the bench), in the same run. Bursts of `users` /ask from as many users alternate between the two, after one
 * warm-up burst each; per bot, the first response's p50 and p95 over each burst, as medians over the rounds.
 */
export async function benchBurstRatio(questions: readonly string[], options: BurstRatioOptions = {}) {
  const rounds = options.rounds ?? 3;
  const users = options.users ?? 100;
  const sides: Side[] = [];
  const profileDir = (name: string) => (options.cpuProfDir ? join(options.cpuProfDir, name) : undefined);
  try {
    sides.push(await startSide("minimal", (apiUrl) => start(["dist/bench/minimalBot.js", apiUrl], {}, /^ready$/m)));
    const storybot = (root: string, flags: string[]) => (apiUrl: string) =>
      start(
        [...START_FLAGS, ...flags, "dist/src/main.js"],
        {
          DISCORD_TOKEN: "bench-token",
          DISCORD_API_URL: apiUrl,
          DATA_DIR: mkdtempSync(join(tmpdir(), "storybot-burst-")),
          CACHE_DIR: mkdtempSync(join(tmpdir(), "storybot-burst-cache-")),
        },
        /"event":"ready"/,
        root,
      );
    sides.push(await startSide("storybot", storybot(ROOT, profileFlags(profileDir("storybot")))));
    if (options.reference)
      sides.push(
        await startSide(
          "storybot_reference",
          storybot(options.reference, profileFlags(profileDir("storybot_reference"))),
        ),
      );
    let user = 7_000_000;
    // The measured bursts, on the monotonic clock CPU profiles use: profileTop.ts reads a profile within them.
    const bursts = new Map<string, Array<[number, number]>>(sides.map((s) => [s.name, []]));
    for (let round = -1; round < rounds; round++) {
      for (const side of sides) {
        const batch = Array.from(
          { length: users },
          (_, i) => questions[(i + Math.max(round, 0) * users) % questions.length]!,
        );
        const from = monotonicUs();
        side.worker.postMessage({ type: "batch", questions: batch, firstUser: user });
        user += users;
        const [result] = (await once(side.worker, "message")) as [{ first: number[] }];
        if (round < 0) continue; // the warm-up burst: JIT, connection pools, first-question caches
        bursts.get(side.name)!.push([from, monotonicUs()]);
        side.firstP50.push(percentile(result.first, 50));
        side.firstP95.push(percentile(result.first, 95));
      }
    }
    for (const [name, windows] of bursts) {
      const dir = name === "minimal" ? undefined : profileDir(name);
      if (dir) writeFileSync(join(dir, "bursts.json"), JSON.stringify({ interactions: users, bursts: windows }));
    }
  } finally {
    await Promise.all(sides.map(stopSide));
  }
  const byName = Object.fromEntries(
    sides.map((s) => [
      s.name,
      {
        first_response_ms: { p50: round(median(s.firstP50)), p95: round(median(s.firstP95)) },
        p95_per_round: s.firstP95.map((x) => round(x)),
      },
    ]),
  );
  const p95 = (name: string) => median(sides.find((s) => s.name === name)!.firstP95);
  return {
    rounds,
    users_per_burst: users,
    ...byName,
    ratio_p95_storybot_over_minimal: round(p95("storybot") / p95("minimal")),
    ...(options.reference
      ? { ratio_p95_reference_over_minimal: round(p95("storybot_reference") / p95("minimal")) }
      : {}),
  };
}

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const profileFlags = (dir: string | undefined) => {
  if (!dir) return [];
  mkdirSync(dir, { recursive: true });
  return ["--cpu-prof", `--cpu-prof-dir=${dir}`];
};

async function startSide(name: string, launch: (apiUrl: string) => Promise<ChildProcess>): Promise<Side> {
  const worker = new Worker(new URL("./discordWorker.js", import.meta.url));
  const [ready] = (await once(worker, "message")) as [{ apiUrl: string }];
  const bot = await launch(ready.apiUrl);
  return { name, worker, bot, firstP50: [], firstP95: [] };
}

async function stopSide(side: Side): Promise<void> {
  if (side.bot.exitCode === null) {
    const exited = once(side.bot, "exit");
    side.bot.kill("SIGTERM");
    await exited;
  }
  side.worker.postMessage({ type: "close" });
  await once(side.worker, "message");
  await side.worker.terminate();
}

/** Starts a bot process from the repository root with a clean environment; resolves once it prints `ready`. */
function start(args: string[], env: Record<string, string>, ready: RegExp, cwd = ROOT): Promise<ChildProcess> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD_|OPENAI_|LOG_LEVEL|KNOWLEDGE_DIR|DATA_DIR)/.test(k)),
  );
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...clean, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let seen = "";
    let started = false;
    const onData = (chunk: Buffer) => {
      if (started) return;
      seen = (seen + chunk.toString()).slice(-4096);
      started = ready.test(seen);
      if (started) resolve(child);
    };
    // Both streams are read to the end, as a supervisor would: a full pipe would stall the bot's logging.
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code}) before it was ready:\n${seen}`)));
  });
}
