import { userMessage } from "../../errors.js";
import { localeOf } from "../../messages/locale.js";
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
    if (shown) await update(shown);
    else await send(notice(userMessage("expired_button", {}, locale)));
    return undefined;
  },
};
