import {
  ActionRowBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { localeOf } from "../../messages/locale.js";
import { say } from "../../messages/say.js";
import type { Store } from "../../store/index.js";
import { privately } from "../privately.js";
import type { ModalKind } from "./modal.js";

/** The "What was wrong?" modal after a 👎: "why:<answer id>". */
const reasonModalId = (answerId: string): string => `why:${answerId}`;
const REASON_FIELD = "reason";
/** Long enough for a sentence or two on what was wrong; short enough to read in a list of them. */
const MAX_REASON_CHARS = 300;

export const reasonModal: ModalKind = {
  prefix: "why",
  parse(customId) {
    const [head, answerId] = customId.split(":");
    return head === "why" && answerId ? { answerId } : null;
  },
  async run({ interaction, answerId, deps, trace }) {
    trace.outcome = await onReason(interaction, answerId, deps.records!);
  },
};

/** The note sent from the "What was wrong?" modal, kept with the presser's 👎. */
async function onReason(interaction: ModalSubmitInteraction, answerId: string, store: Store): Promise<string> {
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
export function reasonModalView(answerId: string, changed: boolean, discordLocale: string): ModalBuilder {
  const locale = localeOf(discordLocale);
  return new ModalBuilder()
    .setCustomId(reasonModalId(answerId))
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
