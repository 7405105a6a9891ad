import type { APIEmbed } from "discord.js";

/**
 * The characters a reader sees of an embed on Discord: link targets hidden behind their labels, Markdown escapes and
 * bold marks not shown. What "fits on a phone" is measured in.
 */
export function visibleText(e: APIEmbed): string {
  const parts = [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text];
  return parts
    .filter((p): p is string => Boolean(p))
    .join("\n")
    .replace(/\[((?:\\.|[^\]\\])*)\]\(<?[^)>]+>?\)/g, "$1")
    .replace(/\*\*/g, "")
    .replace(/\\(.)/g, "$1");
}
