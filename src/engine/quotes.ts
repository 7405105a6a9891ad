import type { Sentence } from "../knowledge/types.js";
import type { Corpus } from "./corpus.js";
import type { Quote } from "./types.js";

export function quoteOf(corpus: Corpus, docId: string, span: Sentence): Quote {
  const doc = corpus.docById.get(docId);
  return {
    text: span.text,
    docId,
    title: doc?.title ?? docId,
    url: doc?.url ?? null,
    path: doc?.path ?? "",
    start: span.start,
    end: span.end,
  };
}

/** True only when the quote is, character for character, the text at its offsets in its knowledge file. */
export function isVerbatim(corpus: Corpus, quote: Quote): boolean {
  const doc = corpus.docById.get(quote.docId);
  return !!doc && doc.path === quote.path && quote.text.length > 0 && doc.text.slice(quote.start, quote.end) === quote.text;
}

/**
 * Finds `text` in a document and returns it as a Quote with exact offsets, or null when the document does not say it.
 * White space may differ (a model may re-wrap lines); every other character must match.
 */
export function locateQuote(corpus: Corpus, docId: string, text: string): Quote | null {
  const doc = corpus.docById.get(docId);
  const wanted = text.trim();
  if (!doc || wanted.length < 8) return null;
  const exact = doc.text.indexOf(wanted, doc.bodyStart);
  if (exact >= 0) return quoteOf(corpus, docId, { text: wanted, start: exact, end: exact + wanted.length });
  const pattern = new RegExp(wanted.split(/\s+/).map(escapeRegExp).join("\\s+"));
  const m = pattern.exec(doc.text.slice(doc.bodyStart));
  if (!m) return null;
  const start = doc.bodyStart + m.index;
  return quoteOf(corpus, docId, { text: m[0], start, end: start + m[0].length });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * After some quotes were dropped, points each [n] in `text` at the quote's new number, and removes markers whose
 * quote is gone. `kept[i]` is the old 0-based index of the new quote i.
 */
export function renumberCitations(text: string, kept: readonly number[]): string {
  const map = new Map(kept.map((old, i) => [old + 1, i + 1]));
  return text.replace(/\s?\[(\d+)\]/g, (m, n: string) => {
    const to = map.get(Number(n));
    return to ? m.replace(n, String(to)) : "";
  });
}

/** Numbers quotes in the order the answer first cites them ([1] first), uncited quotes last. */
export function orderByCitation(answer: string, quotes: readonly Quote[]): { answer: string; quotes: Quote[] } {
  const order: number[] = [];
  for (const m of answer.matchAll(/\[(\d+)\]/g)) {
    const i = Number(m[1]) - 1;
    if (i >= 0 && i < quotes.length && !order.includes(i)) order.push(i);
  }
  quotes.forEach((_, i) => order.includes(i) || order.push(i));
  if (order.every((old, i) => old === i)) return { answer, quotes: [...quotes] };
  return { answer: renumberCitations(answer, order), quotes: order.map((i) => quotes[i]!) };
}
