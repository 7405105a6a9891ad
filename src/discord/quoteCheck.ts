import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import { quoteChecker, type ReadFile } from "./cardQuotes.js";
import type { Reply } from "./reply.js";

/**
 * A stored reply (a "More excerpts" pressed minutes or a day later) checked against the files as they are now.
 * Words no longer in their file are not shown in quotation marks: the field says the source changed since the
 * answer, and keeps only its credit line. A reply whose quotes all still stand is returned unchanged.
 */
export async function recheckQuotes(reply: Reply, locale: Locale, read?: ReadFile): Promise<Reply> {
  const [embed, ...rest] = reply.embeds;
  if (!reply.quotes?.length || !embed?.fields) return reply;
  const stands = quoteChecker(read);
  const fields = [...embed.fields];
  let changed = false;
  for (const quote of reply.quotes) {
    const field = fields[quote.field];
    if (!field) continue;
    if (await stands(quote.path, quote.text)) continue;
    const credit = field.value.lastIndexOf("\n— ");
    fields[quote.field] = {
      ...field,
      value: `${say(locale, "more.source_changed")}${credit >= 0 ? field.value.slice(credit) : ""}`,
    };
    changed = true;
  }
  return changed ? { ...reply, embeds: [{ ...embed, fields }, ...rest] } : reply;
}
