import type { KnowledgeDoc } from "../knowledge/types.js";
import type { Answer, SourceInfo } from "./types.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-01-27" -> "27 Jan 2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d ? `${d} ${MONTHS[m - 1]} ${y}` : iso;
}

/** How a source is named next to its quote: "DeepSeek-V3 Technical Report (arXiv, 27 Dec 2024)". */
export function sourceLabel(doc: Pick<KnowledgeDoc, "title" | "publisher" | "published" | "kind">): string {
  if (doc.kind === "article") return `The article (${formatDate(doc.published)})`;
  const by = doc.publisher;
  return `${doc.title} (${by ? `${by}, ` : ""}${formatDate(doc.published)})`;
}

/**
 * The whole reply as plain text (answer, then each quote with its source): what the console prints and what the
 * evaluation matches against.
 */
export function answerText(answer: Answer, sources: readonly SourceInfo[]): string {
  const lines = [answer.answer];
  answer.quotes.forEach((q, i) => {
    const doc = sources.find((s) => s.id === q.docId);
    lines.push(`[${i + 1}] "${q.text}" (${doc ? sourceLabel(doc) : q.title})`);
  });
  for (const note of answer.notes ?? []) lines.push(`Note: ${note}`);
  return lines.join("\n");
}
