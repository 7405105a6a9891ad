import { Document, parseDocument as parseYaml } from "yaml";
import { bodyHash } from "../knowledge/contentHash.js";
import { parseDocument } from "../knowledge/load.js";
import type { KnowledgeDoc } from "../knowledge/types.js";
import { IngestError } from "./errors.js";
import type { Extracted } from "./extracted.js";

export interface SourceFacts {
  id: string;
  url: URL;
  extracted: Extracted;
  /** The day of the fetch, YYYY-MM-DD. */
  fetched: string;
}

/** A source's body: one block per paragraph, blank lines between, exactly the words extracted. */
function renderBody(paragraphs: readonly string[]): string {
  return `${paragraphs.join("\n\n")}\n`;
}

/** The blocks of a source's body, as renderBody wrote them (line endings as an editor may have left them). */
export function bodyParagraphs(body: string): string[] {
  return body
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The whole file for a newly fetched source. Its own date is written only as far as the page states it; a page that
 * states none gets the day it was fetched, with a note saying so (a made-up day shown as fact is worse).
 */
export function renderSourceFile({ id, url, extracted, fetched }: SourceFacts): string {
  const body = renderBody(extracted.paragraphs);
  const meta = {
    id,
    kind: "source",
    title: extracted.title ?? url.hostname,
    publisher: extracted.siteName ?? url.hostname.replace(/^www\./, ""),
    published: extracted.published?.date ?? fetched,
    published_precision: extracted.published?.precision ?? "day",
    ...(extracted.published ? {} : { date_note: "the page states no date; this is the day it was fetched" }),
    as_of: fetched,
    fetched,
    url: url.href,
    content_hash: bodyHash(body),
  };
  return `---\n${new Document(meta).toString({ lineWidth: 0 })}---\n${body}`;
}

/** The same file with a new body: fetched, as_of and content_hash follow the text; every other key stays as written. */
export function replaceBody(text: string, bodyStart: number, paragraphs: readonly string[], fetched: string): string {
  const body = renderBody(paragraphs);
  const front = parseYaml(text.slice(0, bodyStart).replace(/^---\r?\n|---\r?\n$/g, ""));
  front.set("as_of", fetched);
  front.set("fetched", fetched);
  front.set("content_hash", bodyHash(body));
  return `---\n${front.toString({ lineWidth: 0 })}---\n${body}`;
}

/** Parses the text as the bot would, so a file that would not load is never written. */
export function validated(path: string, text: string): KnowledgeDoc {
  const result = parseDocument(path, text);
  if ("doc" in result) return result.doc;
  const [first] = result.problems;
  throw new IngestError(`the source would not load (${first?.problem ?? "invalid"}); nothing was written`);
}
