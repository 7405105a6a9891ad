import type { APIEmbed } from "discord.js";
import type { Stats } from "../store/index.js";
import { fitEmbed, inert } from "./neutralise.js";
import type { Reply } from "./reply.js";

const COLOUR = 0x5865f2;

/** /stats: one server's figures for the period, and the questions to improve knowledge/ with. Always private. */
export function renderStats(stats: Stats, recording: boolean): Reply {
  const latency = stats.medianLatencyMs === null ? "none yet" : `${stats.medianLatencyMs} ms`;
  const declines = stats.declinesByReason.map((d) => `${d.reason} ${d.count}`).join(", ");
  const embed: APIEmbed = {
    title: `Questions in this server, last ${stats.days} days`,
    color: COLOUR,
    description: [
      recording
        ? null
        : "⚠️ Recording is off: storage cannot be written right now, so new questions and votes are not kept.",
      `**Questions:** ${stats.questions} · **Declined:** ${stats.declined}${declines ? ` (${declines})` : ""}`,
      `**👍** ${stats.up} · **👎** ${stats.down} · **Median reply time:** ${latency}`,
    ]
      .filter((line) => line !== null)
      .join("\n"),
    fields: [
      { name: "Top questions", value: list(stats.topQuestions.map((q) => `${q.count}× ${inert(q.text)}`)) },
      {
        name: "Declined or voted 👎 (what to improve knowledge/ with)",
        value: list(stats.toImprove.map((q) => `${inert(q.text)} (${inert(q.why)})`)),
      },
    ],
    footer: { text: `Since ${stats.since.slice(0, 10)}. npm run report shows every server.` },
  };
  return { ephemeral: true, embeds: [fitEmbed(embed)] };
}

function list(lines: readonly string[]): string {
  return lines.length ? lines.map((l) => `• ${l.replace(/\s+/g, " ").slice(0, 150)}`).join("\n") : "None.";
}
