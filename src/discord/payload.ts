import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
} from "discord.js";
import type { Reply } from "./reply.js";

/** Nobody is ever pinged by a reply, whatever its text says. */
export const NO_MENTIONS = { parse: [] as [] };

export const BUTTON = { more: "more", sources: "sources" } as const;

function components(reply: Reply, key: string | null) {
  const buttons: ButtonBuilder[] = [];
  if (reply.more && key) buttons.push(new ButtonBuilder().setCustomId(`${BUTTON.more}:${key}`).setLabel("More excerpts").setStyle(ButtonStyle.Secondary));
  if (reply.sourcesButton) buttons.push(new ButtonBuilder().setCustomId(BUTTON.sources).setLabel("Sources").setStyle(ButtonStyle.Secondary));
  return buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [];
}

/** A first response. Plain-text replies suppress link previews; embeds never create them. */
export function toReplyOptions(reply: Reply, key: string | null): InteractionReplyOptions & { flags?: number } {
  let flags = 0;
  if (reply.ephemeral) flags |= MessageFlags.Ephemeral;
  if (reply.embeds.length === 0) flags |= MessageFlags.SuppressEmbeds;
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds: reply.embeds,
    components: components(reply, key),
    allowedMentions: NO_MENTIONS,
    ...(flags ? { flags } : {}),
  };
}

/** An edit of a deferred response (its visibility was fixed when it was deferred). */
export function toEditOptions(reply: Reply, key: string | null): InteractionEditReplyOptions {
  return {
    content: reply.content ?? null,
    embeds: reply.embeds,
    components: components(reply, key),
    allowedMentions: NO_MENTIONS,
    ...(reply.embeds.length === 0 ? { flags: MessageFlags.SuppressEmbeds } : {}),
  } as InteractionEditReplyOptions;
}
