import type { Reply } from "../discord/reply.js";
import { cardsText } from "./cardText.js";

export interface TextOptions {
  /** Mention the console commands that stand in for Discord's buttons (false for one-shot output). */
  hints?: boolean;
}

/**
 * What Discord would show for a reply, as terminal text: every page of a paged reply, and nothing about who can see
 * it (in a terminal, only the person typing does).
 */
export function replyToText(reply: Reply, { hints = true }: TextOptions = {}): string {
  const pages = reply.pages ?? [reply];
  const parts: string[] = [];
  for (const page of pages) {
    // Content is the bot's own words, or someone's escaped for Discord with the plain words beside them.
    const content = page.contentText ?? page.content;
    if (content) parts.push(content);
    if (page.cards) parts.push(cardsText(page.cards));
  }
  const buttons = [
    reply.more ? "[More excerpts: type /more]" : "",
    reply.sourcesButton ? "[Sources: type /sources]" : "",
  ].filter(Boolean);
  if (hints && buttons.length) parts.push(buttons.join("  "));
  return parts.join("\n\n");
}

/** The prose of a partial (still being written) reply, without its trailing ellipsis. */
export function partialText(reply: Reply): string {
  const prose = reply.cards?.[0]?.blocks.find((b) => b.type === "text");
  return prose?.type === "text"
    ? prose.pieces
        .map((p) => (typeof p === "string" ? p : p.text))
        .join("")
        .replace(/\s*…$/, "")
    : "";
}
