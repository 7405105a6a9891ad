import type { APIEmbed } from "discord.js";
import type { Reply } from "../discord/reply.js";

/** Discord Markdown back to readable terminal text: links as "title <url>", escapes removed. */
function plain(md: string): string {
  return md
    // A linked [n] marker stays a plain [n] in a terminal; the quote below it carries the link.
    .replace(/\[\\\[(\d+)\\\]\]\(<?[^)>]+>?\)/g, "[$1]")
    .replace(/\[([^\]]*(?:\\\][^\]]*)*)\]\(<?([^)>]+)>?\)/g, (_, label: string, url: string) => `${label} <${url}>`)
    .replace(/\\([\\*_~`|>#\-[\]()])/g, "$1")
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/\u200b/g, "");
}

function embedText(e: APIEmbed): string {
  const parts: string[] = [];
  if (e.title) parts.push(`== ${plain(e.title)} ==`);
  if (e.description) parts.push(plain(e.description));
  for (const f of e.fields ?? []) parts.push(`${plain(f.name)}\n${plain(f.value)}`);
  if (e.footer) parts.push(`-- ${plain(e.footer.text)}`);
  return parts.join("\n\n");
}

/** What Discord would show for a reply, as text: used by the console. */
export function replyToText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.ephemeral) parts.push("(only you can see this)");
  if (reply.content) parts.push(plain(reply.content));
  for (const e of reply.embeds) parts.push(embedText(e));
  const buttons = [reply.more ? "[More excerpts: type /more]" : "", reply.sourcesButton ? "[Sources: type /sources]" : ""].filter(Boolean);
  if (buttons.length) parts.push(buttons.join("  "));
  return parts.join("\n\n");
}

/** The prose of a partial (still being written) reply, without its trailing ellipsis. */
export function partialText(reply: Reply): string {
  return plain(reply.embeds[0]?.description ?? "").replace(/\s*…$/, "");
}
