import {
  ActionRowBuilder,
  type ButtonInteraction,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { Store, Vote } from "../store/index.js";
import { NO_MENTIONS, withMoreDisabled } from "./payload.js";

/** The "What was wrong?" modal's custom id: "why:<answer id>". */
export const REASON_MODAL = "why";
const REASON_FIELD = "reason";
/** Long enough for a sentence or two on what was wrong; short enough to read in a list of them. */
const MAX_REASON_CHARS = 300;

const EMOJI: Record<Vote, string> = { up: "👍", down: "👎" };

/** What a press did, for the interaction's log line. */
export type VoteResult = "recorded" | "changed" | "unknown" | "off" | "bad_id";

/**
 * A 👍 or 👎 press: one vote per user per answer, a second press changes it, and the presser is told privately what
 * was recorded. A 👎 opens the optional "What was wrong?" modal instead, whose title says the vote is recorded.
 */
export async function onVote(
  interaction: ButtonInteraction,
  answerId: string,
  raw: string,
  store: Store,
): Promise<VoteResult> {
  if (raw !== "up" && raw !== "down") {
    await privately(interaction, "That button is not one of mine. Ask with /ask to get fresh buttons.");
    return "bad_id";
  }
  const outcome = store.vote(answerId, interaction.user.id, raw);
  if (outcome.kind === "unknown") {
    // The answer is gone (past its retention) or never existed: its buttons are disabled so nobody tries again.
    await interaction.update({
      components: withMoreDisabled(interaction.message.components),
      allowedMentions: NO_MENTIONS,
    });
    await interaction.followUp({
      content:
        "That answer has expired, so votes on it are no longer kept. Ask again with /ask to vote on a fresh one.",
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
    return "unknown";
  }
  if (outcome.kind === "off") {
    await privately(
      interaction,
      "Sorry, I can't record votes right now (my storage is unavailable). Your vote was not kept.",
    );
    return "off";
  }
  const changed = outcome.previous !== null && outcome.previous !== outcome.vote;
  if (outcome.vote === "down") {
    await interaction.showModal(reasonModal(answerId, changed));
  } else {
    await privately(
      interaction,
      changed ? "Changed your vote on this answer to 👍. Thank you." : "Recorded your 👍 for this answer. Thank you.",
    );
  }
  return changed ? "changed" : "recorded";
}

/** The note sent from the "What was wrong?" modal, kept with the presser's 👎. */
export async function onReason(interaction: ModalSubmitInteraction, answerId: string, store: Store): Promise<string> {
  const reason = readReason(interaction).trim().slice(0, MAX_REASON_CHARS);
  if (!reason) {
    await privately(interaction, "Recorded your 👎 for this answer, without a note. Thank you.");
    return "no_note";
  }
  if (!store.explainDownvote(answerId, interaction.user.id, reason)) {
    await privately(interaction, "Your vote on this answer is no longer 👎, so the note was not kept.");
    return "no_downvote";
  }
  await privately(interaction, "Recorded your 👎 and your note. Thank you: it helps improve the sources.");
  return "noted";
}

function reasonModal(answerId: string, changed: boolean): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(`${REASON_MODAL}:${answerId}`)
    .setTitle(changed ? `Changed to ${EMOJI.down}. What was wrong?` : `${EMOJI.down} recorded. What was wrong?`)
    .addComponents(
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId(REASON_FIELD)
          .setLabel("What was wrong? (optional)")
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

async function privately(interaction: ButtonInteraction | ModalSubmitInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
