import { VERDICT_LABEL } from "../claims/types.js";
import type { Excerpt, SourceInfo } from "../engine/types.js";
import type { Locale } from "../messages/locale.js";
import { localDate, say } from "../messages/say.js";
import { attribution, sourceLabel } from "../text/attribution.js";

/**
 * An answer's lines in the reader's language where they are the bot's words: the engine introduces each excerpt
 * ("The article says:", "From our notes on X (publisher, date):") and its fact check ("Fact check (Supported):") in
 * English, and here each such start of a line is said again in the reader's language. The excerpts themselves, and
 * the explanations written in the claims file, stay as written.
 */
export function localLeads(
  text: string,
  excerpts: readonly Excerpt[],
  sources: readonly SourceInfo[],
  locale: Locale,
): string {
  if (locale === "en") return text;
  const leads = new Map<string, string>();
  for (const e of excerpts) {
    const src = sources.find((s) => s.id === e.docId);
    if (!src) continue;
    const english = attribution(e, src).lead;
    const label = sourceLabel(src, (iso) => localDate(iso, locale));
    leads.set(
      english,
      e.kind === "article"
        ? say(locale, "lead.article_says")
        : say(locale, e.kind === "source" ? "lead.source_says" : "lead.from_notes_on", { source: label }),
    );
  }
  for (const [verdict, name] of Object.entries(VERDICT_LABEL))
    leads.set(
      `Fact check (${name}):`,
      say(locale, "lead.fact_check", { verdict: say(locale, `verdict.${verdict as keyof typeof VERDICT_LABEL}`) }),
    );
  return text
    .split("\n")
    .map((line) => {
      for (const [english, local] of leads) if (line.startsWith(english)) return local + line.slice(english.length);
      return line;
    })
    .join("\n");
}
