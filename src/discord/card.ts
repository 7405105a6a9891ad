import type { CheckResult } from "../claims/types.js";

/**
 * A reply's view: what it says, as data, in the reader's language, before any surface shapes it. Discord draws it as
 * evidence cards (Components V2) or as embeds, the console as plain text; none of them reads Markdown back.
 * Text is raw: each surface makes it safe its own way.
 */
export interface Card {
  /** The accent: an answer's, or a verdict's colour. */
  tone: Tone;
  blocks: Block[];
}

export type Tone = "answer" | CheckResult["verdict"];

/** A run of text, or a link with its label. */
export type Piece = string | { text: string; url: string };

export type Block =
  /** The card's heading: a question, a verdict. */
  | { type: "title"; text: string }
  /** A line of the answer or the bot's, with its [n] citations as links where they stand. */
  | { type: "text"; pieces: Piece[] }
  /** Small print: the bot's remark on the answer. */
  | { type: "small"; pieces: Piece[] }
  /** How the reply was made and when its knowledge dates from. */
  | { type: "footer"; text: string }
  /** A heading inside a card: a summary's section, a group of sources, a part of the help. */
  | { type: "heading"; text: string }
  /** A list, an item a bullet: a summary's lines, the sources, questions asked. An item may run over lines. */
  | { type: "list"; items: Piece[][] }
  /** One excerpt: who says it, its words, and where it comes from. */
  | ExcerptBlock;

export interface ExcerptBlock {
  type: "excerpt";
  /** Who says it, in the reader's language: "[1] The article says", "[2] From our notes". */
  says: string;
  /** The document's own words (quoted) or our note on it (never quoted). */
  quoted: boolean;
  text: string;
  /** Whose words or notes, the date and the link. */
  credit: Piece[];
  /** The mark that it was checked word for word against its file; empty when its words no longer stand there. */
  checked: string;
  /** Its source's address, for a link button beside it. */
  url: string | null;
}

/** Every character a reader is shown of a card's pieces, links by their labels. */
export const piecesText = (pieces: readonly Piece[]): string =>
  pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");
