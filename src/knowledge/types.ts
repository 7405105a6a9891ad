/** One file of `knowledge/`: its front matter, and the whole text so quotes can be checked against it. */
export interface KnowledgeDoc {
  id: string;
  title: string;
  publisher: string | null;
  authors: string | null;
  /** The document's own date, YYYY-MM-DD. */
  published: string;
  /** Null only for the article, whose original address is not known. */
  url: string | null;
  /** Caveats about the address or date, shown next to the source (e.g. "URL unverified"). */
  note: string | null;
  kind: "article" | "note" | "source";
  /** When the note's facts were last checked, YYYY-MM-DD. */
  asOf: string;
  /** The file, relative to the project root, with forward slashes. */
  path: string;
  /** The whole file as read; every offset refers to this text. */
  text: string;
  /** Where the body starts, just after the front matter. */
  bodyStart: number;
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
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}
