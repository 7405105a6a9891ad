import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere, renderContext } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { renderSummary } from "../src/discord/renderSummary.js";

export const summary = {
  data: everywhere(new SlashCommandBuilder())
    .setName("summary")
    .setNameLocalizations(named("summary"))
    .setDescription("Catch up on the story: what happened, the key numbers, and what the sources correct.")
    .setDescriptionLocalizations(described("summary"))
    .addBooleanOption((o) =>
      o
        .setName("private")
        .setNameLocalizations(named("private"))
        .setDescription("Only you see the summary")
        .setDescriptionLocalizations(described("private")),
    ),
  async execute({ engine, options, locale }) {
    return renderSummary(engine.summary(), renderContext({ engine, locale }), options.getBoolean("private") ?? false);
  },
} satisfies Command;
