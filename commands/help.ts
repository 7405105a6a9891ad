import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { renderHelp } from "../src/discord/render.js";
import { consoleHelp } from "../src/console/help.js";

export const help = {
  data: new SlashCommandBuilder().setName("help").setDescription("What this bot can do, and how to ask."),
  async execute({ engine, surface }) {
    return surface === "console" ? consoleHelp(engine.topic) : renderHelp(engine.topic);
  },
} satisfies Command;
