import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIMessageTopLevelComponent,
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

/** A row of buttons as the API takes it: plain JSON, no builders (they validate every field again on each reply). */
type ButtonRow = APIActionRowComponent<APIButtonComponent>;

const button = (custom_id: string, label: string): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  custom_id,
  label,
  style: ButtonStyle.Secondary,
});

const voteButton = (custom_id: string, name: string): APIButtonComponentWithCustomId => ({
  type: ComponentType.Button,
  emoji: { name, animated: false },
  custom_id,
  style: ButtonStyle.Secondary,
});

/** `votes`: the bot keeps votes (it has a database), so answered replies get 👍/👎 under them. */
function components(reply: Reply, key: string | null, votes: boolean): ButtonRow[] {
  const locale = reply.locale ?? "en";
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (reply.more && key) buttons.push(button(moreId(key), say(locale, "button.more")));
  if (reply.sourcesButton) buttons.push(button(SOURCES_ID, say(locale, "button.sources")));
  if (reply.page) buttons.push(...pager(reply.page, [say(locale, "button.previous"), say(locale, "button.next")]));
  // A follow-up builds on the answer kept in the database, so it is offered only where there is one.
  if (reply.followUp && votes && key) buttons.push(button(followUpId(key), say(locale, "button.follow_up")));
  const voting =
    votes && key && takesVotes(reply)
      ? [voteButton(voteId(key, "up"), "👍"), voteButton(voteId(key, "down"), "👎")]
      : [];
  // Discord allows five buttons a row: the votes join the row when they fit, else take their own.
  const rows = buttons.length + voting.length <= 5 ? [[...buttons, ...voting]] : [buttons, voting];
  return rows.filter((r) => r.length > 0).map((r) => ({ type: ComponentType.ActionRow, components: r }));
}

/** Previous and next (see buttons/page.ts); the two ids differ even when one button is disabled. */
function pager(
  { command, index, count }: NonNullable<Reply["page"]>,
  [previous, next]: [string, string],
): APIButtonComponentWithCustomId[] {
  const to = (i: number, label: string) => ({ ...button(pageId(command, i), label), disabled: i < 0 || i >= count });
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

/**
 * Options whose components and embeds discord.js sends as they are. They are API JSON already; a plain object would
 * be walked key by key through lodash's snakeCase on every send (a tenth of a millisecond a reply in a burst's
 * profile), while one that encodes itself is taken as it is.
 */
export function asEncoded<T extends { components?: unknown; embeds?: unknown }>(options: T): T {
  const out: Record<string, unknown> = { ...options };
  for (const key of ["components", "embeds"] as const) {
    const items = options[key];
    if (Array.isArray(items)) out[key] = items.map((json: unknown) => ({ toJSON: () => json }));
  }
  return out as T;
}

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
