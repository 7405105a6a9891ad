import type { Block, Card, Piece } from "../discord/card.js";

/** A link in a terminal: its label and address; a bare [n] citation only its label (its excerpt shows the address). */
const plain = (pieces: readonly Piece[]): string =>
  pieces.map((p) => (typeof p === "string" ? p : /^\[\d+\]$/.test(p.text) ? p.text : `${p.text} <${p.url}>`)).join("");

function blockText(block: Block): string {
  switch (block.type) {
    case "title":
      return `== ${block.text.replace(/\s+/g, " ").trim()} ==`;
    case "text":
    case "small":
      return plain(block.pieces);
    case "footer":
      return `-- ${block.text}`;
    case "excerpt":
      return [
        block.says,
        block.quoted ? `“${block.text}”` : block.text,
        `— ${plain(block.credit)}`,
        block.checked,
      ].join("\n");
  }
}

/** Cards as terminal text, straight from the view: the same words Discord shows, with no Markdown to undo. */
export function cardsText(cards: readonly Card[]): string {
  return cards.map((card) => card.blocks.map(blockText).join("\n\n")).join("\n\n");
}
