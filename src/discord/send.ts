import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type RepliableInteraction } from "discord.js";
import type { Logger } from "../log.js";
import { type Keepers, persist, remember } from "./keep.js";
import { asEncoded, type CardStyle, toEditOptions, toReplyOptions } from "./payload.js";
import type { Reply } from "./reply.js";

type Senders = Keepers & { log?: Logger };

/**
 * Sends a reply with cards as Components V2; where Discord refuses that form (50035, Invalid Form Body: a client or
 * proxy that does not take V2 messages), sends the same reply again as embeds, the same words in the same order.
 */
async function withCardFallback(
  reply: Reply,
  attempt: (style: CardStyle) => Promise<unknown>,
  log?: Logger,
): Promise<void> {
  if (!reply.cards) {
    await attempt("embeds");
    return;
  }
  try {
    await attempt("cards");
  } catch (error) {
    if (!(error instanceof DiscordAPIError) || error.code !== RESTJSONErrorCodes.InvalidFormBodyOrContentType)
      throw error;
    log?.("cards_refused", { error: error.message.slice(0, 300) }, "warn");
    await attempt("embeds");
  }
}

/** Sends the reply as the first response, or as the edit of a deferred one; remembers what its buttons need. */
export async function send(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: Senders,
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
    await withCardFallback(
      reply,
      (style) => {
        const options = toReplyOptions(reply, key, votes, style);
        return interaction.followUp(asEncoded({ ...options, flags: (options.flags ?? 0) | MessageFlags.Ephemeral }));
      },
      deps.log,
    );
    persist(deps, key);
    return;
  }
  await withCardFallback(
    reply,
    (style) => interaction.editReply(asEncoded(toEditOptions(reply, key, votes, style))),
    deps.log,
  );
  persist(deps, key);
}

export async function sendFirst(
  interaction: RepliableInteraction,
  reply: Reply,
  deps: Senders,
  conversationId: string | null = null,
): Promise<void> {
  const key = remember(interaction, reply, deps, conversationId);
  await withCardFallback(
    reply,
    (style) => interaction.reply(asEncoded(toReplyOptions(reply, key, Boolean(deps.records), style))),
    deps.log,
  );
  // Written only now: a busy or failing database never delays the first response (the answer is held meanwhile).
  persist(deps, key);
}
