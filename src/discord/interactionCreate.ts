import { type Interaction, MessageFlags } from "discord.js";
import { UserFacingError, userMessage } from "../errors.js";
import type { Logger } from "../log.js";
import { localeOf } from "../messages/locale.js";
import { onButton } from "./buttons/index.js";
import { slashCommandList } from "./command.js";
import { onCommand } from "./commandInteraction.js";
import type { InteractionDeps, Trace } from "./deps.js";
import { NO_MENTIONS } from "./mentions.js";
import { onModal } from "./modals/index.js";
import { notice } from "./reply.js";
import { sendFirst } from "./send.js";

export type { InteractionDeps } from "./deps.js";

/** Routes every interaction, and is the one place errors become friendly private replies. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      await interaction.respond([]).catch((error) => replyWithError(interaction, error, deps.log));
      return;
    }
    const started = performance.now();
    const trace: Trace = { command: traceName(interaction), outcome: "answered" };
    try {
      if (!interaction.isRepliable()) return;
      if (deps.isShuttingDown?.()) {
        trace.outcome = "shutting_down";
        await sendFirst(interaction, notice(userMessage("shutting_down", {}, localeOf(interaction.locale))), deps);
        return;
      }
      if (interaction.isButton()) await onButton(interaction, deps, trace);
      else if (interaction.isModalSubmit()) await onModal(interaction, deps, trace, started);
      else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
        await onCommand(interaction, deps, trace, started);
      else {
        trace.outcome = "unknown_command";
        const locale = localeOf(interaction.locale);
        const commands = slashCommandList(deps.commands, locale);
        await sendFirst(interaction, notice(userMessage("unknown_command", { commands }, locale)), deps);
      }
    } catch (error) {
      trace.outcome = error instanceof UserFacingError ? error.code : "error";
      await replyWithError(interaction, error, deps.log);
    } finally {
      deps.log("interaction", {
        command: trace.command,
        guildId: interaction.guildId,
        latencyMs: Math.round(performance.now() - started),
        mode: trace.mode ?? null,
        outcome: trace.outcome,
        declineReason: trace.declineReason ?? null,
        answerId: trace.answerId ?? null,
      });
    }
  };
}

function traceName(interaction: Interaction): string {
  if (interaction.isCommand()) return interaction.commandName;
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return `${interaction.isModalSubmit() ? "modal" : "button"}:${interaction.customId.split(":")[0]}`;
  return `type:${interaction.type}`;
}

async function replyWithError(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const known = error instanceof UserFacingError;
  if (!known)
    log(
      "interaction_failed",
      { interactionId: interaction.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      "error",
    );
  if (!interaction.isRepliable()) return;
  const locale = localeOf(interaction.locale);
  const text = known ? userMessage(error.code, error.vars, locale) : userMessage("internal", {}, locale);
  try {
    if (interaction.deferred || interaction.replied) {
      await interaction.followUp({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } else {
      await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  } catch (replyError) {
    // The interaction may have expired; there is no one left to tell, so log and carry on serving others.
    log("error_reply_failed", { interactionId: interaction.id, error: String(replyError) }, "warn");
  }
}
