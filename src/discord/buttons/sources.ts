import { localeOf } from "../../messages/locale.js";
import { renderContext } from "../command.js";
import { renderSources } from "../renderSources.js";
import type { ButtonKind } from "./button.js";

/** "Sources": the id is the word alone, since the list is the same under every answer. */
export const SOURCES_ID = "sources";

export const sources: ButtonKind<true> = {
  prefix: SOURCES_ID,
  parse: (customId) => (customId === SOURCES_ID ? true : null),
  async run({ interaction, deps, send }) {
    await send(renderSources(renderContext({ engine: deps.engine, locale: localeOf(interaction.locale) }), true));
    return undefined;
  },
};
