import type { CheckReport, CheckResult } from "../claims/types.js";
import { localDate, say } from "../messages/say.js";
import type { Block, Card } from "./card.js";
import { fitCards } from "./cardV2.js";
import { excerptBlock } from "./credit.js";
import { localeOf, type RenderContext } from "./renderContext.js";
import { notice, type Reply } from "./reply.js";
import { VERDICT_MARK } from "./verdictMarks.js";

/**
 * Verdicts side by side with the article's words (quoted) and the sources' side (our notes, with links): one card per
 * statement in its verdict's colour, all in one message; a message with nothing to check gets one private line.
 */
export function renderCheck(report: CheckReport, ctx: RenderContext, ephemeral: boolean): Reply {
  const locale = localeOf(ctx);
  if (report.results.length === 0) return notice(say(locale, "check.nothing"), true);
  const cards = report.results.map((r: CheckResult): Card => {
    const explanation = r.explanationCode ? say(locale, r.explanationCode) : r.explanation;
    const blocks: Block[] = [
      { type: "title", text: `${VERDICT_MARK[r.verdict]} ${say(locale, `verdict.${r.verdict}`)}` },
      { type: "text", pieces: [say(locale, "check.checked", { statement: r.statement })] },
      { type: "text", pieces: [explanation] },
      ...(r.verdict === "not_covered" ? [{ type: "text" as const, pieces: [say(locale, "check.try_ask")] }] : []),
      ...[...(r.articleExcerpt ? [r.articleExcerpt] : []), ...r.evidence].map((e) =>
        excerptBlock(e, "", ctx.sources, locale),
      ),
    ];
    return { tone: r.verdict, blocks };
  });
  const rest =
    report.unchecked > 0
      ? say(locale, report.unchecked === 1 ? "check.unchecked_one" : "check.unchecked_many", {
          checked: report.results.length,
          unchecked: report.unchecked,
        })
      : "";
  const footer = `${rest ? `${rest} · ` : ""}${say(locale, "check.footer", { date: localDate(ctx.asOf, locale) })}`;
  cards.at(-1)!.blocks.push({ type: "footer", text: footer });
  return { ephemeral, embeds: [], cards: fitCards(cards), locale };
}
