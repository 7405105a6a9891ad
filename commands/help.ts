import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { renderHelp } from "../src/discord/render.js";

export const help = {
  data: new SlashCommandBuilder().setName("help").setDescription("What this bot can do."),
  async execute({ engine }) {
    return renderHelp(engine.topic);
  },
} satisfies Command;
