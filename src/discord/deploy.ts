import { ApplicationCommandType, REST, Routes } from "discord.js";
import type { Command } from "./command.js";
import { impatientRest } from "./preflight.js";

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
/** A command as Discord registered it: `type` 1 is a slash command, 3 a message command (right-click → Apps). */
export interface RegisteredCommand {
  name: string;
  id?: string;
  type?: number;
}

export async function deployCommands(target: DeployTarget, commands: readonly Command[]): Promise<RegisteredCommand[]> {
  const rest = new REST(impatientRest(target.apiUrl)).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const body = commands.map((c) => c.data.toJSON());
  return (await rest.put(route, { body })) as RegisteredCommand[];
}

/**
 * What was registered, as someone setting up the bot will look for it: slash commands with their slash, message
 * commands by the name shown in the Apps menu (they have no slash).
 */
export function describeRegistered(registered: readonly RegisteredCommand[], guildId: string | null): string {
  const slash = registered
    .filter((c) => (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput)
    .map((c) => `/${c.name}`);
  const menu = registered.filter((c) => c.type === ApplicationCommandType.Message).map((c) => `"${c.name}"`);
  const where = guildId ? `in guild ${guildId}` : "globally (may take up to an hour to appear)";
  const lists = [
    slash.join(", "),
    menu.length
      ? `the message command${menu.length > 1 ? "s" : ""} ${menu.join(", ")} (right-click a message → Apps)`
      : "",
  ];
  return `Registered ${registered.length} commands ${where}: ${lists.filter(Boolean).join("; and ")}`;
}
