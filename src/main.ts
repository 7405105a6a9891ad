import { buildEngine, openRecords } from "./app.js";
import { type Config, loadConfig, loadDotEnv } from "./config.js";
import type { explainDiscordFailure } from "./discord/failures.js";
import { installLastResort } from "./lastResort.js";
import { createLogger } from "./log.js";
import { reloadable } from "./reload/reloader.js";
import { reloadTriggers } from "./reload/triggers.js";
import { runMain } from "./runMain.js";
import { lockDataDir } from "./store/lock.js";

// What only some modes need (metrics, shards, the console, Discord's checks) is imported where that mode starts:
// every start pays for each module it loads, and loading is most of a start's time.

/** However the connection stalls, a person starting the bot hears why well within 30 seconds. */
const START_DEADLINE_MS = 25_000;

let config: Readonly<Config> | null = null;
let explainDiscord: typeof explainDiscordFailure | null = null;

async function main(): Promise<void> {
  loadDotEnv();
  config = loadConfig();
  if (config.discord) explainDiscord = (await import("./discord/failures.js")).explainDiscordFailure;
  // Metrics first, so /healthz answers 503 while the rest loads; the console serves none.
  const metrics =
    config.discord && config.metrics ? await (await import("./metrics/index.js")).startMetrics(config.metrics) : null;
  // In the console, log lines share the terminal with answers: only warnings and errors, unless LOG_LEVEL says otherwise.
  const log = createLogger({
    level: config.logLevel ?? (config.discord ? "info" : "warn"),
    secrets: [config.discord?.token, config.llm?.apiKey],
    tap: metrics?.tap,
  });
  if (metrics) log("metrics_ready", { metrics: `${metrics.url}/metrics`, health: `${metrics.url}/healthz` });
  // A shard of `npm run start:sharded` stops when its manager says so or is gone, even while it is still starting.
  const manager =
    config.discord && config.shards?.managerPid ? (await import("./shard/child.js")).followManager(log) : null;
  // Fail fast, before loading the knowledge, when the data folder cannot be written, another bot holds it, or
  // Discord refuses the token. One bot per SQLite folder: a second would fight the first for the write lock
  // (Postgres takes any number of instances). A shard of `npm run start:sharded` shares the folder its manager holds.
  if (config.discord && !config.database) lockDataDir(config.dataDir, process.pid, config.shards?.managerPid ?? null);
  const records = config.discord ? await openRecords(config, log) : null;
  if (records) metrics?.watchStore(records);
  if (config.discord && config.interactions)
    await (await import("./http/preflight.js")).checkRestAccess(config.discord);
  else if (config.discord) await (await import("./discord/preflight.js")).checkDiscordAccess(config.discord);
  if (config.discord && config.shards) {
    const { handToClient, planShards } = await import("./shard/plan.js");
    handToClient(await planShards(config.discord, config.shards));
  }
  // Reloads (SIGHUP, or KNOWLEDGE_WATCH=1) build the knowledge aside and swap it in: no restart, no half-loaded state.
  const settings = config;
  const { engine, reload } = reloadable(await buildEngine(settings, log), () => buildEngine(settings, log), log);
  metrics?.watchKnowledge(engine);
  const stopReloads = reloadTriggers({ dir: settings.knowledgeDir, watch: settings.knowledgeWatch, reload, log });
  // The command registry, handed to whichever front door takes Discord's interactions.
  const { commands } = await import("../commands/index.js");
  // HTTP interactions: Discord POSTs each interaction to INTERACTIONS_PORT, and no gateway connection is opened.
  if (config.discord && config.interactions) {
    const { startHttpBot } = await import("./http/httpBot.js");
    const bot = await startHttpBot({ config, engine, commands, log, records });
    // Up while the endpoint listens: there is no gateway to watch in this mode.
    let listening = true;
    metrics?.watchDiscord(bot.client, () => listening);
    installLastResort(log, async () => {
      listening = false;
      await bot.stop();
      await records?.close();
    });
    return;
  }
  if (config.discord) {
    const { startBot } = await import("./discord/bot.js");
    const bot = await withDeadline(startBot({ config, engine, commands, log, records }), START_DEADLINE_MS);
    metrics?.watchDiscord(bot.client);
    manager?.attach(() => bot.stop());
    installLastResort(log, async () => {
      await bot.stop();
      await records?.close();
    });
    return;
  }
  // Output piped into a reader that stops early (`npm start < q.txt | head`): nobody is left to answer, so stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const { runConsole } = await import("./console/repl.js");
  await runConsole({ engine, input: process.stdin, output: process.stdout, log });
  stopReloads();
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartTimeout(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

class StartTimeout extends Error {
  constructor(readonly ms: number) {
    super(`Discord did not finish connecting within ${ms / 1000} s`);
  }
}

void runMain(main, (error) => {
  if (error instanceof StartTimeout) {
    return `Could not connect to Discord: the connection did not complete within ${error.ms / 1000} s. Check the network (a proxy or firewall may block Discord's gateway), then try again.`;
  }
  return config?.discord && explainDiscord
    ? explainDiscord(error, { during: "connect", apiUrl: config.discord.apiUrl })
    : null;
});
