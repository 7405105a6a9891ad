import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Locale } from "../messages/locale.js";
import { say } from "../messages/say.js";
import type { Block } from "./card.js";
import type { Reply } from "./reply.js";

/** Reads a knowledge file by the path an excerpt records (relative to where the bot runs); null when it is gone. */
export type ReadFile = (path: string) => Promise<string | null>;

const readCurrent: ReadFile = (path) => readFile(resolve(path), "utf8").catch(() => null);

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * A stored card reply (a "More excerpts" pressed minutes or a day later) checked against the files as they are now.
 * An excerpt whose words are no longer in its file is no longer quoted or marked as checked: it says the source
 * changed since the answer, and keeps its credit and link. A reply whose quotes all still stand is returned unchanged.
 * (Replies kept before cards, as embeds, are checked by quoteCheck.ts.)
 */
export async function recheckCardQuotes(reply: Reply, locale: Locale, read: ReadFile = readCurrent): Promise<Reply> {
  const [card, ...rest] = reply.cards ?? [];
  if (!reply.quotes?.length || !card) return reply;
  const files = new Map<string, Promise<string | null>>();
  const blocks: Block[] = [...card.blocks];
  let changed = false;
  for (const quote of reply.quotes) {
    const block = blocks[quote.field];
    if (block?.type !== "excerpt") continue;
    if (!files.has(quote.path))
      files.set(
        quote.path,
        read(quote.path).then((t) => (t === null ? null : squeeze(t))),
      );
    const current = await files.get(quote.path)!;
    if (current?.includes(squeeze(quote.text))) continue;
    blocks[quote.field] = { ...block, quoted: false, text: say(locale, "more.source_changed"), checked: "" };
    changed = true;
  }
  return changed ? { ...reply, cards: [{ ...card, blocks }, ...rest] } : reply;
}
