import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commands } from "../../commands/index.js";
import { buildEngine, openRecords } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { type Bot, startBot } from "../../src/discord/bot.js";
import { createLogger, type Logger } from "../../src/log.js";
import type { SqliteStore } from "../../src/store/index.js";
import type { DiscordStandIn, InteractionInput, RecordedRequest } from "./discordStandIn.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

export interface BotWithStore {
  bot: Bot;
  records: SqliteStore;
  dataDir: string;
  /** Stops the bot and closes its database. */
  stop(): Promise<void>;
}

/**
 * The real bot against the Discord stand-in, on the fixture knowledge, with its own database in a fresh temp
 * folder and no per-user limits; `env` adds or overrides variables (an OpenAI stand-in, a token).
 */
export async function startBotWithStore(
  discord: DiscordStandIn,
  env: Record<string, string> = {},
  log: Logger = createLogger({ level: "silent" }),
): Promise<BotWithStore> {
  const dataDir = mkdtempSync(join(tmpdir(), "storybot-data-"));
  const config = loadConfig({
    DISCORD_TOKEN: "test-token-bot-with-store",
    DISCORD_API_URL: discord.apiUrl,
    KNOWLEDGE_DIR: FIXTURE,
    DATA_DIR: dataDir,
    ASK_COOLDOWN_PER_MINUTE: "0",
    BUTTON_CLICKS_PER_MINUTE: "0",
    ...env,
  });
  const records = (await openRecords(config, log)) as SqliteStore;
  const bot = await startBot({
    commands,
    config,
    engine: await buildEngine(config, log),
    log,
    records,
    handleSignals: false,
  });
  return {
    bot,
    records,
    dataDir,
    stop: async () => {
      await bot.stop();
      await records.close();
    },
  };
}

/** Sends an interaction and waits for its first response. */
export async function firstResponse(discord: DiscordStandIn, input: InteractionInput, userId: string) {
  const { id, token } = discord.sendInteraction({ userId, ...input });
  const [first] = await discord.waitForRequests(
    (r) => r.method === "POST" && r.path === `/v10/interactions/${id}/${token}/callback`,
    1,
    15_000,
  );
  return { first: first as RecordedRequest, id, token };
}
