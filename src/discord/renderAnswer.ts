import { MAX_QUESTION_CHARS } from "../engine/input.js";
import type { Answer, Excerpt, RetrievedPassage } from "../engine/types.js";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { containsSpan } from "../text/excerpts.js";
import { answerCards, EXCERPTS_SHOWN } from "./answerCard.js";
import type { Block } from "./card.js";
import { fitCards } from "./cardV2.js";
import { excerptBlock } from "./credit.js";
import { LIMITS, truncate } from "./limits.js";
import { inert } from "./neutralise.js";
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
  const text = (made: (s: string) => string) => {
    const tries = answer.suggestions.length
      ? `\n\n${say(locale, "decline.you_could_ask")}\n${answer.suggestions.map((q) => `• ${made(q)}`).join("\n")}`
      : "";
    return truncate(`${made(declineText(answer, ctx))}${tries}`, LIMITS.content);
  };
  return { ...notice(text(inert), true), contentText: text((s) => s) };
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
 * The private reply behind "More excerpts", as a card: further passages retrieved for the question, each an excerpt
 * shown by its kind (quoted when it is a document's words, our note otherwise).
 */
function renderMore(answer: Answer, ctx: RenderContext): Reply {
  const rest = answer.excerpts.slice(EXCERPTS_SHOWN);
  const shownSpans = answer.excerpts.slice(0, EXCERPTS_SHOWN);
  const extra = answer.retrieved.filter((r) => !shownSpans.some((e) => containsSpan(r, e)));
  const passageExcerpt = (r: RetrievedPassage): Excerpt => {
    const src = ctx.sources.find((s) => s.id === r.docId);
    return { ...r, title: src?.title ?? r.docId, url: src?.url ?? null };
  };
  const shown = [...rest, ...extra.map(passageExcerpt)].slice(0, 8);
  const locale = localeOf(ctx);
  const head: Block[] = [
    { type: "title", text: say(locale, "more.title") },
    { type: "text", pieces: [say(locale, shown.length === 0 ? "more.none" : "more.some")] },
  ];
  const excerpts = shown.map((e, i) =>
    excerptBlock(e, i < rest.length ? `[${EXCERPTS_SHOWN + i + 1}]` : "•", ctx.sources, locale),
  );
  // Shown again later (a button press), each quote is checked against its file then (see cardQuotes.ts): its place
  // is its excerpt's block in the card.
  const quotes = shown.flatMap((e, i) =>
    e.kind === "note" ? [] : [{ field: head.length + i, path: e.path, text: e.text }],
  );
  const cards = fitCards([{ tone: "answer", blocks: [...head, ...excerpts] }]);
  return { ephemeral: true, quotes, embeds: [], cards, locale };
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
