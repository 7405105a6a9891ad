import type { DocKind } from "../knowledge/types.js";
import type { Excerpt } from "../text/excerpts.js";
import type { AnswerLine } from "./lines.js";

export type { Excerpt } from "../text/excerpts.js";
export type { AnswerLine, Remark, RemarkCode } from "./lines.js";

export interface RetrievedPassage {
  docId: string;
  kind: DocKind;
  path: string;
  text: string;
  start: number;
  end: number;
  score: number;
}

/**
 * Why a question got no answer. Input problems concern only the asker; the others are about the question: off the
 * story, misuse, or something no document can answer (live data, the future, how-to, advice).
 */
export type DeclineReason =
  | "empty"
  | "too_long"
  | "no_words"
  | "language"
  | "off_topic"
  | "misuse"
  | "live"
  | "future"
  | "howto"
  | "advice"
  | "greeting"
  | "thanks";

/** The one answer type every caller (Discord, console, CLI, evaluation) receives. */
export interface Answer {
  question: string;
  declined: boolean;
  declineReason?: DeclineReason;
  /**
   * The answer, line by line, as data: each line's kind, words and citations ([n] refers to `excerpts[n-1]`), and the
   * bot's own remarks as catalogue codes. Every renderer words it in its reader's language from these.
   */
  lines: AnswerLine[];
  /**
   * The lines as one plain English text with [n] markers (a decline: why, in English), written from `lines` once: for
   * the CLI, the evaluation, logs and a model's view of an earlier turn. No renderer reads it back.
   */
  answer: string;
  /** What the answer rests on, at most three, each verified word for word against its file. */
  excerpts: Excerpt[];
  /** On a decline: questions from the asked: lists that the bot can answer instead. */
  suggestions: string[];
  retrieved: RetrievedPassage[];
  mode: "extractive" | "generated";
  timings: { retrieveMs: number; answerMs: number; totalMs: number };
  /** What the question was read as being about (the names it asks about, its own or borrowed): a follow-up's context. */
  subject: string[];
  /** The subject came from the conversation's earlier question, since this one named none ("and on monday?"). */
  borrowedSubject?: boolean;
  /** The asked: question the answer answers, when the asker's own words were declined but this one says the same. */
  readAs?: string;
  /** How sure the fitted decision was that the extractive answer is right (declined below its threshold). */
  confidence?: { p: number; features: Record<string, number> };
}

/** One earlier question of a conversation (a follow-up thread), as the next question reads it. */
export interface Turn {
  question: string;
  /** The names it was about (Answer.subject): a follow-up without a subject of its own borrows these. */
  subject: readonly string[];
  /** The start of its answer, for a model's prompt. */
  answer: string;
}

/** A bullet assembled from the documents: the excerpt at `excerpt`, after an optional `lead` (a verdict on it). */
export interface ExcerptBullet {
  lead?: string;
  excerpt: number;
}

/** A bullet an editor wrote in our words, with the documents it rests on (article first, then notes, as cited). */
export interface WrittenBullet {
  text: string;
  /** Ids of the cited documents, each once, in the order cited. */
  docs: string[];
  /** Ids of the claims (claims.yaml) whose verdicts it states. */
  claims: string[];
}

/**
 * A catch-up for newcomers. `written` when it comes from knowledge/summary.md (our words, every bullet citing what
 * it rests on); `automatic` when there is no such file and it is assembled from verified excerpts.
 */
export interface Summary {
  origin: "written" | "automatic";
  title: string;
  sections: Array<{ heading: string; bullets: Array<ExcerptBullet | WrittenBullet> }>;
  excerpts: Excerpt[];
  asOf: string;
}

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string | null;
  published: string;
  url: string | null;
  urlScope: "page" | "site";
  kind: DocKind;
  /** One line in our words on what the bot holds from it (for /sources). */
  about: string;
}
