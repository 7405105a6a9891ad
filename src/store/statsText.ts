import type { Stats } from "./stats.js";

/** The figures as plain text for a terminal: what `npm run report` prints, line for line what /stats shows. */
export function statsToText(stats: Stats, recording = true): string {
  const declines = stats.declinesByReason.map((d) => `${d.reason} ${d.count}`).join(", ");
  const list = (lines: readonly string[]) => (lines.length ? lines.map((l) => `  - ${l}`) : ["  none"]);
  return [
    `${stats.guildId ? `Server ${stats.guildId}` : "All servers"}, last ${stats.days} days (since ${stats.since.slice(0, 10)})`,
    ...(recording ? [] : ["Recording is off: storage cannot be written right now."]),
    `Questions: ${stats.questions} · Declined: ${stats.declined}${declines ? ` (${declines})` : ""}`,
    `👍 ${stats.up} · 👎 ${stats.down} · Median reply time: ${stats.medianLatencyMs === null ? "none yet" : `${stats.medianLatencyMs} ms`}`,
    "Top questions:",
    ...list(stats.topQuestions.map((q) => `${q.count}× ${oneLine(q.text)}`)),
    "Declined or voted 👎 (what to improve knowledge/ with):",
    ...list(
      stats.toImprove.map((q) => `${oneLine(q.text)} (${oneLine(q.why)}, ${q.at.slice(0, 16).replace("T", " ")})`),
    ),
  ].join("\n");
}

/** A question on one line, with no terminal control characters: it is user input. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}
