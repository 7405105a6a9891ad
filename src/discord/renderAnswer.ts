import type { APIEmbedField } from "discord.js";
import { MAX_QUESTION_CHARS } from "../engine/input.js";
import type { Answer, Excerpt, RetrievedPassage } from "../engine/types.js";
import type { MessageKey } from "../messages/en.js";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { containsSpan } from "../text/excerpts.js";
import { answerCards, EXCERPTS_SHOWN } from "./answerCard.js";
import { ACCENT, blockQuote, markdown } from "./cardMarkdown.js";
import { fitCards } from "./cardV2.js";
import { credit } from "./credit.js";
import { LIMITS, truncate } from "./limits.js";
import { fitEmbed, inert } from "./neutralise.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import { notice, type Reply } from "./reply.js";

/** An answer: its evidence cards, with "More excerpts" and "Sources" behind buttons; a decline is private. */
export function renderAnswer(answer: Answer, ctx: RenderContext, ephemeral = false): Reply {
  if (answer.declined) return renderDecline(answer, ctx);
  return {
    ephemeral,
    embeds: [],
    cards: fitCards(answerCards(answer, ctx)),
    more: renderMore(answer, ctx),
    sourcesButton: true,
    locale: localeOf(ctx),
  };
}

/** A decline: why, what the bot covers, and questions it can answer instead. Only the asker sees it. */
function renderDecline(answer: Answer, ctx: RenderContext): Reply {
  const locale = localeOf(ctx);
  const tries = answer.suggestions.length
    ? `\n\n${say(locale, "decline.you_could_ask")}\n${answer.suggestions.map((q) => `• ${inert(q)}`).join("\n")}`
    : "";
  return notice(truncate(`${inert(declineText(answer, ctx))}${tries}`, LIMITS.content), true);
}

/** Why a question was declined, in the reader's words, from the reason the engine gives. */
function declineText(answer: Answer, ctx: RenderContext): string {
  const locale = localeOf(ctx);
  const reason = answer.declineReason;
  if (!reason) return answer.answer;
  return say(locale, `decline.${reason}`, {
    max: MAX_QUESTION_CHARS,
    length: answer.question.length,
    covers: say(locale, "decline.covers", { topic: ctx.topic ?? "this story" }),
  });
}

/**
 * One excerpt as a field of the "More excerpts" reply: quoted when it is a document's words, our note otherwise,
 * its credit after "— " (a source changed since is told by that line alone: see quoteCheck.ts).
 */
function excerptField(e: Excerpt, label: string, ctx: RenderContext): APIEmbedField {
  const locale = localeOf(ctx);
  const by = markdown(credit(e, ctx.sources, locale));
  const room = LIMITS.fieldValue - by.length - 8;
  const key: MessageKey =
    e.kind === "note" ? "answer.from_notes" : e.kind === "article" ? "answer.article_says" : "answer.source_says";
  const words = e.kind === "note" ? inert(truncate(e.text, room)) : blockQuote(truncate(e.text, room));
  return { name: `${label} ${say(locale, key)}`, value: `${words}\n— ${by}` };
}

/** The private reply behind "More excerpts": further passages retrieved for the question, each shown by its kind. */
function renderMore(answer: Answer, ctx: RenderContext): Reply {
  const rest = answer.excerpts.slice(EXCERPTS_SHOWN);
  const shownSpans = answer.excerpts.slice(0, EXCERPTS_SHOWN);
  const extra = answer.retrieved.filter((r) => !shownSpans.some((e) => containsSpan(r, e)));
  const passageExcerpt = (r: RetrievedPassage): Excerpt => {
    const src = ctx.sources.find((s) => s.id === r.docId);
    return { ...r, title: src?.title ?? r.docId, url: src?.url ?? null };
  };
  const shown = [...rest, ...extra.map(passageExcerpt)].slice(0, 8);
  const fields = shown.map((e, i) => excerptField(e, i < rest.length ? `[${EXCERPTS_SHOWN + i + 1}]` : "•", ctx));
  // Shown again later (a button press), each quote is checked against its file then: see quoteCheck.ts.
  const quotes = shown.flatMap((e, field) => (e.kind === "note" ? [] : [{ field, path: e.path, text: e.text }]));
  const locale = localeOf(ctx);
  return {
    ephemeral: true,
    quotes,
    embeds: [
      fitEmbed({
        color: ACCENT.answer,
        title: say(locale, "more.title"),
        description: say(locale, fields.length === 0 ? "more.none" : "more.some"),
        fields,
      }),
    ],
  };
}

/** The answer while a model is still writing it: prose only; excerpts follow once they are verified. */
export function renderPartial(question: string, prose: string, locale: Locale = "en"): Reply {
  return {
    ephemeral: false,
    embeds: [],
    cards: [
      {
        tone: "answer",
        blocks: [
          { type: "title", text: question },
          { type: "text", pieces: [`${truncate(prose, 3000)} …`] },
          { type: "footer", text: say(locale, "answer.writing") },
        ],
      },
    ],
  };
}
