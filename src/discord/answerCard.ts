import type { AnswerLine, Excerpt, Remark } from "../engine/types.js";
import type { Locale } from "../messages/locale.js";
import { localDate, say } from "../messages/say.js";
import type { Block, Card, Piece } from "./card.js";
import { excerptBlock } from "./credit.js";
import type { RenderContext } from "./renderContext.js";
import { VERDICT_MARK } from "./verdictMarks.js";

/** Excerpts shown on the card; further passages wait behind "More excerpts". */
export const EXCERPTS_SHOWN = 3;

/** What the answer card is drawn from: the engine's answer, line by line. */
export interface AnswerView {
  question: string;
  lines: readonly AnswerLine[];
  excerpts: readonly Excerpt[];
  mode: "extractive" | "generated";
}

/** [n] markers in prose, each a link to its excerpt's source where it stands; without an address, plain. */
function withCitations(text: string, excerpts: readonly Excerpt[]): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const url = excerpts[Number(m[1]) - 1]?.url;
    if (!url) continue;
    out.push(text.slice(last, m.index), { text: m[0], url });
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => typeof p !== "string" || p.length > 0);
}

/** A line's citations after it, as links: " [1] [2]". */
function citations(cites: readonly number[], excerpts: readonly Excerpt[]): Piece[] {
  return cites.flatMap((n) => {
    const url = excerpts[n - 1]?.url;
    return [" ", url ? { text: `[${n}]`, url } : `[${n}]`];
  });
}

/** The bot's remark in the reader's language. */
const remarkText = (r: Remark, locale: Locale): string => say(locale, r.code, r.values);

/**
 * An answer as evidence cards: the answer card (the question, the model's prose when there is some, one block per
 * excerpt, the bot's remarks and how it was made) and, when the answer is about a checked claim, the fact check as
 * a card of its own in the verdict's colour. The excerpt blocks are the answer's excerpts, one for one, in order.
 */
export function answerCards(answer: AnswerView, ctx: RenderContext): Card[] {
  const locale = ctx.locale ?? "en";
  const blocks: Block[] = [{ type: "title", text: answer.question }];
  for (const line of answer.lines)
    if (line.kind === "prose") blocks.push({ type: "text", pieces: withCitations(line.text, answer.excerpts) });
  blocks.push(
    ...answer.excerpts.slice(0, EXCERPTS_SHOWN).map((e, i) => excerptBlock(e, `[${i + 1}]`, ctx.sources, locale)),
  );
  for (const line of answer.lines)
    if (line.kind === "remark") blocks.push({ type: "small", pieces: [remarkText(line, locale)] });
  const mode = say(locale, answer.mode === "generated" ? "answer.by_model" : "answer.word_for_word");
  blocks.push({
    type: "footer",
    text: `${mode} · ${say(locale, "answer.as_of", { date: localDate(ctx.asOf, locale) })}`,
  });
  const checks: Card[] = answer.lines.flatMap((line) =>
    line.kind === "fact_check"
      ? [
          {
            tone: line.verdict,
            blocks: [
              {
                type: "title",
                text: `${VERDICT_MARK[line.verdict]} ${say(locale, "card.fact_check", { verdict: say(locale, `verdict.${line.verdict}`) })}`,
              },
              { type: "text", pieces: [line.text, ...citations(line.cites, answer.excerpts)] },
            ],
          } satisfies Card,
        ]
      : [],
  );
  return [{ tone: "answer", blocks }, ...checks];
}
