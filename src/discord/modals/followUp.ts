import {
  ActionRowBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import { MAX_QUESTION_CHARS } from "../../engine/input.js";
import { userMessage } from "../../errors.js";
import type { Locale } from "../../messages/locale.js";
import { say } from "../../messages/say.js";
import { type AnswerRecord, BUTTON_LIFE_MS, type Store, type StoredTurn } from "../../store/index.js";
import { stripUnsafe } from "../../text/unsafeChars.js";
import { type CommandContext, MIN_TEXT_CHARS, recordOptions } from "../command.js";
import type { Conversation } from "../deps.js";
import { truncate } from "../limits.js";
import { notice } from "../reply.js";
import { takeTurn } from "../turn.js";
import type { ModalKind } from "./modal.js";

/** The follow-up modal: "followup:<answer id>", the answer it follows up. */
const followUpModalId = (answerId: string): string => `followup:${answerId}`;
const QUESTION_FIELD = "question";
/** Discord's limit on a text input's placeholder. */
const PLACEHOLDER_CHARS = 100;

/** A follow-up asked in the modal: answered publicly, read with the conversation of the answer it follows up. */
export const followUpModal: ModalKind = {
  prefix: "followup",
  parse(customId) {
    const [head, answerId] = customId.split(":");
    return head === "followup" && answerId ? { answerId } : null;
  },
  async run({ interaction, answerId, deps, trace, locale, send, respond }) {
    const ask = deps.commands.find((c) => c.followsUp);
    const conversation = ask && (await modalConversation(deps.records!, answerId, interaction.guildId));
    if (!ask || !conversation) {
      trace.outcome = "expired";
      await send(notice(userMessage("expired_button", {}, locale)));
      return;
    }
    await takeTurn(interaction, deps);
    const ctx: CommandContext = {
      engine: deps.engine,
      guildId: interaction.guildId,
      locale,
      options: recordOptions({ question: followUpQuestion(interaction) }),
      followUp: { earlier: conversation.earlier, in: "modal" },
    };
    await respond(ask, ctx, { wantsPrivate: false, rateLimited: true, conversation });
  },
};

/**
 * The conversation a follow-up sent from the modal continues: the one the answer belongs to, or a new one that
 * starts with the answer. Null when the answer is gone or nothing can be kept.
 */
async function modalConversation(
  records: Store,
  answerId: string,
  guildId: string | null,
): Promise<Conversation | null> {
  const answer = await followable(records, answerId);
  if (!answer) return null;
  const id = answer.conversationId ?? `answer:${answerId}`;
  const earlier = await records.conversation(id);
  if (earlier) return { id, earlier };
  if (!records.openConversation(id, "modal", guildId, [answer.turn])) return { id, earlier: [answer.turn] };
  return { id, earlier: (await records.conversation(id)) ?? [answer.turn] };
}

/** The question typed into the follow-up modal; a crafted submission without the field reads as blank. */
function followUpQuestion(interaction: ModalSubmitInteraction): string {
  try {
    return interaction.fields.getTextInputValue(QUESTION_FIELD) ?? "";
  } catch {
    return "";
  }
}

/** The answer a follow-up builds on, while its button still works: null when gone, expired or not followable. */
async function followable(records: Store, answerId: string): Promise<(AnswerRecord & { turn: StoredTurn }) | null> {
  const answer = await records.answer(answerId);
  if (!answer?.turn || Date.now() - answer.at > BUTTON_LIFE_MS) return null;
  return { ...answer, turn: answer.turn };
}

/** The modal that asks a follow-up, in the presser's language, its placeholder recalling the question before. */
export function followUpModalView(answerId: string, question: string, locale: Locale): ModalBuilder {
  const asked = stripUnsafe(question).replace(/\s+/g, " ");
  return new ModalBuilder()
    .setCustomId(followUpModalId(answerId))
    .setTitle(say(locale, "followup.modal_title"))
    .addComponents(
      new ActionRowBuilder<TextInputBuilder>().addComponents(
        new TextInputBuilder()
          .setCustomId(QUESTION_FIELD)
          .setLabel(say(locale, "followup.modal_label"))
          .setPlaceholder(truncate(say(locale, "followup.modal_placeholder", { question: asked }), PLACEHOLDER_CHARS))
          .setStyle(TextInputStyle.Short)
          .setRequired(true)
          .setMinLength(MIN_TEXT_CHARS)
          .setMaxLength(MAX_QUESTION_CHARS),
      ),
    );
}
