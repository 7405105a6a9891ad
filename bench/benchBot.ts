import { commands } from "../commands/index.js";
import { loadConfig } from "../src/config.js";
import { type Bot, startBot } from "../src/discord/bot.js";
import type { Engine } from "../src/engine/engine.js";

/** The bot as the benches run it: against a stand-in's REST URL, no cooldown, no logs, no signal handlers. */
export function startBenchBot(engine: Engine, apiUrl: string, env: Record<string, string> = {}): Promise<Bot> {
  return startBot({
    commands,
    config: loadConfig({ ...env, DISCORD_TOKEN: "bench-token", DISCORD_API_URL: apiUrl, ASK_COOLDOWN_PER_MINUTE: "0" }),
    engine,
    log: () => {},
    handleSignals: false,
  });
}
