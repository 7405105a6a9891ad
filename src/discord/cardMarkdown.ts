import { hideLinkEmbed, hyperlink } from "discord.js";
import type { Block, Piece, Tone } from "./card.js";
import { inert, titleOf } from "./neutralise.js";

/** Each tone's accent: the answer's blurple, and the verdicts' traffic lights. */
export const ACCENT: Record<Tone, number> = {
  answer: 0x5865f2,
  supported: 0x57f287,
  nuanced: 0xfee75c,
  contradicted: 0xed4245,
  unverified: 0x99aab5,
  opinion: 0xeb459e,
  not_covered: 0x99aab5,
};

/** Pieces as Discord Markdown: text made inert, links with their previews hidden. */
export const markdown = (pieces: readonly Piece[]): string =>
  pieces.map((p) => (typeof p === "string" ? inert(p) : hyperlink(inert(p.text), hideLinkEmbed(p.url)))).join("");

/** Words that stand in quotation marks: a block quote, every line of it. */
export const blockQuote = (text: string): string => `> ${inert(text).replace(/\n/g, "\n> ")}`;

/** A list as bullets, an item a line or more. */
export const listMarkdown = (items: readonly Piece[][]): string => items.map((i) => `• ${markdown(i)}`).join("\n");

/** One block as Discord Markdown, the way a text display or an embed's description shows it. */
export function blockMarkdown(block: Block): string {
  switch (block.type) {
    case "title":
      return `### ${titleOf(block.text)}`;
    case "text":
      return markdown(block.pieces);
    case "small":
      return `-# ${markdown(block.pieces)}`;
    case "footer":
      return `-# ${inert(block.text)}`;
    case "heading":
      return `**${inert(block.text)}**`;
    case "list":
      return listMarkdown(block.items);
    case "excerpt":
      return [
        `**${inert(block.says)}**`,
        block.quoted ? blockQuote(block.text) : inert(block.text),
        `-# ${markdown(block.credit)}${block.checked ? ` · ${inert(block.checked)}` : ""}`,
      ].join("\n");
  }
}
