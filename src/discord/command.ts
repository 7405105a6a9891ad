import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  type ContextMenuCommandBuilder,
  InteractionContextType,
  type SharedSlashCommand,
} from "discord.js";
import type { Engine } from "../engine/engine.js";
import type { Turn } from "../engine/types.js";
import type { CommandName } from "../messages/commandNames.js";
import type { Locale } from "../messages/locale.js";
import { localName, say } from "../messages/say.js";
import type { Stats, StatsQuery } from "../store/index.js";
import type { RenderContext } from "./renderContext.js";
import type { Reply } from "./reply.js";

/** Option values as a command sees them, whether they came from Discord or from the console. */
export interface CommandOptions {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
}

export interface CommandContext {
  engine: Engine;
  options: CommandOptions;
  /** For a message context-menu command: the text of the message it was used on. */
  targetMessage?: { content: string; attachmentCount: number; embedCount: number };
  /** Receives the reply as it grows (streamed model answers); the caller decides how often to show it. */
  onProgress?: (partial: Reply) => void;
  /** The server the command came from; null in a DM and in the console. */
  guildId?: string | null;
  /**
   * Who is asking, from Discord (absent in the console): the channel they used the command in, and whether their own
   * permissions there include Manage Server.
   */
  viewer?: { channelId: string | null; managesServer: boolean };
  /** The figures /stats shows; null when nothing is kept (the console, a bot without a database). */
  stats?: StatsSource | null;
  /** Where the reply is shown (default Discord): help differs, since the console is typed differently. */
  surface?: "discord" | "console";
  /** A follow-up: the conversation's earlier questions (oldest first), and whether it goes on in a thread or a modal. */
  followUp?: { earlier: readonly Turn[]; in: "thread" | "modal" };
  /** Asked in a thread the bot did not open, so there is no conversation to read it in: answered alone, privately. */
  strayThread?: boolean;
  /** The language of the person asking, for the bot's own words (default English, as in the console). */
  locale?: Locale;
}

/** Where /stats reads its figures, and whether they are still being recorded. */
export interface StatsSource {
  readonly recording: boolean;
  readonly retentionDays: number;
  stats(query: StatsQuery): Promise<Stats>;
}

/** One Discord command: its definition, and a platform-free `execute` that returns what to show. */
export interface Command {
  data: SharedSlashCommand | ContextMenuCommandBuilder;
  /** True when the answer will take long enough that Discord should be told to wait at once (deferred reply). */
  slow?: (ctx: CommandContext) => boolean;
  /** Only means something in a Discord server (e.g. /stats): the console does not offer it. */
  serverOnly?: boolean;
  /** Answers follow-ups: in a follow-up thread, and from the follow-up modal, it reads the earlier questions. */
  followsUp?: boolean;
  /**
   * Costs real work, so it counts against the per-user cooldown (ASK_COOLDOWN_PER_MINUTE); a reply marked
   * `unanswered` (blank input, a decline) gives the turn back.
   */
  cooldown?: boolean;
  execute(ctx: CommandContext): Promise<Reply>;
}

/** What a reply is rendered with: the engine's documents, their date and topic, and the reader's language. */
export function renderContext({ engine, locale }: Pick<CommandContext, "engine" | "locale">): RenderContext {
  return { sources: engine.sources(), asOf: engine.asOf, topic: engine.topic, locale: locale ?? "en" };
}

/** Options from a plain record (the console, tests). */
export function recordOptions(values: Record<string, string | boolean | undefined>): CommandOptions {
  return {
    getString: (name) => (typeof values[name] === "string" ? (values[name] as string) : null),
    getBoolean: (name) => (typeof values[name] === "boolean" ? (values[name] as boolean) : null),
  };
}

/** Question length below which nothing can be asked ("?"); Discord stops shorter input before it is sent. */
export const MIN_TEXT_CHARS = 3;

/**
 * Where a reading command is offered: in servers, in the bot's DMs, and, installed to a user's account, in any
 * chat they are in. Its replies need nothing from the server, so all three work.
 */
export function everywhere<
  T extends {
    setContexts(...c: InteractionContextType[]): T;
    setIntegrationTypes(...t: ApplicationIntegrationType[]): T;
  },
>(builder: T): T {
  return builder
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}

/** True for a command typed with a slash; the others (message commands) are picked from a menu. */
export function isSlashCommand(command: Command): boolean {
  return (command.data.toJSON().type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
}

/**
 * "/ask, /summary, … or /help": what someone can type, read from the registry so it never falls behind it, named as
 * the reader's client shows the commands.
 */
export function slashCommandList(commands: readonly Command[], locale: Locale = "en"): string {
  const names = commands.filter(isSlashCommand).map((c) => `/${localName(c.data.name as CommandName, locale)}`);
  return say(locale, "list.last", { rest: names.slice(0, -1).join(", "), last: names.at(-1) ?? "" });
}
