import {
  type ButtonInteraction,
  ChannelType,
  DiscordAPIError,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  ThreadAutoArchiveDuration,
} from "discord.js";
import type { Logger } from "../log.js";
import { localeOf } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { AnswerRecord, Store } from "../store/index.js";
import { stripUnsafe } from "../text/unsafeChars.js";
import type { Conversation } from "./deps.js";
import { truncate } from "./limits.js";
import { NO_MENTIONS } from "./mentions.js";
import { followUpModalView } from "./modals/followUp.js";

/** Discord's limit on a thread's name. */
const THREAD_NAME_CHARS = 100;
/** "A thread has already been created for this message": a second press, or a race with someone else's. */
const THREAD_EXISTS = 160_004;

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
    await interaction.showModal(followUpModalView(answer.id, answer.question, locale));
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
