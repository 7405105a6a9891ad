import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Reply } from "./reply.js";

/** Reads a knowledge file by the path an excerpt records (relative to where the bot runs); null when it is gone. */
type ReadFile = (path: string) => Promise<string | null>;

const readCurrent: ReadFile = (path) => readFile(resolve(path), "utf8").catch(() => null);

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A stored reply (a "More excerpts" pressed minutes or a day later) checked against the files as they are now.
 * Words no longer in their file are not shown in quotation marks: the field says the source changed since the
 * answer, and keeps only its credit line. A reply whose quotes all still stand is returned unchanged.
 */
export async function recheckQuotes(reply: Reply, locale: Locale, read: ReadFile = readCurrent): Promise<Reply> {
  const [embed, ...rest] = reply.embeds;
  if (!reply.quotes?.length || !embed?.fields) return reply;
  const files = new Map<string, Promise<string | null>>();
  const fields = [...embed.fields];
  let changed = false;
  for (const quote of reply.quotes) {
    const field = fields[quote.field];
    if (!field) continue;
    if (!files.has(quote.path))
      files.set(
        quote.path,
        read(quote.path).then((t) => (t === null ? null : squeeze(t))),
      );
    const current = await files.get(quote.path)!;
    if (current?.includes(squeeze(quote.text))) continue;
    const credit = field.value.lastIndexOf("\n— ");
    fields[quote.field] = {
      ...field,
      value: `${say(locale, "more.source_changed")}${credit >= 0 ? field.value.slice(credit) : ""}`,
    };
    changed = true;
  }
  return changed ? { ...reply, embeds: [{ ...embed, fields }, ...rest] } : reply;
}
