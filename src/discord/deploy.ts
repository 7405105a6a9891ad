import { REST, Routes } from "discord.js";
import type { Command } from "./command.js";

export interface DeployTarget {
  token: string;
  applicationId: string;
  guildId: string | null;
  apiUrl: string | null;
}

/**
 * Registers the commands with Discord in one PUT (replacing the previous set): in one guild when a guild id is
 * given (instant, for development), globally otherwise (may take up to an hour to appear).
 */
export async function deployCommands(target: DeployTarget, commands: readonly Command[]): Promise<Array<{ name: string; id?: string }>> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const body = commands.map((c) => c.data.toJSON());
  return (await rest.put(route, { body })) as Array<{ name: string; id?: string }>;
}
