import type { APIEmbed } from "discord.js";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Stats } from "../store/index.js";
import { fitEmbed, inert } from "./neutralise.js";
import type { Reply } from "./reply.js";

const COLOUR = 0x5865f2;

/**
 * /stats: one server's figures for the period, and the questions to improve knowledge/ with. Always private. Decline
 * reasons stay the codes `npm run report` prints, so the two read alike.
 */
export function renderStats(stats: Stats, recording: boolean, locale: Locale = "en"): Reply {
  const latency = stats.medianLatencyMs === null ? say(locale, "stats.no_latency") : `${stats.medianLatencyMs} ms`;
  const declines = stats.declinesByReason.map((d) => `${d.reason} ${d.count}`).join(", ");
  const embed: APIEmbed = {
    title: say(locale, "stats.title", { days: stats.days }),
    color: COLOUR,
    description: [
      recording ? null : say(locale, "stats.recording_off"),
      `${say(locale, "stats.questions", { questions: stats.questions, declined: stats.declined })}${declines ? ` (${declines})` : ""}`,
      say(locale, "stats.votes", { up: stats.up, down: stats.down, latency }),
      say(locale, "stats.listing"),
    ]
      .filter((line) => line !== null)
      .join("\n"),
    fields: [
      {
        name: say(locale, "stats.top"),
        value: list(
          stats.topQuestions.map((q) => `${q.count}× ${inert(q.text)}`),
          locale,
        ),
      },
      {
        name: say(locale, "stats.to_improve"),
        value: list(
          stats.toImprove.map((q) => `${inert(q.text)} (${inert(q.why)})`),
          locale,
        ),
      },
    ],
    footer: { text: say(locale, "stats.footer", { date: stats.since.slice(0, 10) }) },
  };
  return { ephemeral: true, embeds: [fitEmbed(embed)] };
}

function list(lines: readonly string[], locale: Locale): string {
  return lines.length
    ? lines.map((l) => `• ${l.replace(/\s+/g, " ").slice(0, 150)}`).join("\n")
    : say(locale, "stats.none");
}
