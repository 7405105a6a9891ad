import type { RepliableInteraction } from "discord.js";
import type { Store } from "../store/index.js";
import { takesVotes } from "./payload.js";
import type { Reply } from "./reply.js";
import type { ReplyStore } from "./replyStore.js";

/** Where a reply's buttons find what they need: memory for speed, the database (when there is one) for restarts. */
export interface Keepers {
  store: ReplyStore;
  records?: Store | null;
}

/** True when buttons under the reply carry its id (the interaction's) and need what is kept under it. */
function keepsButtons(reply: Reply, keep: Keepers): boolean {
  return Boolean(reply.more) || (Boolean(keep.records) && (takesVotes(reply) || Boolean(reply.followUp)));
}

/**
 * Keeps what the reply's buttons need before it is sent, so a press that follows at once finds it: "More excerpts"
 * in memory (fast, and still there when the database is not) and, with the answer's votes, in the database.
 * Returns the id the buttons carry, or null when the reply has none that need one.
 */
export function remember(
  interaction: RepliableInteraction,
  reply: Reply,
  keep: Keepers,
  conversationId: string | null = null,
): string | null {
  if (!keepsButtons(reply, keep)) return null;
  const key = interaction.id;
  if (reply.more) keep.store.put(key, reply.more);
  keep.records?.putAnswer({
    id: key,
    command: reply.record?.command ?? (interaction.isCommand() ? interaction.commandName : "unknown"),
    question: reply.record?.text ?? "",
    mode: reply.record?.mode ?? "extractive",
    docs: reply.record?.docs ?? [],
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    at: Date.now(),
    more: reply.more ? JSON.stringify(reply.more) : null,
    turn: reply.followUp ? (reply.turn ?? null) : null,
    conversationId,
  });
  return key;
}

/** The "More excerpts" behind a button: from memory, or from the database after a restart (for a day). */
export function keptMore(keep: Keepers, key: string): Reply | null {
  const remembered = keep.store.get(key);
  if (remembered) return remembered;
  const json = keep.records?.more(key);
  return json ? (JSON.parse(json) as Reply) : null;
}

/**
 * Adds the question to the log (when the reply is to one), with how long the asker waited for it. Returns the
 * answer id its buttons carry, if any.
 */
export function logQuestion(
  interaction: RepliableInteraction,
  reply: Reply,
  keep: Keepers,
  latencyMs: number,
): string | null {
  const record = reply.record;
  if (!record) return null;
  const answerId = keepsButtons(reply, keep) ? interaction.id : null;
  keep.records?.logQuestion({
    answerId,
    command: record.command,
    text: record.text,
    declined: record.declined,
    declineReason: record.declineReason,
    mode: record.mode,
    latencyMs,
    docs: record.docs,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    at: Date.now(),
  });
  return answerId;
}
