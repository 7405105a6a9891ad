import type { RepliableInteraction } from "discord.js";
import type { Store } from "../store/index.js";
import { type Reply, takesVotes } from "./reply.js";
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
 * Holds what the reply's buttons need before it is sent, so a press that follows at once finds it: "More excerpts"
 * in memory, and the answer in the store's memory until persist() writes it, after the reply has gone: the
 * database is never between the asker and the first response. Returns the id the buttons carry, or null when the
 * reply has none that need one.
 */
export function remember(
  interaction: RepliableInteraction,
  reply: Reply,
  keep: Keepers,
  conversationId: string | null = null,
): string | null {
  if (!keepsButtons(reply, keep)) return null;
  const key = interaction.id;
  if (reply.more) keep.store.put(placed(interaction, key), reply.more);
  keep.records?.hold({
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
    private: reply.ephemeral,
  });
  return key;
}

/** Writes what remember() held, once the reply is out; a write that fails leaves it in memory for its day. */
export function persist(keep: Keepers, key: string | null): void {
  if (key) void keep.records?.persist(key);
}

/** In memory, a reply is found only from the server and channel it was made in: an id pressed elsewhere misses. */
function placed(interaction: { guildId: string | null; channelId: string | null }, key: string): string {
  return `${interaction.guildId ?? "dm"}:${interaction.channelId ?? ""}:${key}`;
}

/** The "More excerpts" behind a button: from memory, or from the database after a restart (for a day). */
export async function keptMore(
  keep: Keepers,
  interaction: { guildId: string | null; channelId: string | null },
  key: string,
): Promise<Reply | null> {
  const remembered = keep.store.get(placed(interaction, key));
  if (remembered) return remembered;
  const json = await keep.records?.more(key);
  return json ? (JSON.parse(json) as Reply) : null;
}

/**
 * Adds the question to the log (when the reply is to one), with how long the asker waited for it; `asked` says
 * whether it was asked privately (counted by /stats, never listed). Returns the answer id its buttons carry, if any.
 */
export function logQuestion(
  interaction: RepliableInteraction,
  reply: Reply,
  keep: Keepers,
  latencyMs: number,
  asked: { private: boolean } = { private: reply.ephemeral },
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
    private: asked.private,
  });
  return answerId;
}
