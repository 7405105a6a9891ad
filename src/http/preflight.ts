import { REST, Routes } from "discord.js";
import type { DiscordConfig } from "../config.js";
import { impatientRest } from "../discord/preflight.js";

/**
 * Asks Discord once, before serving, whether it can be reached and takes the token: replies and follow-ups depend on
 * both. Unlike the gateway's check it ignores the daily limit on logins, which HTTP interactions never use.
 */
export async function checkRestAccess(discord: Pick<DiscordConfig, "token" | "apiUrl">): Promise<void> {
  await new REST(impatientRest(discord.apiUrl)).setToken(discord.token).get(Routes.user());
}
