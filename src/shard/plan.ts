import { REST, Routes } from "discord.js";
import type { DiscordConfig } from "../config.js";
import { impatientRest } from "../discord/preflight.js";
import type { ShardConfig } from "../settings/shards.js";

/** The shards one machine runs, with the count resolved: what the manager spawns and what a Client is given. */
export interface ShardPlan {
  /** Every shard of the bot, across all machines. */
  count: number;
  /** The shards this machine runs, ascending. */
  ids: readonly number[];
  /** Shards Discord lets identify at once; the rest wait for the next 5 s window. */
  maxConcurrency: number;
}

interface GatewayBot {
  shards: number;
  session_start_limit?: { max_concurrency?: number };
}

/**
 * Asks DISCORD_API_URL's /gateway/bot (Discord's own by default) for the recommended count when SHARD_COUNT is auto,
 * and how many shards may identify at once. discord.js's own `totalShards: "auto"` asks discord.com whatever the
 * REST base, and with it overwrites the shard list: this keeps both in our hands.
 */
export async function planShards(
  discord: Pick<DiscordConfig, "token" | "apiUrl">,
  shards: ShardConfig,
): Promise<ShardPlan> {
  const rest = new REST(impatientRest(discord.apiUrl)).setToken(discord.token);
  const info = (await rest.get(Routes.gatewayBot())) as GatewayBot;
  const count = shards.count === "auto" ? Math.max(1, info.shards) : shards.count;
  const ids = shards.ids ?? Array.from({ length: count }, (_, id) => id);
  return { count, ids, maxConcurrency: Math.max(1, info.session_start_limit?.max_concurrency ?? 1) };
}

/**
 * Hands the plan to discord.js the way its ShardingManager does, through SHARDS and SHARD_COUNT: every Client reads
 * them when its options leave shards unset, and would read SHARD_COUNT=auto as NaN and refuse to start. A process
 * with SHARD_COUNT set then runs the planned shards (under the manager, its one shard).
 */
export function handToClient(plan: ShardPlan, env: NodeJS.ProcessEnv = process.env): void {
  env.SHARDS = JSON.stringify(plan.ids);
  env.SHARD_COUNT = String(plan.count);
}
