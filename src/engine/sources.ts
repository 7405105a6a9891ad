import type { KnowledgeDoc } from "../knowledge/types.js";
import type { SourceInfo } from "./types.js";

/** Topics named in a note's one line before the rest are counted: one line on a phone. */
const TOPICS_SHOWN = 2;

/**
 * Every document, as a reader sees it listed: who published it, when, where, and one line in our words on what the
 * bot holds from it. The line comes from the note's own section headings (our wording), never from its caveats about
 * how it was checked, which are working notes.
 */
export function listSources(docs: readonly KnowledgeDoc[]): SourceInfo[] {
  return docs.map((d) => ({
    id: d.id,
    title: d.title,
    publisher: d.publisher ?? d.authors,
    published: d.published,
    url: d.url,
    urlScope: d.urlScope,
    kind: d.kind,
    about: about(d),
  }));
}

function about(doc: KnowledgeDoc): string {
  if (doc.kind === "article") return "The story itself, quoted word for word.";
  if (doc.kind === "source") return "Held word for word, and quoted.";
  const topics = sectionHeadings(doc);
  if (topics.length === 0) return "Our notes on it.";
  const shown = topics.slice(0, TOPICS_SHOWN).join("; ");
  const more = topics.length - TOPICS_SHOWN;
  return `Our notes cover: ${shown}${more > 0 ? `; and ${more} more topic${more === 1 ? "" : "s"}` : ""}.`;
}

/** The note's "## " section headings: the topics it covers, as we worded them. */
function sectionHeadings(doc: KnowledgeDoc): string[] {
  return [...doc.text.slice(doc.bodyStart).matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!);
}
