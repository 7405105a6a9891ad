import type { SourceInfo } from "../engine/types.js";
import type { MessageKey } from "../messages/en.js";
import { localDate, say } from "../messages/say.js";
import { ACCENT, markdown } from "./cardMarkdown.js";
import { linkedName } from "./credit.js";
import { fitEmbed, inert } from "./neutralise.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import type { Reply } from "./reply.js";

/** How much of a /sources page is entries: well under Discord's 4,096, so a page reads on a phone without scrolling far. */
const SOURCES_PAGE_CHARS = 2_400;

/**
 * Every document, each in full: its linked title, publisher, date and a line on what the bot holds from it. When
 * they do not fit one message they are split between whole entries into pages (`pages`), each within Discord's limits.
 */
export function renderSources(ctx: RenderContext, ephemeral = true): Reply {
  const locale = localeOf(ctx);
  const entry = (s: SourceInfo) => {
    const by = s.publisher ? ` — ${inert(s.publisher)}` : "";
    return `• **${markdown(linkedName(s, s.title, s.url, locale))}**${by}, ${localDate(s.published, locale)}\n${inert(s.about)}`;
  };
  const notes = ctx.sources.filter((s) => s.kind === "note");
  const verbatim = ctx.sources.filter((s) => s.kind === "source");
  const group = (name: MessageKey, items: SourceInfo[], count?: MessageKey) => ({
    name: `**${say(locale, name)}**`,
    heading: `**${say(locale, name)}**${count ? ` ${say(locale, count, { count: items.length })}` : ""}`,
    items,
  });
  const groups = [
    group(
      "sources.article",
      ctx.sources.filter((s) => s.kind === "article"),
    ),
    group("sources.notes", notes, "sources.notes_count"),
    group("sources.verbatim", verbatim, "sources.verbatim_count"),
  ].filter((g) => g.items.length > 0);

  // Pages break between entries, never inside one; a group carried over to a new page says so.
  const pages: string[][] = [[]];
  const size = (lines: string[]) => lines.join("\n").length;
  for (const g of groups) {
    let opened = false;
    for (const item of g.items) {
      const text = entry(item);
      let page = pages.at(-1)!;
      const heading = opened ? [] : [g.heading];
      if (page.length > 0 && size([...page, ...heading, text]) > SOURCES_PAGE_CHARS) {
        page = [];
        pages.push(page);
        if (opened) heading.push(say(locale, "continued", { heading: g.name }));
      }
      if (!opened && page.length > 0) page.push("");
      page.push(...heading, text);
      opened = true;
    }
  }
  const count = pages.length;
  const replies: Reply[] = pages.map((lines, index) => ({
    ephemeral,
    embeds: [
      fitEmbed({
        color: ACCENT.answer,
        title:
          count > 1 ? say(locale, "sources.title_paged", { page: index + 1, count }) : say(locale, "sources.title"),
        description: lines.join("\n"),
        footer: {
          text: say(locale, "sources.footer", { count: ctx.sources.length, date: localDate(ctx.asOf, locale) }),
        },
      }),
    ],
    locale,
    ...(count > 1 ? { page: { command: "sources", index, count } } : {}),
  }));
  return count > 1 ? { ...replies[0]!, pages: replies } : replies[0]!;
}
