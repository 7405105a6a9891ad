import type { DatePrecision } from "../knowledge/frontMatter.js";

/** What an extractor found in a page: its own words, in its own order, and what it says about itself. */
export interface Extracted {
  title: string | null;
  siteName: string | null;
  /** The page's own publication date as far as its metadata gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: { date: string; precision: DatePrecision } | null;
  /** Block by block: "## " marks a heading, "- " a list item; everything else is the text as the page has it. */
  paragraphs: string[];
}

/** Reads a metadata date, keeping only as much as it states: "2025-01" stays a month, a timestamp becomes its day. */
export function readDate(value: string | null | undefined): Extracted["published"] {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(text);
  if (iso) {
    const [, y, m, d] = iso;
    if (d) return { date: `${y}-${m}-${d}`, precision: "day" };
    if (m) return { date: `${y}-${m}`, precision: "month" };
    return { date: y!, precision: "year" };
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : { date: new Date(parsed).toISOString().slice(0, 10), precision: "day" };
}

/** Characters of body text: markers added for headings and list items do not count. */
export function textLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.replace(/^(## |- )/, "").length, 0);
}
