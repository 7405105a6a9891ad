import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Stats } from "../store/index.js";
import type { Block, Piece } from "./card.js";
import { fitCards } from "./cardV2.js";
import type { Reply } from "./reply.js";

/** Longest a listed question is shown: a list of them stays a list, not a wall. */
const QUESTION_CHARS = 150;

/**
 * /stats: one server's figures for the period, and the questions to improve knowledge/ with. Always private. Decline
 * reasons stay the codes `npm run report` prints, so the two read alike.
 */
export function renderStats(stats: Stats, recording: boolean, locale: Locale = "en"): Reply {
  const latency = stats.medianLatencyMs === null ? say(locale, "stats.no_latency") : `${stats.medianLatencyMs} ms`;
  const declines = stats.declinesByReason.map((d) => `${d.reason} ${d.count}`).join(", ");
  const blocks: Block[] = [
    { type: "title", text: say(locale, "stats.title", { days: stats.days }) },
    ...(recording ? [] : [{ type: "text" as const, pieces: [say(locale, "stats.recording_off")] }]),
    {
      type: "text",
      pieces: [
        `${say(locale, "stats.questions_text", { questions: stats.questions, declined: stats.declined })}${declines ? ` (${declines})` : ""}`,
      ],
    },
    { type: "text", pieces: [say(locale, "stats.votes_text", { up: stats.up, down: stats.down, latency })] },
    { type: "small", pieces: [say(locale, "stats.listing")] },
    { type: "heading", text: say(locale, "stats.top") },
    list(
      stats.topQuestions.map((q) => `${q.count}× ${q.text}`),
      locale,
    ),
    { type: "heading", text: say(locale, "stats.to_improve") },
    list(
      stats.toImprove.map((q) => `${q.text} (${q.why})`),
      locale,
    ),
    { type: "footer", text: say(locale, "stats.footer", { date: stats.since.slice(0, 10) }) },
  ];
  return { ephemeral: true, embeds: [], cards: fitCards([{ tone: "answer", blocks }]), locale };
}

function list(lines: readonly string[], locale: Locale): Block {
  return lines.length
    ? { type: "list", items: lines.map((l): Piece[] => [l.replace(/\s+/g, " ").slice(0, QUESTION_CHARS)]) }
    : { type: "text", pieces: [say(locale, "stats.none")] };
}
