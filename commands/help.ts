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
  async execute({ engine, surface, locale }) {
    if (surface !== "console") return renderHelp(engine.topic, locale);
    // Loaded when asked for: the console's help reads the command registry, which holds this command.
    const { consoleHelp } = await import("../src/console/help.js");
    return consoleHelp(engine.topic);
  },
} satisfies Command;
