import { hideLinkEmbed, hyperlink, type APIEmbed, type APIEmbedField } from "discord.js";
import { formatDate } from "../engine/format.js";
import { VERDICT_LABEL, type CheckResult } from "../claims/types.js";
import type { Answer, Quote, SourceInfo, Summary } from "../engine/types.js";
import { LIMITS, truncate } from "./limits.js";
import { notice, type Reply } from "./reply.js";

/** Quotes shown under the answer; the rest wait behind "More excerpts". */
export const QUOTES_SHOWN = 3;
const COLOUR = 0x5865f2;

export interface RenderContext {
  sources: readonly SourceInfo[];
  asOf: string;
}

/**
 * Text from users or documents, made inert: every Markdown control character escaped (escaping one too many is
 * harmless, one too few is a formatting trick), no mentions that could resolve, no invisible marks. One pass of
 * regular expressions, since every reply renders dozens of these (discord.js's escapeMarkdown is far slower).
 */
export function inert(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u2060-\u2064\ufeff]/g, "")
    .replace(/[\\*_~`|[\]]/g, "\\$&")
    .replace(/^(\s*)([>#-]|\d+\.)(?=\s)/gm, "$1\\$2")
    .replace(/@(everyone|here)/g, "@\u200b$1")
    .replace(/<(@[!&]?|#)(\d+)>/g, "<\u200b$1$2>");
}

function sourceLine(q: Quote, ctx: RenderContext): string {
  const src = ctx.sources.find((s) => s.id === q.docId);
  const title = inert(src?.title ?? q.title);
  const date = src ? `, ${formatDate(src.published)}` : "";
  const name = q.url ? hyperlink(title, hideLinkEmbed(q.url)) : title;
  return `— ${name}${date}`;
}

function quoteField(q: Quote, n: number, ctx: RenderContext): APIEmbedField {
  const src = sourceLine(q, ctx);
  const body = `> ${truncate(inert(q.text), LIMITS.fieldValue - src.length - 4)}`;
  return { name: `[${n}]`, value: `${body}\n${src}` };
}

/** [n] markers become links to the quoted source, so a reader can jump straight to it. */
function linkMarkers(text: string, quotes: readonly Quote[]): string {
  return text.replace(/\\?\[(\d+)\\?\](?!\()/g, (m, n: string) => {
    const q = quotes[Number(n) - 1];
    return q?.url ? `[\\[${n}\\]](${hideLinkEmbed(q.url)})` : m;
  });
}

function footer(answer: Answer, ctx: RenderContext): string {
  const mode = answer.mode === "generated" ? "Written by a language model from the quoted sources" : "Quoted from the sources (no language model)";
  return `${mode} · knowledge as of ${formatDate(ctx.asOf)}`;
}

export function renderAnswer(answer: Answer, ctx: RenderContext, ephemeral = false): Reply {
  if (answer.declined) return notice(answer.answer, true);
  const shown = answer.quotes.slice(0, QUOTES_SHOWN);
  const notes = (answer.notes ?? []).map((n) => `\n*${inert(n)}*`).join("");
  const embed: APIEmbed = {
    color: COLOUR,
    title: truncate(inert(answer.question.replace(/\s+/g, " ").trim()), LIMITS.embedTitle),
    description: truncate(linkMarkers(inert(answer.answer), answer.quotes) + notes, LIMITS.embedDescription - 200),
    fields: shown.map((q, i) => quoteField(q, i + 1, ctx)),
    footer: { text: footer(answer, ctx) },
  };
  const rest = answer.quotes.slice(QUOTES_SHOWN);
  const extra = answer.retrieved.filter((r) => !answer.quotes.some((q) => r.text.includes(q.text)));
  const more: Reply = {
    ephemeral: true,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: "More excerpts",
        description:
          rest.length + extra.length === 0
            ? "No further excerpts: the quotes above are everything relevant I found."
            : "Further passages I retrieved for this question, word for word.",
        fields: [
          ...rest.map((q, i) => quoteField(q, QUOTES_SHOWN + i + 1, ctx)),
          ...extra.map((r) => {
            const src = ctx.sources.find((s) => s.id === r.docId);
            const q: Quote = { text: r.text, docId: r.docId, title: src?.title ?? r.docId, url: src?.url ?? null, path: r.path, start: 0, end: 0 };
            return { ...quoteField(q, 0, ctx), name: "Passage" };
          }),
        ].slice(0, 8),
      }),
    ],
  };
  return { ephemeral, embeds: [fitEmbed(embed)], more, sourcesButton: true };
}

/** The answer while a model is still writing it: prose only; quotes follow once they are verified. */
export function renderPartial(question: string, prose: string): Reply {
  return {
    ephemeral: false,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: truncate(inert(question.replace(/\s+/g, " ").trim()), LIMITS.embedTitle),
        description: truncate(`${inert(prose)} …`, LIMITS.embedDescription),
        footer: { text: "Writing… quotes appear once they are checked against the sources" },
      }),
    ],
  };
}

export function renderSummary(summary: Summary, ctx: RenderContext, ephemeral = false): Reply {
  const fields: APIEmbedField[] = [];
  for (const section of summary.sections) {
    const lines = section.bullets.map((b) => {
      const q = summary.quotes[b.quote]!;
      const src = ctx.sources.find((s) => s.id === q.docId);
      const label = inert(src?.kind === "article" ? "the article" : (src?.title ?? q.title));
      const link = q.url ? hyperlink(label, hideLinkEmbed(q.url)) : label;
      const lead = b.lead ? `**${inert(b.lead)}** → ` : "";
      return truncate(`• ${lead}“${inert(q.text)}” — ${link}`, LIMITS.fieldValue);
    });
    // A field holds 1,024 characters: a long section continues in further fields rather than being cut.
    let value = "";
    let first = true;
    for (const line of lines) {
      if (value && value.length + 1 + line.length > LIMITS.fieldValue) {
        fields.push({ name: first ? section.heading : "\u200b", value });
        first = false;
        value = "";
      }
      value = value ? `${value}\n${line}` : line;
    }
    if (value) fields.push({ name: first ? section.heading : "\u200b", value });
  }
  return {
    ephemeral,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: "Catching up on the story",
        description: "Every line below is quoted word for word from the article or one of its sources.",
        fields,
        footer: { text: `Knowledge as of ${formatDate(ctx.asOf)} · /ask to ask your own question` },
      }),
    ],
    sourcesButton: true,
  };
}

export function renderSources(ctx: RenderContext, ephemeral = true): Reply {
  const line = (s: SourceInfo) => {
    const title = inert(s.title);
    const name = s.url ? hyperlink(title, hideLinkEmbed(s.url)) : title;
    const by = s.publisher ? ` — ${inert(s.publisher)}` : "";
    const note = s.note ? ` *(${inert(s.note)})*` : "";
    return `• ${name}${by}, ${formatDate(s.published)}${note}`;
  };
  const article = ctx.sources.filter((s) => s.kind === "article");
  const refs = ctx.sources.filter((s) => s.kind === "note");
  return {
    ephemeral,
    embeds: [
      fitEmbed({
        color: COLOUR,
        title: "What I have read",
        description: [`**The article**`, ...article.map(line), "", `**Its references** (${refs.length})`, ...refs.map(line)].join("\n"),
        footer: { text: `Knowledge as of ${formatDate(ctx.asOf)}` },
      }),
    ],
  };
}

export function renderHelp(topic: string): Reply {
  return notice(
    [
      `I answer questions about ${topic}, quoting the article and its sources word for word.`,
      "• `/ask question:<text>` — ask anything about the story (add `private:True` to keep it to yourself)",
      "• `/summary` — catch up in one message",
      "• `/sources` — the documents I have read, with links",
      "• `/check claim:<text>` — check a claim against the sources (or right-click a message → Apps → Check with sources)",
    ].join("\n"),
    true,
  );
}

/**
 * Keeps an embed inside every Discord limit: each part is trimmed at word boundaries and, if the whole is still
 * too long, fields are dropped from the end (the description is never dropped).
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title) fitted.title = truncate(fitted.title, LIMITS.embedTitle);
  if (fitted.description) fitted.description = truncate(fitted.description, LIMITS.embedDescription);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: truncate(fitted.footer.text, LIMITS.footer) };
  fitted.fields = (fitted.fields ?? []).slice(0, LIMITS.fields).map((f) => ({
    ...f,
    name: truncate(f.name, LIMITS.fieldName) || "\u200b",
    value: truncate(f.value, LIMITS.fieldValue) || "\u200b",
  }));
  while (embedLength(fitted) > LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.description) {
    fitted.description = truncate(fitted.description, Math.max(100, fitted.description.length - (embedLength(fitted) - LIMITS.embedTotal)));
  }
  return fitted;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

const VERDICT_MARK: Record<CheckResult["verdict"], string> = {
  supported: "✅",
  nuanced: "⚠️",
  contradicted: "❌",
  unverified: "❓",
  opinion: "💬",
  not_covered: "➖",
};

/** Verdicts side by side with the article's words and the references' words, each quote linked to its source. */
export function renderCheck(results: readonly CheckResult[], ctx: RenderContext, ephemeral: boolean): Reply {
  if (results.length === 0) return notice("I found no statement to check in that text. Give me a sentence that claims something.");
  const embeds = results.map((r) => {
    const fields: APIEmbedField[] = [];
    if (r.articleQuote) fields.push({ name: "The article says", value: `> ${inert(r.articleQuote.text)}\n${sourceLine(r.articleQuote, ctx)}` });
    r.referenceQuotes.forEach((q, i) => fields.push({ name: i === 0 ? "The sources say" : "\u200b", value: `> ${inert(q.text)}\n${sourceLine(q, ctx)}` }));
    return fitEmbed({
      color: COLOUR,
      title: truncate(`${VERDICT_MARK[r.verdict]} ${VERDICT_LABEL[r.verdict]}`, LIMITS.embedTitle),
      description: `**Checked:** ${inert(r.statement)}\n\n${inert(r.explanation)}${r.verdict === "not_covered" ? "\n\nTry /ask for what the story's documents do say." : ""}`,
      fields,
      footer: { text: `Verdicts come from the article's checked claims and its sources · knowledge as of ${formatDate(ctx.asOf)}` },
    });
  });
  // Several verdicts share one message; keep the total inside Discord's 6,000-character cap.
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const e of embeds) {
    if (total + embedLength(e) > LIMITS.embedTotal) break;
    kept.push(e);
    total += embedLength(e);
  }
  return { ephemeral, embeds: kept };
}
