/** A verbatim excerpt of a knowledge file: `text === file.slice(start, end)` is checked before it is shown. */
export interface Quote {
  text: string;
  docId: string;
  title: string;
  url: string | null;
  /** The knowledge file, relative to the project root. */
  path: string;
  start: number;
  end: number;
}

export interface RetrievedPassage {
  docId: string;
  path: string;
  text: string;
  score: number;
}

/** Why a question got no answer. Input problems concern only the asker; the others are about the question. */
export type DeclineReason = "empty" | "too_long" | "no_words" | "language" | "off_topic" | "misuse";

/** The one answer type every caller (Discord, console, CLI, evaluation) receives. */
export interface Answer {
  question: string;
  declined: boolean;
  declineReason?: DeclineReason;
  /** Prose with [n] markers that refer to `quotes[n-1]`. */
  answer: string;
  quotes: Quote[];
  retrieved: RetrievedPassage[];
  mode: "extractive" | "generated";
  timings: { retrieveMs: number; answerMs: number; totalMs: number };
  /** Short remarks for the reader, e.g. that the quick answer was used because the model failed. */
  notes?: string[];
}

/** A catch-up for newcomers: sections of bullets, each bullet backed by the quote at `quote`. */
export interface Summary {
  /** `lead` (optional) comes before the quote, e.g. a verdict on the article's words. */
  sections: Array<{ heading: string; bullets: Array<{ lead?: string; quote: number }> }>;
  quotes: Quote[];
  asOf: string;
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string | null;
  published: string;
  url: string | null;
  note: string | null;
  kind: "article" | "note" | "source";
}
