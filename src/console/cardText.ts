import type { Block, Card, Piece } from "../discord/card.js";

/** A bare citation's label: "[2]". */
const CITATION = /^\[\d+\]$/;

/** A link in a terminal: its label and address; a bare [n] citation only its label (see citationLinks). */
const plain = (pieces: readonly Piece[]): string =>
  pieces.map((p) => (typeof p === "string" ? p : CITATION.test(p.text) ? p.text : `${p.text} <${p.url}>`)).join("");

function blockText(block: Block): string {
  switch (block.type) {
    case "title":
      return `== ${block.text.replace(/\s+/g, " ").trim()} ==`;
    case "heading":
      return block.text;
    case "text":
    case "small":
      return plain(block.pieces);
    case "list":
      return block.items.map((item) => `• ${plain(item)}`).join("\n");
    case "footer":
      return `-- ${block.text}`;
    case "excerpt":
      return [
        block.says,
        block.quoted ? `“${block.text}”` : block.text,
        `— ${plain(block.credit)}`,
        ...(block.checked ? [block.checked] : []),
      ].join("\n");
  }
}

/** Every piece of a block, links among them. */
function piecesOf(block: Block): Piece[] {
  if (block.type === "text" || block.type === "small") return block.pieces;
  if (block.type === "list") return block.items.flat();
  if (block.type === "excerpt") return block.credit;
  return [];
}

/**
 * "[2] <https://…>" for each citation whose address the card shows nowhere else: an answer's excerpts show theirs,
 * a summary's citations have no excerpt, so their addresses are listed under the card.
 */
function citationLinks(card: Card, shown: string): string[] {
  const links = new Map<string, string>();
  for (const p of card.blocks.flatMap(piecesOf))
    if (typeof p !== "string" && CITATION.test(p.text) && !shown.includes(`<${p.url}>`) && !links.has(p.text))
      links.set(p.text, p.url);
  return [...links].map(([label, url]) => `${label} <${url}>`);
}

function cardText(card: Card): string {
  const parts = card.blocks.map(blockText);
  const links = citationLinks(card, parts.join("\n"));
  // The addresses go before the footer, so the footer stays last, as Discord shows it.
  const footer = card.blocks.at(-1)?.type === "footer" ? parts.pop() : undefined;
  return [...parts, ...(links.length ? [links.join("\n")] : []), ...(footer ? [footer] : [])].join("\n\n");
}

/** Cards as terminal text, straight from the view: the same words Discord shows, with no Markdown to undo. */
export function cardsText(cards: readonly Card[]): string {
  return cards.map(cardText).join("\n\n");
}
