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
import { say } from "../src/messages/say.js";

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
  async execute({ engine, stats, guildId, viewer, locale = "en" }) {
    if (!guildId) return notice(say(locale, "stats.in_a_dm"));
    // The default permission above is only a default: a server may give /stats to anyone, so the bot checks itself.
    if (!viewer?.managesServer) return notice(say(locale, "stats.managers_only"));
    if (!stats) return notice(say(locale, "stats.no_database"));
    // Questions are listed only from the channel /stats is used in (one the viewer can see), and never private ones.
    const figures = await stats.stats({ guildId, days: STATS_DAYS, listedIn: { channelId: viewer.channelId } });
    const reply = renderStats(figures, stats.recording, locale);
    // A failed reload keeps the bot answering from older knowledge: whoever reads the figures should know.
    const stale = engine.staleKnowledge;
    if (!stale) return reply;
    const first = stale.problems[0];
    const file = first ? `${first.file}${first.line ? `:${first.line}` : ""}` : "knowledge/";
    return { ...reply, content: say(locale, "stats.knowledge_stale", { problems: stale.problems.length, file }) };
  },
} satisfies Command;
