import { type ButtonInteraction, MessageFlags, type ModalSubmitInteraction } from "discord.js";
import type { MessageKey } from "../messages/en.js";
import { localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { NO_MENTIONS } from "./mentions.js";

/** A private reply in the presser's language. */
export async function privately(
  interaction: ButtonInteraction | ModalSubmitInteraction,
  key: MessageKey,
): Promise<void> {
  const content = say(localeOf(interaction.locale), key);
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
