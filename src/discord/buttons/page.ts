import { MessageFlags } from "discord.js";
import { userMessage } from "../../errors.js";
import { localeOf } from "../../messages/locale.js";
import { withEmbeds } from "../cardEmbeds.js";
import { recordOptions } from "../command.js";
import { notice } from "../reply.js";
import { type ButtonKind, idParts } from "./button.js";

/**
 * Previous and next of a paged listing: "page:<command>:<index>", so the page is made again by its command whenever
 * it is pressed (pages are never stored, so they never expire).
 */
export const pageId = (command: string, index: number): string => `page:${command}:${index}`;

export const page: ButtonKind<{ command: string; index: number }> = {
  prefix: "page",
  parse(customId) {
    const [command, index] = idParts(customId, "page") ?? [];
    return command ? { command, index: Number(index) } : null;
  },
  async run({ interaction, parsed, deps, send, update }) {
    const locale = localeOf(interaction.locale);
    const command = deps.commands.find((c) => c.data.name === parsed.command);
    const made = await command?.execute({ engine: deps.engine, options: recordOptions({}), locale });
    const shown = made?.pages?.[parsed.index];
    // A page takes the form of the message it replaces: one sent as embeds (before pages were cards, or where Discord
    // refused the card) stays embeds, since Discord does not turn a message with embeds into a card in place.
    const card = interaction.message.flags.has(MessageFlags.IsComponentsV2);
    if (shown) await update(card ? shown : withEmbeds(shown));
    else await send(notice(userMessage("expired_button", {}, locale)));
    return undefined;
  },
};
