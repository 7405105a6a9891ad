import type { Excerpt, SourceInfo } from "../engine/types.js";
import type { CommandName } from "../messages/commandNames.js";
import type { MessageKey } from "../messages/en.js";
import type { Locale } from "../messages/locale.js";
import { CATALOGUES, localDate, localName, PLACEHOLDER, say } from "../messages/say.js";
import type { ExcerptBlock, Piece } from "./card.js";

/** A catalogue message as pieces: a {value} given as pieces (a link) stands where the message puts it. */
function sayPieces(
  locale: Locale,
  key: MessageKey,
  vars: Readonly<Record<string, string | number | Piece[]>>,
): Piece[] {
  const raw = CATALOGUES[locale][key];
  const out: Piece[] = [];
  let last = 0;
  for (const m of raw.matchAll(PLACEHOLDER)) {
    out.push(raw.slice(last, m.index));
    const [, slash, name] = m as unknown as [string, string, string];
    const value = vars[name];
    if (slash) out.push(`/${localName(name as CommandName, locale)}`);
    else if (Array.isArray(value)) out.push(...value);
    else out.push(String(value ?? ""));
    last = m.index + m[0].length;
  }
  out.push(raw.slice(last));
  return out.filter((p) => typeof p !== "string" || p.length > 0);
}

/** A source's name, linked; a link that only reaches the site says so. */
export function linkedName(src: SourceInfo | undefined, title: string, url: string | null, locale: Locale): Piece[] {
  const name = src?.title ?? title;
  if (!url) return [name];
  if (src?.urlScope === "site") {
    const site = say(locale, "answer.site_link", { host: new URL(url).hostname.replace(/^www\./, "") });
    return [`${name} (`, { text: site, url }, ")"];
  }
  return [{ text: name, url }];
}

type Shown = Pick<Excerpt, "kind" | "docId" | "title" | "url">;

/** Who said it, by kind: the article and sources speak for themselves; a note is ours, about its source. */
export function credit(e: Shown, sources: readonly SourceInfo[], locale: Locale): Piece[] {
  const src = sources.find((s) => s.id === e.docId);
  const date = src ? localDate(src.published, locale) : "";
  if (e.kind === "article") {
    const says = say(locale, "answer.article_credit", { date });
    return e.url ? [{ text: says, url: e.url }] : [says];
  }
  const by = src?.publisher ? `${src.publisher}, ` : "";
  const name: Piece[] = [...linkedName(src, e.title, e.url, locale), ` (${by}${date})`];
  return e.kind === "note" ? sayPieces(locale, "answer.note_credit", { name }) : name;
}

/**
 * One excerpt as a card block. The article and sources stand in quotation marks: their exact words. A note is
 * never quoted: it is shown as our note on its source, with the source's link.
 */
export function excerptBlock(
  e: Shown & Pick<Excerpt, "text" | "path">,
  label: string,
  sources: readonly SourceInfo[],
  locale: Locale,
): ExcerptBlock {
  const key =
    e.kind === "note" ? "answer.from_notes" : e.kind === "article" ? "answer.article_says" : "answer.source_says";
  return {
    type: "excerpt",
    says: `${label ? `${label} ` : ""}${say(locale, key)}`,
    quoted: e.kind !== "note",
    text: e.text,
    credit: credit(e, sources, locale),
    checked: say(locale, "card.checked", { file: e.path }),
    url: e.url,
  };
}
