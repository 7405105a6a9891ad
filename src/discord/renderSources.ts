import type { SourceInfo } from "../engine/types.js";
import type { MessageKey } from "../messages/en.js";
import { localDate, say } from "../messages/say.js";
import type { Block, Piece } from "./card.js";
import { blockMarkdown } from "./cardMarkdown.js";
import { linkedName } from "./credit.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import type { Reply } from "./reply.js";

/** How much of a /sources page is entries: well under Discord's 4,000, so a page reads on a phone without scrolling far. */
const SOURCES_PAGE_CHARS = 2_400;

/** What a page's entries take on Discord: their Markdown, links and escapes included. */
const size = (blocks: readonly Block[]) => blocks.map(blockMarkdown).join("\n").length;

/**
 * Every document, each in full: its linked title, publisher, date and a line on what the bot holds from it. When
 * they do not fit one message they are split between whole entries into pages (`pages`), a card each.
 */
export function renderSources(ctx: RenderContext, ephemeral = true): Reply {
  const locale = localeOf(ctx);
  const entry = (s: SourceInfo): Piece[] => [
    ...linkedName(s, s.title, s.url, locale),
    `${s.publisher ? ` — ${s.publisher}` : ""}, ${localDate(s.published, locale)}\n${s.about}`,
  ];
  const group = (name: MessageKey, items: SourceInfo[], count?: MessageKey) => ({
    name: say(locale, name),
    heading: `${say(locale, name)}${count ? ` ${say(locale, count, { count: items.length })}` : ""}`,
    items,
  });
  const groups = [
    group(
      "sources.article",
      ctx.sources.filter((s) => s.kind === "article"),
    ),
    group(
      "sources.notes",
      ctx.sources.filter((s) => s.kind === "note"),
      "sources.notes_count",
    ),
    group(
      "sources.verbatim",
      ctx.sources.filter((s) => s.kind === "source"),
      "sources.verbatim_count",
    ),
  ].filter((g) => g.items.length > 0);

  // Pages break between entries, never inside one; a group carried over to a new page says so.
  const pages: Block[][] = [[]];
  for (const g of groups) {
    let list: Piece[][] | null = null;
    for (const item of g.items) {
      const text = entry(item);
      const page = pages.at(-1)!;
      const grown = list
        ? [...page.slice(0, -1), { type: "list" as const, items: [...list, text] }]
        : [...page, { type: "heading" as const, text: g.heading }, { type: "list" as const, items: [text] }];
      if (page.length > 0 && size(grown) > SOURCES_PAGE_CHARS) {
        const heading = list ? say(locale, "continued", { heading: g.name }) : g.heading;
        list = [text];
        pages.push([
          { type: "heading", text: heading },
          { type: "list", items: list },
        ]);
      } else if (list) list.push(text);
      else {
        list = [text];
        page.push({ type: "heading", text: g.heading }, { type: "list", items: list });
      }
    }
  }
  const count = pages.length;
  const footer = say(locale, "sources.footer", { count: ctx.sources.length, date: localDate(ctx.asOf, locale) });
  const replies: Reply[] = pages.map((blocks, index) => ({
    ephemeral,
    embeds: [],
    cards: [
      {
        tone: "answer",
        blocks: [
          {
            type: "title",
            text:
              count > 1 ? say(locale, "sources.title_paged", { page: index + 1, count }) : say(locale, "sources.title"),
          },
          ...blocks,
          { type: "footer", text: footer },
        ],
      },
    ],
    locale,
    ...(count > 1 ? { page: { command: "sources", index, count } } : {}),
  }));
  return count > 1 ? { ...replies[0]!, pages: replies } : replies[0]!;
}
