import type { Command } from "../src/discord/command.js";
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

export { isSlashCommand } from "../src/discord/command.js";
