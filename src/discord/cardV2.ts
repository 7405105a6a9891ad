import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIContainerComponent,
  type APISectionComponent,
  type APITextDisplayComponent,
  ButtonStyle,
  ComponentType,
  SeparatorSpacingSize,
} from "discord.js";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { type Block, type Card, type Piece, piecesText } from "./card.js";
import { ACCENT, blockMarkdown } from "./cardMarkdown.js";
import { truncate } from "./limits.js";

/** Discord's limits on a Components V2 message. */
const V2_LIMITS = { components: 40, text: 4000 } as const;
/** Shortest an excerpt is cut to when a reply must shrink to fit. */
const MIN_EXCERPT = 120;

/** Every text display's text, in order, as it would be sent. */
const texts = (cards: readonly Card[], lead: string | undefined) => [
  ...(lead ? [lead] : []),
  ...cards.flatMap((c) => c.blocks.map(blockMarkdown)),
];

/**
 * Cuts the longest excerpts (then any long text) at a word until the message's text displays fit Discord's 4,000
 * characters: the text Discord counts is the Markdown sent, links and escapes included.
 */
export function fitCards(cards: readonly Card[], lead?: string): Card[] {
  const fitted = cards.map((c) => ({ ...c, blocks: [...c.blocks] }));
  for (let round = 0; round < 20; round++) {
    const over = texts(fitted, lead).reduce((n, t) => n + t.length, 0) - V2_LIMITS.text;
    if (over <= 0) break;
    const at = longestBlock(fitted);
    if (!at) break;
    const blocks = fitted[at.card]!.blocks;
    blocks[at.block] = shortened(blocks[at.block]!, Math.max(MIN_EXCERPT, at.length - over - 8));
  }
  return fitted;
}

/** How long a block is where it can be cut: an excerpt by its words, other text by its Markdown; headings not at all. */
const cuttable = (b: Block): number =>
  b.type === "excerpt" ? b.text.length : b.type === "title" || b.type === "heading" ? 0 : blockMarkdown(b).length;

function longestBlock(cards: readonly Card[]): { card: number; block: number; length: number } | null {
  let best: { card: number; block: number; length: number } | null = null;
  for (const [card, c] of cards.entries())
    for (const [block, b] of c.blocks.entries()) {
      const length = cuttable(b);
      if (length > MIN_EXCERPT && (!best || length > best.length)) best = { card, block, length };
    }
  return best;
}

function shortened(b: Block, to: number): Block {
  if (b.type === "excerpt" || b.type === "footer") return { ...b, text: truncate(b.text, to) };
  if (b.type === "text" || b.type === "small") return { ...b, pieces: [truncate(piecesText(b.pieces), to)] };
  if (b.type === "list") return shortList(b.items, to);
  return b;
}

/** A list cut to `to` characters of Markdown: whole items dropped from its end (their links kept on those left). */
function shortList(items: readonly Piece[][], to: number): Block {
  const kept = [...items];
  while (kept.length > 1 && blockMarkdown({ type: "list", items: kept }).length > to) kept.pop();
  const last = kept.at(-1);
  if (last && blockMarkdown({ type: "list", items: kept }).length > to) {
    const room = to - blockMarkdown({ type: "list", items: kept.slice(0, -1) }).length - 3;
    kept[kept.length - 1] = [truncate(piecesText(last), Math.max(MIN_EXCERPT, room))];
  }
  return { type: "list", items: kept };
}

/**
 * Cards as Components V2: one container a card in its tone's accent, each excerpt a section with a link button to
 * its source beside it, the buttons inside the first card. `lead` is a line above all (a note to the asker). Plain
 * API JSON, as discord.js's builders would make it, without their validation on every reply.
 */
export function cardsToComponents(
  cards: readonly Card[],
  rows: readonly APIActionRowComponent<APIButtonComponent>[],
  locale: Locale,
  lead?: string,
): APIContainerComponent[] {
  const fitted = fitCards(cards, lead);
  const laid = layOut(fitted, rows, locale, lead, "sections");
  // Many cards of many excerpts (a /check of three statements) can pass Discord's 40 components: then each excerpt
  // is one text display without its link button (its credit line still links its source).
  return componentCount(laid) <= V2_LIMITS.components ? laid : layOut(fitted, rows, locale, lead, "texts");
}

function layOut(
  cards: readonly Card[],
  rows: readonly APIActionRowComponent<APIButtonComponent>[],
  locale: Locale,
  lead: string | undefined,
  excerptsAs: "sections" | "texts",
): APIContainerComponent[] {
  return cards.map((card, i) => {
    const components: APIComponentInContainer[] = [];
    if (i === 0 && lead) components.push(text(lead));
    let excerpts = false;
    for (const block of card.blocks) {
      if (block.type === "excerpt" && !excerpts)
        components.push({ type: ComponentType.Separator, spacing: SeparatorSpacingSize.Small });
      excerpts ||= block.type === "excerpt";
      if (block.type === "excerpt" && block.url && excerptsAs === "sections")
        components.push(section(block, block.url, locale));
      else components.push(text(blockMarkdown(block)));
    }
    if (i === 0) components.push(...rows);
    return { type: ComponentType.Container, accent_color: ACCENT[card.tone], components };
  });
}

const text = (content: string): APITextDisplayComponent => ({ type: ComponentType.TextDisplay, content });

function section(block: Block, url: string, locale: Locale): APISectionComponent {
  return {
    type: ComponentType.Section,
    components: [text(blockMarkdown(block))],
    accessory: { type: ComponentType.Button, style: ButtonStyle.Link, url, label: say(locale, "button.open") },
  };
}

/** Every component a message of these top-level components holds, nested ones and accessories included. */
function componentCount(components: readonly unknown[]): number {
  let n = 0;
  const visit = (c: Record<string, unknown>) => {
    n++;
    for (const child of (c.components as Record<string, unknown>[] | undefined) ?? []) visit(child);
    if (c.accessory) visit(c.accessory as Record<string, unknown>);
  };
  for (const c of components) visit(c as Record<string, unknown>);
  return n;
}
