import {
  ActionRowBuilder,
  type ButtonInteraction,
  ChannelType,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
  ThreadAutoArchiveDuration,
} from "discord.js";
import { MAX_QUESTION_CHARS } from "../engine/input.js";
import type { Logger } from "../log.js";
import { type Locale, localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { type AnswerRecord, BUTTON_LIFE_MS, type Store, type StoredTurn } from "../store/index.js";
import { stripUnsafe } from "../text/unsafeChars.js";
import { MIN_TEXT_CHARS } from "./command.js";
import { truncate } from "./limits.js";
import { NO_MENTIONS } from "./payload.js";

/** The follow-up modal's custom id: "followup:<answer id>", the answer it follows up. */
export const FOLLOW_UP_MODAL = "followup";
const QUESTION_FIELD = "question";
/** Discord's limits on a thread's name and a text input's placeholder. */
const THREAD_NAME_CHARS = 100;
const PLACEHOLDER_CHARS = 100;
/** "A thread has already been created for this message": a second press, or a race with someone else's. */
const THREAD_EXISTS = 160_004;

/** A conversation a question continues: where its questions are kept, and those asked so far (oldest first). */
export interface Conversation {
  id: string;
  earlier: StoredTurn[];
}

/** What "Ask a follow-up" did, for the interaction's log line. */
export type FollowUpResult = "thread" | "thread_failed" | "modal" | "not_followable";

/**
 * "Ask a follow-up" on an answer of this server and channel (the caller checked): opens a thread on the answer's
 * message, where /ask reads each question with the ones before it; where the bot cannot open one (a DM, a private
 * reply, a thread already, no permission), the modal asks the follow-up instead. The press is acknowledged before
 * the thread is asked for: Discord may take seconds to make one (or rate-limit it), and that delays the message
 * saying where to ask, never the acknowledgement.
 */
export async function startFollowUp(
  interaction: ButtonInteraction,
  answer: AnswerRecord,
  records: Store,
  log: Logger,
): Promise<FollowUpResult> {
  const locale = localeOf(interaction.locale);
  if (!answer.turn) {
    await interaction.reply({ content: say(locale, "error.expired_button"), flags: MessageFlags.Ephemeral });
    return "not_followable";
  }
  if (!canOpenThread(interaction)) {
    await interaction.showModal(followUpModal(answer.id, answer.question, locale));
    return "modal";
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const seed = (answer.conversationId ? await records.conversation(answer.conversationId) : null) ?? [answer.turn];
  const threadId = await openThread(interaction, answer.question, log);
  if (threadId === null) {
    await interaction.editReply({ content: say(locale, "followup.thread_failed"), allowedMentions: NO_MENTIONS });
    return "thread_failed";
  }
  const kept = records.openConversation(threadId, "thread", interaction.guildId, seed);
  await interaction.editReply({
    content: say(locale, kept ? "followup.thread_opened" : "followup.thread_unkept", { thread: `<#${threadId}>` }),
    allowedMentions: NO_MENTIONS,
  });
  return "thread";
}

/**
 * The conversation a follow-up sent from the modal continues: the one the answer belongs to, or a new one that
 * starts with the answer. Null when the answer is gone or nothing can be kept.
 */
export async function modalConversation(
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

/**
 * Where an /ask stands: in a thread the bot opened (its conversation), in a thread it did not ("stray": it reads
 * no messages, so it knows nothing of what was said there), or anywhere else (null).
 */
export async function threadConversation(
  interaction: Interaction,
  records: Store | null,
): Promise<Conversation | "stray" | null> {
  if (!interaction.channelId) return null;
  const earlier = (await records?.conversation(interaction.channelId)) ?? null;
  if (earlier) return { id: interaction.channelId, earlier };
  return interaction.channel?.isThread() ? "stray" : null;
}

/** The question typed into the follow-up modal; a crafted submission without the field reads as blank. */
export function followUpQuestion(interaction: ModalSubmitInteraction): string {
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

/** Threads need a server text channel the bot may open public threads in, under a public message. */
function canOpenThread(interaction: ButtonInteraction): boolean {
  const channel = interaction.channel;
  if (!interaction.inGuild() || !channel) return false;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return false;
  if (interaction.message.flags.has(MessageFlags.Ephemeral)) return false;
  return interaction.appPermissions.has([
    PermissionFlagsBits.CreatePublicThreads,
    PermissionFlagsBits.SendMessagesInThreads,
  ]);
}

/** The thread's id (a thread opened on a message shares its id), or null when Discord would not open one. */
async function openThread(interaction: ButtonInteraction, question: string, log: Logger): Promise<string | null> {
  try {
    const thread = await interaction.message.startThread({
      name: truncate(stripUnsafe(question).replace(/\s+/g, " ").trim(), THREAD_NAME_CHARS) || "Follow-ups",
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
    return thread.id;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS) return interaction.message.id;
    log("thread_refused", { error: error instanceof Error ? error.message : String(error) }, "warn");
    return null;
  }
}

function followUpModal(answerId: string, question: string, locale: Locale): ModalBuilder {
  const asked = stripUnsafe(question).replace(/\s+/g, " ");
  return new ModalBuilder()
    .setCustomId(`${FOLLOW_UP_MODAL}:${answerId}`)
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
