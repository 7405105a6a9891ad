import type { Summary } from "../engine/types.js";
import { localDate, say } from "../messages/say.js";
import type { Block, Piece } from "./card.js";
import { fitCards } from "./cardV2.js";
import { credit } from "./credit.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import type { Reply } from "./reply.js";

type Bullet = Summary["sections"][number]["bullets"][number];

/** The catch-up for newcomers, as one card: each section a heading and its bullets, each citing what it rests on. */
export function renderSummary(summary: Summary, ctx: RenderContext, ephemeral = false): Reply {
  const locale = localeOf(ctx);
  const refs: string[] = [];
  const item = (b: Bullet): Piece[] => {
    if ("text" in b) return [b.text, ...b.docs.flatMap((id) => citation(id, refs, ctx))];
    const e = summary.excerpts[b.excerpt]!;
    const lead = b.lead ? `${b.lead} → ` : "";
    const words = e.kind === "note" ? e.text : `“${e.text}”`;
    return [`${lead}${words} — `, ...credit(e, ctx.sources, locale)];
  };
  const blocks: Block[] = [
    { type: "title", text: summary.title },
    { type: "small", pieces: [say(locale, summary.origin === "written" ? "summary.in_our_words" : "summary.quoted")] },
    ...summary.sections.flatMap((s): Block[] => [
      { type: "heading", text: s.heading },
      { type: "list", items: s.bullets.map(item) },
    ]),
    { type: "footer", text: say(locale, "summary.footer", { date: localDate(ctx.asOf, locale) }) },
  ];
  return { ephemeral, embeds: [], cards: fitCards([{ tone: "answer", blocks }]), sourcesButton: true, locale };
}

/**
 * A written bullet's citation: the source's number in this reply, linked to its page. The article has no address
 * to link and the bullets name it in words, so it gets no number.
 */
function citation(docId: string, refs: string[], ctx: RenderContext): Piece[] {
  const url = ctx.sources.find((s) => s.id === docId)?.url;
  if (!url) return [];
  if (!refs.includes(docId)) refs.push(docId);
  return [" ", { text: `[${refs.indexOf(docId) + 1}]`, url }];
}
