import { buildEngine, openRecords } from "./app.js";
import { type Config, loadConfig, loadDotEnv } from "./config.js";
import { runConsole } from "./console/repl.js";
import { explainDiscordFailure } from "./discord/failures.js";
import { checkDiscordAccess } from "./discord/preflight.js";
import { installLastResort } from "./lastResort.js";
import { createLogger } from "./log.js";
import { reloadable } from "./reload/reloader.js";
import { reloadTriggers } from "./reload/triggers.js";
import { runMain } from "./runMain.js";
import { lockDataDir } from "./store/index.js";

/** However the connection stalls, a person starting the bot hears why well within 30 seconds. */
const START_DEADLINE_MS = 25_000;

let config: Readonly<Config> | null = null;

async function main(): Promise<void> {
  loadDotEnv();
  config = loadConfig();
  // In the console, log lines share the terminal with answers: only warnings and errors, unless LOG_LEVEL says otherwise.
  const log = createLogger({
    level: config.logLevel ?? (config.discord ? "info" : "warn"),
    secrets: [config.discord?.token, config.llm?.apiKey],
  });
  // Fail fast, before loading the knowledge, when the data folder cannot be written, another bot holds it, or
  // Discord refuses the token. One bot per SQLite folder: a second would fight the first for the write lock.
  if (config.discord) lockDataDir(config.dataDir);
  const records = config.discord ? openRecords(config, log) : null;
  if (config.discord) await checkDiscordAccess(config.discord);
  // Reloads (SIGHUP, or KNOWLEDGE_WATCH=1) build the knowledge aside and swap it in: no restart, no half-loaded state.
  const settings = config;
  const { engine, reload } = reloadable(await buildEngine(settings, log), () => buildEngine(settings, log), log);
  const stopReloads = reloadTriggers({ dir: settings.knowledgeDir, watch: settings.knowledgeWatch, reload, log });
  if (config.discord) {
    const { startBot } = await import("./discord/bot.js");
    const { commands } = await import("../commands/index.js");
    const bot = await withDeadline(startBot({ config, engine, commands, log, records }), START_DEADLINE_MS);
    installLastResort(log, async () => {
      await bot.stop();
      records?.close();
    });
    return;
  }
  // Output piped into a reader that stops early (`npm start < q.txt | head`): nobody is left to answer, so stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
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
  return config?.discord ? explainDiscordFailure(error, { during: "connect", apiUrl: config.discord.apiUrl }) : null;
});
