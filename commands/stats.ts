import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from "discord.js";
import type { Command } from "../src/discord/command.js";
import { described, named } from "../src/discord/localisations.js";
import { renderStats } from "../src/discord/renderStats.js";
import { notice } from "../src/discord/reply.js";

/** The period /stats covers. */
const STATS_DAYS = 7;

export const stats = {
  data: new SlashCommandBuilder()
    .setName("stats")
    .setNameLocalizations(named("stats"))
    .setDescription("For server managers: what people asked here this week, and what the bot could not answer.")
    .setDescriptionLocalizations(described("stats"))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall),
  serverOnly: true,
  async execute({ stats, guildId }) {
    if (!guildId)
      return notice("/stats shows one server's questions: use it in that server (you need Manage Server there).");
    if (!stats) return notice("Nothing is recorded here: this bot runs without its database, so there are no figures.");
    return renderStats(stats.stats({ guildId, days: STATS_DAYS }), stats.recording);
  },
} satisfies Command;
