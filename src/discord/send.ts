import { MessageFlags, type RepliableInteraction } from "discord.js";
import { type Keepers, persist, remember } from "./keep.js";
import { toEditOptions, toReplyOptions } from "./payload.js";
import type { Reply } from "./reply.js";

/** Sends the reply as the first response, or as the edit of a deferred one; remembers what its buttons need. */
export async function send(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: Keepers,
  conversationId: string | null = null,
): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await sendFirst(interaction, reply, deps, conversationId);
    return;
  }
  const key = remember(interaction, reply, deps, conversationId);
  const votes = Boolean(deps.records);
  if (reply.ephemeral && !interaction.ephemeral) {
    // A private reply (a decline) after a public acknowledgement: remove the public placeholder, answer privately.
    await interaction.deleteReply().catch(() => undefined);
    await interaction.followUp({
      ...toReplyOptions(reply, key, votes),
      flags: MessageFlags.Ephemeral | (reply.embeds.length ? 0 : MessageFlags.SuppressEmbeds),
    });
    persist(deps, key);
    return;
  }
  await interaction.editReply(toEditOptions(reply, key, votes));
  persist(deps, key);
}

export async function sendFirst(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: Keepers,
  conversationId: string | null = null,
): Promise<void> {
  const key = remember(interaction, reply, deps, conversationId);
  await interaction.reply(toReplyOptions(reply, key, Boolean(deps.records)));
  // Written only now: a busy or failing database never delays the first response (the answer is held meanwhile).
  persist(deps, key);
}
