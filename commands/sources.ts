import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, renderContext } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { renderSources } from "../src/discord/renderSources.js";

export const sources = {
  data: everywhere(new SlashCommandBuilder())
    .setName("sources")
    .setNameLocalizations(named("sources"))
    .setDescription("The article and the documents I answer from, with links and dates.")
    .setDescriptionLocalizations(described("sources")),
  async execute({ engine, locale }) {
    return renderSources(renderContext({ engine, locale }));
  },
} satisfies Command;
