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

export const BUTTON = { more: "more", sources: "sources", page: "page" } as const;

function components(reply: Reply, key: string | null) {
  const buttons: ButtonBuilder[] = [];
  if (reply.more && key) buttons.push(new ButtonBuilder().setCustomId(`${BUTTON.more}:${key}`).setLabel("More excerpts").setStyle(ButtonStyle.Secondary));
  if (reply.sourcesButton) buttons.push(new ButtonBuilder().setCustomId(BUTTON.sources).setLabel("Sources").setStyle(ButtonStyle.Secondary));
  if (reply.page) buttons.push(...pager(reply.page));
  return buttons.length ? [new ActionRowBuilder<ButtonBuilder>().addComponents(buttons)] : [];
}

/**
 * Previous and next: custom id "page:<command>:<index>", so the router can make the page again whenever it is
 * pressed (pages are never stored, so they never expire). The two ids differ even when one button is disabled.
 */
function pager({ command, index, count }: NonNullable<Reply["page"]>): ButtonBuilder[] {
  const to = (i: number, label: string) =>
    new ButtonBuilder().setCustomId(`${BUTTON.page}:${command}:${i}`).setLabel(label).setStyle(ButtonStyle.Secondary).setDisabled(i < 0 || i >= count);
  return [to(index - 1, "◀ Previous"), to(index + 1, "Next ▶")];
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
