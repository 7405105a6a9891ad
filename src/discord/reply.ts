import type { APIEmbed } from "discord.js";

/**
 * What a command answers, before it becomes a Discord message or console text. Plain data, so the console can print
 * exactly what Discord would show.
 */
export interface Reply {
  /** Only the person who asked sees it. */
  ephemeral: boolean;
  content?: string;
  embeds: APIEmbed[];
  /** The private reply behind a "More excerpts" button; no button when absent. */
  more?: Reply;
  /** Show a "Sources" button. */
  sourcesButton?: boolean;
}

export function notice(text: string, ephemeral = true): Reply {
  return { ephemeral, content: text, embeds: [] };
}
