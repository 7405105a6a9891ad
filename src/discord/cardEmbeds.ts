import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Card } from "./card.js";
import { ACCENT, blockQuote, listMarkdown, markdown } from "./cardMarkdown.js";
import { LIMITS, truncate } from "./limits.js";
import { embedLength, fitEmbed, inert, titleOf } from "./neutralise.js";
import type { Reply } from "./reply.js";

/**
 * Cards as embeds, the fallback for where a card cannot be shown: one embed a card in its tone's colour, the same
 * words in the same order. The title heads it; text, remarks, headings and lists make its description (a card fits
 * Discord's 4,000 characters, so its text fits a description's 4,096); each excerpt is a field.
 */
export function cardsToEmbeds(cards: readonly Card[]): APIEmbed[] {
  const embeds = cards.map((card) => {
    const embed: APIEmbed = { color: ACCENT[card.tone] };
    const description: string[] = [];
    const fields: APIEmbedField[] = [];
    for (const block of card.blocks) {
      if (block.type === "title") embed.title = titleOf(block.text);
      else if (block.type === "text") description.push(markdown(block.pieces));
      else if (block.type === "small") description.push(`*${markdown(block.pieces)}*`);
      else if (block.type === "footer") embed.footer = { text: block.text };
      else if (block.type === "heading") description.push(`**${inert(block.text)}**`);
      else if (block.type === "list") description.push(listMarkdown(block.items));
      else {
        const credit = `— ${markdown(block.credit)}${block.checked ? `\n*${inert(block.checked)}*` : ""}`;
        const room = LIMITS.fieldValue - credit.length - 4;
        const words = block.quoted ? blockQuote(truncate(block.text, room)) : inert(truncate(block.text, room));
        fields.push({ name: block.says, value: `${words}\n${credit}` });
      }
    }
    if (description.length) embed.description = description.join("\n");
    if (fields.length) embed.fields = fields;
    return fitEmbed(embed);
  });
  // All embeds of one message share Discord's 6,000 characters: a card that would break it is left out.
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    if (total + embedLength(e) > LIMITS.embedTotal) break;
    kept.push(e);
    total += embedLength(e);
  }
  return kept;
}

/** A reply with its cards drawn as embeds once and for all: for a message that is not a card and cannot become one. */
export function withEmbeds(reply: Reply): Reply {
  const { cards, ...rest } = reply;
  return cards ? { ...rest, embeds: cardsToEmbeds(cards) } : reply;
}
