import { type APIEmbedField, hideLinkEmbed } from "discord.js";
import type { Summary } from "../engine/types.js";
import { localDate, say } from "../messages/say.js";
import { ACCENT, markdown } from "./cardMarkdown.js";
import { credit } from "./credit.js";
import { LIMITS, truncate } from "./limits.js";
import { fitEmbed, inert } from "./neutralise.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import type { Reply } from "./reply.js";

/** The catch-up for newcomers: each section a field, each bullet citing what it rests on. */
export function renderSummary(summary: Summary, ctx: RenderContext, ephemeral = false): Reply {
  const locale = localeOf(ctx);
  const written = summary.origin === "written";
  const refs: string[] = [];
  const line = (b: Summary["sections"][number]["bullets"][number]): string => {
    if ("text" in b) return `• ${inert(b.text)}${b.docs.map((id) => citeMark(id, refs, ctx)).join("")}`;
    const e = summary.excerpts[b.excerpt]!;
    const lead = b.lead ? `**${inert(b.lead)}** → ` : "";
    const by = markdown(credit(e, ctx.sources, locale));
    const body = e.kind === "note" ? `${inert(e.text)} — ${by}` : `“${inert(e.text)}” — ${by}`;
    return truncate(`• ${lead}${body}`, LIMITS.fieldValue);
  };
  const fields: APIEmbedField[] = [];
  for (const section of summary.sections) {
    // A field holds 1,024 characters: a long section continues in a further field, named too (a blank name shows
    // as an unlabelled block on Discord).
    let value = "";
    let part = 0;
    const push = () =>
      fields.push({
        name: part++ === 0 ? section.heading : say(locale, "continued", { heading: section.heading }),
        value,
      });
    for (const text of section.bullets.map(line)) {
      if (value && value.length + 1 + text.length > LIMITS.fieldValue) {
        push();
        value = "";
      }
      value = value ? `${value}\n${text}` : text;
    }
    if (value) push();
  }
  return {
    ephemeral,
    embeds: [
      fitEmbed({
        color: ACCENT.answer,
        title: truncate(inert(summary.title), LIMITS.embedTitle),
        description: say(locale, written ? "summary.in_our_words" : "summary.quoted"),
        fields,
        footer: { text: say(locale, "summary.footer", { date: localDate(ctx.asOf, locale) }) },
      }),
    ],
    sourcesButton: true,
    locale,
  };
}

/**
 * A written bullet's citation: the source's number in this reply, linked to its page. The article has no address
 * to link and the bullets name it in words, so it gets no number.
 */
function citeMark(docId: string, refs: string[], ctx: RenderContext): string {
  const url = ctx.sources.find((s) => s.id === docId)?.url;
  if (!url) return "";
  if (!refs.includes(docId)) refs.push(docId);
  return ` [\\[${refs.indexOf(docId) + 1}\\]](${hideLinkEmbed(url)})`;
}
