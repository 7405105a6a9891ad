/** The three kinds of document, and how each may be shown: the article and sources verbatim, notes as our notes. */
export type DocKind = "article" | "note" | "source";
export const DOC_KINDS = ["article", "note", "source"] as const satisfies readonly DocKind[];

/** Kinds whose words are the document's own and may stand in quotation marks. */
export function isQuotable(kind: DocKind): boolean {
  return kind !== "note";
}

/** One file of `knowledge/`: its front matter, and the whole text so excerpts can be checked against it. */
export interface KnowledgeDoc {
  id: string;
  title: string;
  publisher: string | null;
  authors: string | null;
  /** The document's own date as far as it is known: YYYY-MM-DD, YYYY-MM or YYYY. */
  published: string;
  /** Null only for the article, whose original address is not known. */
  url: string | null;
  /** "site" when only the site is known, not the exact page. */
  urlScope: "page" | "site";
  /** Caveats about the address or date, shown next to the source (e.g. "URL unverified"). */
  note: string | null;
  kind: DocKind;
  /** When the facts were last checked, YYYY-MM-DD. */
  asOf: string;
  /** The file, relative to the project root, with forward slashes. */
  path: string;
  /** The whole file as read; every offset refers to this text. */
  text: string;
  /** Where the body starts, just after the front matter. */
  bodyStart: number;
  /** Spans of the body that are not content (asked: lists): never chunked, quoted or searched as text. */
  hidden: readonly Span[];
  /** Questions people ask that parts of this document answer (from asked: lists). */
  asked: readonly AskedQuestion[];
}

export interface Span {
  start: number;
  end: number;
}

/**
 * A question from an asked: list. `target` is the part of the file it is about: a whole section of a note, or the
 * phrase that identifies a paragraph of the article or a source.
 */
export interface AskedQuestion {
  text: string;
  docId: string;
  target: Span;
  /** Line of the file it was written on, for messages. */
  line: number;
}

/** A retrievable span of one document: whole sentences, with offsets into the file text. */
export interface Passage {
  id: string;
  docId: string;
  heading: string | null;
  text: string;
  start: number;
  end: number;
  /** The passage's sentences, offsets again into the file text. */
  sentences: Sentence[];
  /** A sentence longer than the passage cap had to be cut (at a clause or a word) to make this passage. */
  cutMidSentence?: boolean;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A problem found in a knowledge file; `line` when it can be placed. */
export interface LineProblem {
  line?: number;
  problem: string;
}

/** The same, naming the file. */
export interface FileProblem extends LineProblem {
  file: string;
}
