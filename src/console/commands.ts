import { ApplicationCommandOptionType } from "discord.js";
import { commands, findCommand, isSlashCommand } from "../../commands/index.js";
import type { Command } from "../discord/command.js";
import { userMessage } from "../errors.js";
import { closestName } from "./didYouMean.js";

/** A command as typed in the console: "/ask <question>". */
export interface ConsoleCommand {
  usage: string;
  description: string;
}

/** Commands only the console has: Discord's buttons and closing the window do these there. */
const CONSOLE_ONLY: readonly ConsoleCommand[] = [
  { usage: "/more", description: "The further excerpts behind the last answer (Discord's More excerpts button)." },
  { usage: "/new", description: "Start over: the next question is read on its own, not as a follow-up." },
  { usage: "/quit", description: "Leave (Ctrl-D does too)." },
];

/** The option a typed line's text fills: the command's first required text option ("question", "claim"). */
function textOption(command: Command): string | null {
  const json = command.data.toJSON();
  const options = "options" in json ? (json.options ?? []) : [];
  return options.find((o) => o.type === ApplicationCommandOptionType.String && o.required)?.name ?? null;
}

/** Every command the console takes, read from the same registry Discord uses, then the console's own. */
export function consoleCommands(): ConsoleCommand[] {
  const shared = commands
    .filter((c) => isSlashCommand(c) && !c.serverOnly)
    .map((c) => {
      const option = textOption(c);
      const json = c.data.toJSON();
      return {
        usage: `/${c.data.name}${option ? ` <${option}>` : ""}`,
        description: "description" in json ? json.description : "",
      };
    });
  return [...shared, ...CONSOLE_ONLY];
}

/** "/ask", "/summary", …: the name each console command is typed with. */
const commandNames = (): string[] => consoleCommands().map((c) => c.usage.split(" ")[0]!);

/** "/ask, /summary, …, /more or /quit", for the reply to a command the console does not know. */
function consoleCommandList(): string {
  const names = commandNames();
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** The reply to a command the console does not know: every real one, and the one it was likely meant to be. */
export function unknownCommandText(name: string): string {
  const known = userMessage("unknown_command", { commands: consoleCommandList() });
  const guess = closestName(
    name,
    commandNames().map((n) => n.slice(1)),
  );
  return guess ? `${known}\nDid you mean /${guess}?` : known;
}

export type ParsedLine =
  | { kind: "quit" }
  | { kind: "more" }
  | { kind: "new" }
  | { kind: "help" }
  | { kind: "unknown"; name: string }
  | { kind: "command"; command: Command; options: Record<string, string> };

/** Reads one typed line: "/name rest" runs a command; a line without a slash is a question for /ask. */
export function parseLine(line: string): ParsedLine {
  if (line === "/quit" || line === "/exit") return { kind: "quit" };
  if (line === "/more") return { kind: "more" };
  if (line === "/new") return { kind: "new" };
  if (line === "/help") return { kind: "help" };
  const [, name = "", rest = ""] = line.startsWith("/")
    ? (/^\/(\S*)\s*([\s\S]*)$/.exec(line) ?? [])
    : [line, "ask", line];
  const command = findCommand(name.toLowerCase());
  if (!command || !isSlashCommand(command) || command.serverOnly) return { kind: "unknown", name };
  const option = textOption(command);
  return { kind: "command", command, options: option ? { [option]: rest } : {} };
}
