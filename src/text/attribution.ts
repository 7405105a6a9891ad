import type { KnowledgeDoc } from "../knowledge/types.js";
import type { Excerpt } from "./excerpts.js";
import { remembered } from "./remembered.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2025-01-27" -> "27 Jan 2025"; a date known only to the month or year shows only that: "Jan 2025", "2025".
 * Remembered: every excerpt of every answer labels its source with one of a knowledge base's few dates.
 */
export const formatDate = remembered((iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number);
  if (y && m && d) return `${d} ${MONTHS[m - 1]} ${y}`;
  if (y && m) return `${MONTHS[m - 1]} ${y}`;
  return iso;
}, 1_000);

type DocInfo = Pick<KnowledgeDoc, "title" | "publisher" | "published" | "kind">;

/**
 * "DeepSeek-V3 Technical Report (arXiv, 27 Dec 2024)"; the article is "the article (27 Jan 2025)". `date` writes the
 * date (another language's renderer writes it its own way).
 */
export function sourceLabel(doc: DocInfo, date: (iso: string) => string = formatDate): string {
  if (doc.kind === "article") return `the article (${date(doc.published)})`;
  return `${doc.title} (${doc.publisher ? `${doc.publisher}, ` : ""}${date(doc.published)})`;
}

/**
 * How an excerpt is introduced, by kind. The article and sources are quoted: what stands in quotation marks is
 * exactly what they say. A note is our summary of its source, so it is never quoted and never credited as the
 * source's own words.
 */
export function attribution(excerpt: Pick<Excerpt, "kind">, doc: DocInfo): { lead: string; quoted: boolean } {
  if (excerpt.kind === "article") return { lead: "The article says:", quoted: true };
  if (excerpt.kind === "source") return { lead: `${sourceLabel(doc)} says:`, quoted: true };
  return { lead: `From our notes on ${sourceLabel(doc)}:`, quoted: false };
}

/** One line of an answer: the excerpt with its attribution, quoted only when it is the document's own words. */
export function evidenceLine(excerpt: Excerpt, doc: DocInfo): string {
  const { lead, quoted } = attribution(excerpt, doc);
  return `${lead} ${quoted ? `“${excerpt.text}”` : excerpt.text}`;
}
