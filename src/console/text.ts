import type { APIEmbed } from "discord.js";
import type { Reply } from "../discord/reply.js";
import { cardsText } from "./cardText.js";

/** A linked [n] marker: "[\[2\]](<https://…>)". */
const LINKED_MARKER = /\[\\\[(\d+)\\\]\]\(<?([^)>]+)>?\)/g;

/** Discord Markdown back to readable terminal text: links as "title <url>", escapes removed. */
function plain(md: string): string {
  return (
    md
      // A linked [n] marker stays a plain [n] in a terminal; its address is listed under the text (see markerLinks).
      .replace(LINKED_MARKER, "[$1]")
      .replace(/\[([^\]]*(?:\\\][^\]]*)*)\]\(<?([^)>]+)>?\)/g, (_, label: string, url: string) => `${label} <${url}>`)
      // A note in italics on its own line ("Read as a follow-up about …"): before unescaping, so an escaped * inside
      // the note stays part of it.
      .replace(/^\*((?:[^*\n\\]|\\.)+)\*$/gm, "$1")
      .replace(/\\([\\*_~`|>#\-[\]()])/g, "$1")
      .replace(/\*\*([^*]+)\*\*/g, "$1")
      .replace(/\u200b/g, "")
  );
}

/** "[2] <https://…>" for each marker whose address the text does not already show (a summary's citations). */
function markerLinks(md: string, shown: string): string[] {
  const seen = new Map<string, string>();
  for (const m of md.matchAll(LINKED_MARKER))
    if (!shown.includes(`<${m[2]}>`) && !seen.has(m[1]!)) seen.set(m[1]!, m[2]!);
  return [...seen].map(([n, url]) => `[${n}] <${url}>`);
}

function embedText(e: APIEmbed): string {
  const parts: string[] = [];
  if (e.title) parts.push(`== ${plain(e.title)} ==`);
  if (e.description) parts.push(plain(e.description));
  for (const f of e.fields ?? []) parts.push(`${plain(f.name)}\n${plain(f.value)}`);
  const body = [e.description ?? "", ...(e.fields ?? []).map((f) => f.value)].join("\n");
  const links = markerLinks(body, parts.join("\n"));
  if (links.length) parts.push(links.join("\n"));
  if (e.footer) parts.push(`-- ${plain(e.footer.text)}`);
  return parts.join("\n\n");
}

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
    if (page.content) parts.push(plain(page.content));
    if (page.cards) parts.push(cardsText(page.cards));
    for (const e of page.embeds) parts.push(embedText(e));
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
