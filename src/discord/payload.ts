import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
  ButtonBuilder,
  ButtonStyle,
  ComponentType,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
} from "discord.js";
import { say } from "../messages/say.js";
import { followUp, followUpId } from "./buttons/followUp.js";
import { more, moreId } from "./buttons/more.js";
import { pageId } from "./buttons/page.js";
import { SOURCES_ID } from "./buttons/sources.js";
import { vote, voteId } from "./buttons/vote.js";
import { cardsToEmbeds } from "./cardEmbeds.js";
import { cardsToComponents } from "./cardV2.js";
import { NO_MENTIONS } from "./mentions.js";
import { type Reply, takesVotes } from "./reply.js";

/** `votes`: the bot keeps votes (it has a database), so answered replies get 👍/👎 under them. */
function components(reply: Reply, key: string | null, votes: boolean) {
  const locale = reply.locale ?? "en";
  const buttons: ButtonBuilder[] = [];
  if (reply.more && key)
    buttons.push(
      new ButtonBuilder().setCustomId(moreId(key)).setLabel(say(locale, "button.more")).setStyle(ButtonStyle.Secondary),
    );
  if (reply.sourcesButton)
    buttons.push(
      new ButtonBuilder()
        .setCustomId(SOURCES_ID)
        .setLabel(say(locale, "button.sources"))
        .setStyle(ButtonStyle.Secondary),
    );
  if (reply.page) buttons.push(...pager(reply.page, [say(locale, "button.previous"), say(locale, "button.next")]));
  // A follow-up builds on the answer kept in the database, so it is offered only where there is one.
  if (reply.followUp && votes && key)
    buttons.push(
      new ButtonBuilder()
        .setCustomId(followUpId(key))
        .setLabel(say(locale, "button.follow_up"))
        .setStyle(ButtonStyle.Secondary),
    );
  const voting =
    votes && key && takesVotes(reply)
      ? [
          new ButtonBuilder().setCustomId(voteId(key, "up")).setEmoji("👍").setStyle(ButtonStyle.Secondary),
          new ButtonBuilder().setCustomId(voteId(key, "down")).setEmoji("👎").setStyle(ButtonStyle.Secondary),
        ]
      : [];
  // Discord allows five buttons a row: the votes join the row when they fit, else take their own.
  const rows = buttons.length + voting.length <= 5 ? [[...buttons, ...voting]] : [buttons, voting];
  return rows.filter((r) => r.length > 0).map((r) => new ActionRowBuilder<ButtonBuilder>().addComponents(r));
}

/** Previous and next (see buttons/page.ts); the two ids differ even when one button is disabled. */
function pager(
  { command, index, count }: NonNullable<Reply["page"]>,
  [previous, next]: [string, string],
): ButtonBuilder[] {
  const to = (i: number, label: string) =>
    new ButtonBuilder()
      .setCustomId(pageId(command, i))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(i < 0 || i >= count);
  return [to(index - 1, previous), to(index + 1, next)];
}

/**
 * How a reply with cards is drawn: as Components V2 cards, or as embeds, the fallback for where Discord refuses a
 * card (see send.ts).
 */
export type CardStyle = "cards" | "embeds";

/** A reply's cards as the top-level components of a V2 message, its buttons inside the first card. */
function cardPayload(reply: Reply, key: string | null, votes: boolean) {
  return {
    components: cardsToComponents(reply.cards!, components(reply, key, votes), reply.locale ?? "en", reply.content),
    allowedMentions: NO_MENTIONS,
  };
}

/** The embeds a reply shows: its own, or its cards drawn as embeds. */
const embedsOf = (reply: Reply) => (reply.cards ? cardsToEmbeds(reply.cards) : reply.embeds);

/** A first response. Plain-text replies suppress link previews; embeds and cards never create them. */
export function toReplyOptions(
  reply: Reply,
  key: string | null,
  votes = false,
  style: CardStyle = "cards",
): InteractionReplyOptions & { flags?: number } {
  let flags = reply.ephemeral ? MessageFlags.Ephemeral : 0;
  if (reply.cards && style === "cards")
    return { ...cardPayload(reply, key, votes), flags: flags | MessageFlags.IsComponentsV2 };
  const embeds = embedsOf(reply);
  if (embeds.length === 0) flags |= MessageFlags.SuppressEmbeds;
  return {
    ...(reply.content ? { content: reply.content } : {}),
    embeds,
    components: components(reply, key, votes),
    allowedMentions: NO_MENTIONS,
    ...(flags ? { flags } : {}),
  };
}

/** An edit of a deferred response (its visibility was fixed when it was deferred). */
export function toEditOptions(
  reply: Reply,
  key: string | null,
  votes = false,
  style: CardStyle = "cards",
): InteractionEditReplyOptions {
  if (reply.cards && style === "cards")
    return { ...cardPayload(reply, key, votes), flags: MessageFlags.IsComponentsV2 } as InteractionEditReplyOptions;
  const embeds = embedsOf(reply);
  return {
    content: reply.content ?? null,
    embeds,
    components: components(reply, key, votes),
    allowedMentions: NO_MENTIONS,
    ...(embeds.length === 0 ? { flags: MessageFlags.SuppressEmbeds } : {}),
  } as InteractionEditReplyOptions;
}

/**
 * A message's components with its "More excerpts", vote and follow-up buttons disabled, everything else as it was,
 * however deep (a card's buttons sit inside its container): what an expired button's message is edited to, so nobody
 * presses it again for nothing.
 */
export function withMoreDisabled(
  components: ReadonlyArray<{ toJSON(): unknown }>,
): Array<APIActionRowComponent<APIComponentInMessageActionRow> | APIMessageTopLevelComponent> {
  const expires = (id: string) => [more, vote, followUp].some((b) => b.parse(id) !== null);
  const disable = (c: Record<string, unknown>): Record<string, unknown> => {
    if (c.type === ComponentType.Button && typeof c.custom_id === "string" && expires(c.custom_id))
      return { ...c, disabled: true };
    return Array.isArray(c.components) ? { ...c, components: c.components.map(disable) } : c;
  };
  return components.map((c) =>
    disable(c.toJSON() as Record<string, unknown>),
  ) as unknown as APIMessageTopLevelComponent[];
}
