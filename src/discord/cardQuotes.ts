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
 * Whether a quote's words still stand in its file, as it is now (white space aside); each file read once per reply.
 * Shared with the check of replies kept as embeds (quoteCheck.ts).
 */
export function quoteChecker(read: ReadFile = readCurrent): (path: string, text: string) => Promise<boolean> {
  const files = new Map<string, Promise<string | null>>();
  return async (path, text) => {
    if (!files.has(path))
      files.set(
        path,
        read(path).then((t) => (t === null ? null : squeeze(t))),
      );
    return (await files.get(path)!)?.includes(squeeze(text)) ?? false;
  };
}

/**
 * A stored card reply (a "More excerpts" pressed minutes or a day later) checked against the files as they are now.
 * An excerpt whose words are no longer in its file is no longer quoted or marked as checked: it says the source
 * changed since the answer, and keeps its credit and link. A reply whose quotes all still stand is returned unchanged.
 * (Replies kept before cards, as embeds, are checked by quoteCheck.ts.)
 */
export async function recheckCardQuotes(reply: Reply, locale: Locale, read: ReadFile = readCurrent): Promise<Reply> {
  const [card, ...rest] = reply.cards ?? [];
  if (!reply.quotes?.length || !card) return reply;
  const stands = quoteChecker(read);
  const blocks: Block[] = [...card.blocks];
  let changed = false;
  for (const quote of reply.quotes) {
    const block = blocks[quote.field];
    if (block?.type !== "excerpt") continue;
    if (await stands(quote.path, quote.text)) continue;
    blocks[quote.field] = { ...block, quoted: false, text: say(locale, "more.source_changed"), checked: "" };
    changed = true;
  }
  return changed ? { ...reply, cards: [{ ...card, blocks }, ...rest] } : reply;
}
