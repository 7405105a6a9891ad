import { SlashCommandBuilder } from "discord.js";
import { type Command, everywhere } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { renderHelp } from "../src/discord/renderHelp.js";

export const help = {
  data: everywhere(new SlashCommandBuilder())
    .setName("help")
    .setNameLocalizations(named("help"))
    .setDescription("What this bot can do, and how to ask.")
    .setDescriptionLocalizations(described("help")),
  // The console has its own help (src/console/help.ts): it is typed differently and has no buttons.
  async execute({ engine, locale }) {
    return renderHelp(engine.topic, locale);
  },
} satisfies Command;
