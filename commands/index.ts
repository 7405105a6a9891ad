import { ApplicationCommandType } from "discord.js";
import type { Command } from "../src/discord/command.js";
import type { CommandName } from "../src/messages/commandNames.js";
import type { Locale } from "../src/messages/locale.js";
import { localName, say } from "../src/messages/say.js";
import { ask } from "./ask.js";
import { check } from "./check.js";
import { checkMessage } from "./checkMessage.js";
import { help } from "./help.js";
import { sources } from "./sources.js";
import { stats } from "./stats.js";
import { summary } from "./summary.js";

/** Every command, in one list that the Discord router, the deploy script and the console all read. */
export const commands: readonly Command[] = [ask, summary, sources, check, help, stats, checkMessage];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}

/** True for a command typed with a slash; the others (message commands) are picked from a menu. */
export function isSlashCommand(command: Command): boolean {
  return (command.data.toJSON().type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
}

/**
 * "/ask, /summary, … or /help": what someone can type, read from the registry so it never falls behind it, named as
 * the reader's client shows the commands.
 */
export function slashCommandList(locale: Locale = "en"): string {
  const names = commands.filter(isSlashCommand).map((c) => `/${localName(c.data.name as CommandName, locale)}`);
  return say(locale, "list.last", { rest: names.slice(0, -1).join(", "), last: names.at(-1) ?? "" });
}
