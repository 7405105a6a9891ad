import { fileURLToPath } from "node:url";
import { loadConfig, loadDotEnv } from "../config.js";
import { explainDiscordFailure } from "../discord/failures.js";
import { checkDiscordAccess } from "../discord/preflight.js";
import { ConfigError, StorybotError } from "../errors.js";
import { createLogger } from "../log.js";
import { runMain } from "../runMain.js";
import { lockDataDir, openDatabase } from "../store/index.js";
import { startShards } from "./manager.js";
import { planShards } from "./plan.js";

/** After SHUTDOWN_GRACE_MS, what a shard may still take: quick answers sent, writes settled, the gateway closed. */
const SHARD_FINISH_MS = 10_000;

let apiUrl: string | null = null;

/**
 * `npm run start:sharded`: the gateway bot as one process per shard, for bots in 2,500 servers or more. The manager
 * holds DATA_DIR (the shards share it), starts the shards of SHARD_LIST (all of SHARD_COUNT by default), restarts a
 * shard that dies, and on SIGINT/SIGTERM stops them all cleanly before it exits.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const log = createLogger({ level: config.logLevel ?? "info", secrets: [config.discord?.token, config.llm?.apiKey] });
  if (!config.discord)
    throw new ConfigError(["DISCORD_TOKEN is needed by npm run start:sharded: shards are connections to Discord"]);
  apiUrl = config.discord.apiUrl;
  // SQLite: the manager holds the folder and brings the schema up to date once, rather than every shard at once.
  // Postgres: each shard migrates under an advisory lock, so only one does the work.
  if (!config.database) {
    lockDataDir(config.dataDir);
    openDatabase(config.dataDir).close();
  }
  await checkDiscordAccess(config.discord);
  const plan = await planShards(config.discord, config.shards ?? { count: "auto", ids: null, managerPid: null });
  log("shards_starting", { shards: plan.ids, count: plan.count, pid: process.pid });
  const running = startShards({
    entry: fileURLToPath(new URL("../main.js", import.meta.url)),
    token: config.discord.token,
    plan,
    log,
    stopTimeoutMs: config.shutdownGraceMs + SHARD_FINISH_MS,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () =>
      running.stop().then(() => {
        log("stopped", {});
        process.exit(0);
      }),
    );
  const failure = await running.failed;
  await running.stop();
  throw new StorybotError(
    "shard_failed",
    `Shard ${failure.shard} stopped before it was ready (exit code ${failure.code ?? failure.signal}), so the shards were stopped; the shard's own line above says why.`,
  );
}

void runMain(main, (error) => explainDiscordFailure(error, { during: "connect", apiUrl }));
