import {
  ActionRowBuilder,
  type ButtonInteraction,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { MessageKey } from "../messages/en.js";
import { localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Store } from "../store/index.js";
import { NO_MENTIONS } from "./payload.js";

/** The "What was wrong?" modal's custom id: "why:<answer id>". */
export const REASON_MODAL = "why";
const REASON_FIELD = "reason";
/** Long enough for a sentence or two on what was wrong; short enough to read in a list of them. */
const MAX_REASON_CHARS = 300;

/** What a press did, for the interaction's log line. */
export type VoteResult = "recorded" | "changed" | "unknown" | "off" | "busy" | "bad_id";

/**
 * A 👍 or 👎 press: one vote per user per answer, a second press changes it, and the presser is told privately what
 * was recorded. A 👎 opens the optional "What was wrong?" modal instead, whose title says the vote is recorded. The
 * caller has checked the answer belongs to this server and channel and has not expired.
 */
export async function onVote(
  interaction: ButtonInteraction,
  answerId: string,
  raw: string,
  store: Store,
): Promise<VoteResult> {
  if (raw !== "up" && raw !== "down") {
    await privately(interaction, "vote.bad_id");
    return "bad_id";
  }
  const outcome = await store.vote(answerId, interaction.user.id, raw);
  if (outcome.kind !== "recorded") {
    // Unknown here means the answer vanished between the check and the vote (a purge): nothing to disable either.
    // A busy or failing store says "not recorded right now"; the message and its buttons are left as they are.
    await privately(interaction, outcome.kind === "unknown" ? "button.not_kept" : "vote.off");
    return outcome.kind;
  }
  const changed = outcome.previous !== null && outcome.previous !== outcome.vote;
  if (outcome.vote === "down") {
    await interaction.showModal(reasonModal(answerId, changed, interaction.locale));
  } else {
    await privately(interaction, changed ? "vote.up_changed" : "vote.up");
  }
  return changed ? "changed" : "recorded";
}

/** The note sent from the "What was wrong?" modal, kept with the presser's 👎. */
export async function onReason(interaction: ModalSubmitInteraction, answerId: string, store: Store): Promise<string> {
  const reason = readReason(interaction).trim().slice(0, MAX_REASON_CHARS);
  if (!reason) {
    await privately(interaction, "vote.down_without_note");
    return "no_note";
  }
  const noted = await store.explainDownvote(answerId, interaction.user.id, reason);
  if (noted !== "noted") {
    await privately(interaction, noted === "no_vote" ? "vote.no_longer_down" : "vote.note_off");
    return noted === "no_vote" ? "no_downvote" : noted;
  }
  await privately(interaction, "vote.noted");
  return "noted";
}

/** `discordLocale`: the presser's, so the modal speaks their language. */
function reasonModal(answerId: string, changed: boolean, discordLocale: string): ModalBuilder {
  const locale = localeOf(discordLocale);
  return new ModalBuilder()
    .setCustomId(`${REASON_MODAL}:${answerId}`)
    .setTitle(say(locale, changed ? "vote.down_changed_title" : "vote.down_title"))
    .addComponents(
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId(REASON_FIELD)
          .setLabel(say(locale, "vote.reason_label"))
          .setStyle(TextInputStyle.Paragraph)
          .setRequired(false)
          .setMaxLength(MAX_REASON_CHARS),
      ),
    );
}

/** A crafted submission without the field reads as no note, not as a crash. */
function readReason(interaction: ModalSubmitInteraction): string {
  try {
    return interaction.fields.getTextInputValue(REASON_FIELD) ?? "";
  } catch {
    return "";
  }
}

/** A private reply in the presser's language. */
async function privately(interaction: ButtonInteraction | ModalSubmitInteraction, key: MessageKey): Promise<void> {
  const content = say(localeOf(interaction.locale), key);
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
