import {
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  PermissionFlagsBits,
} from "discord.js";
import { UserFacingError } from "../errors.js";
import { localeOf } from "../messages/locale.js";
import { type CommandContext, slashCommandList } from "./command.js";
import type { InteractionDeps, Trace } from "./deps.js";
import { threadConversation } from "./followUp.js";
import { respond } from "./respond.js";
import { takeTurn } from "./turn.js";

/** A slash or message command: its context read from the interaction, its cooldown taken, then run and answered. */
export async function onCommand(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  deps: InteractionDeps,
  trace: Trace,
  started: number,
): Promise<void> {
  // Discord sends the English name whatever the user's language, so the registry's names route every command.
  const command = deps.commands.find((c) => c.data.name === interaction.commandName);
  if (!command)
    throw new UserFacingError("unknown_command", {
      commands: slashCommandList(deps.commands, localeOf(interaction.locale)),
    });
  const rateLimited = command.cooldown === true;
  if (rateLimited) await takeTurn(interaction, deps);
  // In a thread the bot opened on an answer, a question is read with the ones asked there before it.
  const where = command.followsUp ? await threadConversation(interaction, deps.records ?? null) : null;
  const ctx: CommandContext = {
    engine: deps.engine,
    locale: localeOf(interaction.locale),
    guildId: interaction.guildId,
    stats: deps.records ?? null,
    // Checked here, from the member's own permissions: a server may have lifted /stats' default requirement.
    viewer: {
      channelId: interaction.channelId,
      managesServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
    options: {
      getString: (name) =>
        optionOrNull(() => (interaction.isChatInputCommand() ? interaction.options.getString(name) : null)),
      getBoolean: (name) =>
        optionOrNull(() => (interaction.isChatInputCommand() ? interaction.options.getBoolean(name) : null)),
    },
    ...(interaction.isMessageContextMenuCommand()
      ? {
          targetMessage: {
            content: interaction.targetMessage.content,
            attachmentCount: interaction.targetMessage.attachments.size,
            embedCount: interaction.targetMessage.embeds.length,
          },
        }
      : {}),
    ...(where === "stray"
      ? { strayThread: true }
      : where
        ? { followUp: { earlier: where.earlier, in: "thread" } }
        : {}),
  };
  const wantsPrivate =
    (ctx.options.getBoolean("private") ?? interaction.isMessageContextMenuCommand()) || where === "stray";
  const conversation = where === "stray" ? null : where;
  await respond(interaction, command, ctx, { wantsPrivate, rateLimited, conversation }, deps, trace, started);
}

/** An option of the wrong type (a stale command definition, a crafted request) reads as missing, not as a crash. */
function optionOrNull<T>(read: () => T | null): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
