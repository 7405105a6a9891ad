import type { DocKind, KnowledgeDoc, Span } from "../knowledge/types.js";
import { escapeRegExp } from "./regex.js";

/**
 * A span of a knowledge file shown to a reader: `text === file.slice(start, end)` is checked before it is shown.
 * Its `kind` decides how: the article and sources are quoted, notes are shown as our notes on their source.
 */
export interface Excerpt {
  kind: DocKind;
  text: string;
  docId: string;
  title: string;
  url: string | null;
  /** The knowledge file, relative to the project root. */
  path: string;
  start: number;
  end: number;
}

export type Docs = ReadonlyMap<string, KnowledgeDoc>;

export function excerptOf(docs: Docs, docId: string, span: Span & { text: string }): Excerpt {
  const doc = docs.get(docId);
  return {
    kind: doc?.kind ?? "note",
    text: span.text,
    docId,
    title: doc?.title ?? docId,
    url: doc?.url ?? null,
    path: doc?.path ?? "",
    start: span.start,
    end: span.end,
  };
}

/** True only when the excerpt is, character for character, the text at its offsets in its file, outside asked: lists. */
export function isVerbatim(docs: Docs, excerpt: Excerpt): boolean {
  const doc = docs.get(excerpt.docId);
  if (!doc || doc.path !== excerpt.path || doc.kind !== excerpt.kind || excerpt.text.length === 0) return false;
  if (excerpt.start < doc.bodyStart || doc.hidden.some((h) => excerpt.start < h.end && h.start < excerpt.end))
    return false;
  return doc.text.slice(excerpt.start, excerpt.end) === excerpt.text;
}

/**
 * Finds `text` in a document and returns it as an excerpt with exact offsets, or null when the document does not
 * say it. White space may differ (a model may re-wrap lines); every other character must match.
 */
export function locateExcerpt(docs: Docs, docId: string, text: string): Excerpt | null {
  const doc = docs.get(docId);
  const wanted = text.trim();
  if (!doc || wanted.length < 8) return null;
  const exact = doc.text.indexOf(wanted, doc.bodyStart);
  const found = exact >= 0 ? { start: exact, text: wanted } : fuzzyFind(doc, wanted);
  if (!found) return null;
  const excerpt = excerptOf(docs, docId, { ...found, end: found.start + found.text.length });
  return isVerbatim(docs, excerpt) ? excerpt : null;
}

function fuzzyFind(doc: KnowledgeDoc, wanted: string): { start: number; text: string } | null {
  const pattern = new RegExp(wanted.split(/\s+/).map(escapeRegExp).join("\\s+"));
  const m = pattern.exec(doc.text.slice(doc.bodyStart));
  return m ? { start: doc.bodyStart + m.index, text: m[0] } : null;
}

/** `a` holds all of `b`: the same span, or a longer one around it. */
export function containsSpan(a: Span & { path: string }, b: Span & { path: string }): boolean {
  return a.path === b.path && a.start <= b.start && b.end <= a.end;
}

export function overlapsSpan(a: Span & { path: string }, b: Span & { path: string }): boolean {
  return a.path === b.path && a.start < b.end && b.start < a.end;
}
