import { ClaimChecker } from "../claims/checker.js";
import type { CheckResult } from "../claims/types.js";
import { PassageRetriever, type PassageRanker } from "../retrieval/passageRetriever.js";
import { annotateClaims } from "./factCheck.js";
import { AnswerMemo } from "./memo.js";
import { buildAnswerChain, type AnswerStep, type ChainOutput, type Draft } from "./chain.js";
import type { Corpus } from "./corpus.js";
import { extractiveStep } from "./extractiveStep.js";
import { checkQuestion } from "./input.js";
import { isVerbatim, orderByCitation, renumberCitations } from "./quotes.js";
import { isMisuse } from "./scope.js";
import { buildSummary } from "./summary.js";
import type { Answer, DeclineReason, SourceInfo, Summary } from "./types.js";

export interface EngineOptions {
  corpus: Corpus;
  /** Passages handed to the answer step (and reported as `retrieved`). */
  k?: number;
  /** Replaces the extractive step (the language-model mode); built once at start. */
  answerStep?: (retriever: PassageRetriever, corpus: Corpus) => AnswerStep;
  vector?: PassageRanker | null;
  /** How many extractive answers to remember (0: none). */
  memoSize?: number;
  log?: (event: string, fields: Record<string, unknown>) => void;
}

/** The one answer pipeline: Discord, the console, the CLI and the evaluation all call `answer`. */
export interface AnswerOptions {
  /** Called with the answer's prose as it is written (language-model mode only); the final Answer still follows. */
  onPartial?: (prose: string) => void;
}

export interface Engine {
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** True when answers are written by a language model (slower, streamed). */
  readonly usesModel: boolean;
  summary(): Summary;
  sources(): SourceInfo[];
  /** Verdicts for the statements in `text` (one per sentence, up to three), from the claims file and the notes. */
  check(text: string): CheckResult[];
  /** The newest `as_of` date in the knowledge base. */
  readonly asOf: string;
  /** What the bot is about, from the article's title; used in declines and help. */
  readonly topic: string;
}

export function createEngine(options: EngineOptions): Engine {
  const { corpus } = options;
  const log = options.log ?? (() => {});
  const retriever = new PassageRetriever({
    index: corpus.index,
    docs: corpus.docById,
    k: options.k ?? 4,
    vector: options.vector ?? null,
    onVectorError: (error) => log("vector_ranking_failed", { error: String(error) }),
  });
  const step = (options.answerStep ?? extractiveStep)(retriever, corpus);
  const chain = buildAnswerChain(retriever, step);
  const article = corpus.docs.find((d) => d.kind === "article");
  const topic = article ? `"${article.title}"` : "this story";
  const sources: SourceInfo[] = corpus.docs.map(({ id, title, publisher, authors, published, url, note, kind }) => ({
    id, title, publisher: publisher ?? authors, published, url, note, kind,
  }));
  let summary: Summary | null = null;
  const checker = new ClaimChecker(corpus, corpus.claims);
  // Extractive answers depend only on the question and the corpus, so a busy server's repeated questions are
  // answered from memory. (Model answers have their own cache, with an expiry.)
  const memoSize = options.memoSize ?? 500;
  const memo = options.answerStep === undefined && memoSize > 0 ? new AnswerMemo(memoSize) : null;

  const declined = (question: string, reason: DeclineReason, message: string, start: number, partial?: Partial<Answer>): Answer => ({
    question,
    declined: true,
    declineReason: reason,
    answer: message,
    quotes: [],
    retrieved: partial?.retrieved ?? [],
    mode: "extractive",
    timings: partial?.timings ?? { retrieveMs: 0, answerMs: 0, totalMs: performance.now() - start },
  });

  const declineMessage = (reason: "off_topic" | "misuse") =>
    reason === "misuse"
      ? `I can't help with that. I only answer questions about ${topic}, using the article and the sources it relies on. Try /summary for a catch-up.`
      : `The story's documents don't cover that. I can answer questions about ${topic}: what it claims, and what its sources say about the same facts. Try /summary for a catch-up, or /sources to see what I've read.`;

  /** Runs the chain and checks what it drafted: quotes verbatim, citations renumbered, claims fact-checked. */
  async function compute(question: string, text: string, answerOptions: AnswerOptions, start: number): Promise<Answer> {
    const out: ChainOutput = await chain.invoke(
      { question: text },
      answerOptions.onPartial ? { configurable: { onPartial: answerOptions.onPartial } } : undefined,
    );
    const retrieved = out.context.map((d) => ({ docId: d.metadata.docId, path: d.metadata.path, text: d.pageContent, score: d.metadata.score }));
    const timing = () => {
      const end = performance.now();
      return { retrieveMs: out.retrievedAt - start, answerMs: end - out.retrievedAt, totalMs: end - start };
    };
    const draft: Draft = out.answer;
    if (draft.declined) return declined(question, draft.reason, declineMessage(draft.reason), start, { retrieved, timings: timing() });
    // Last line of defence: the answer step checked its quotes; nothing unverified is shown even if it did not.
    const kept = draft.quotes.flatMap((q, i) => (isVerbatim(corpus, q) ? [i] : []));
    const quotes = kept.map((i) => draft.quotes[i]!);
    if (quotes.length === 0) return declined(question, "off_topic", declineMessage("off_topic"), start, { retrieved, timings: timing() });
    if (quotes.length < draft.quotes.length) log("quotes_dropped", { question, dropped: draft.quotes.length - quotes.length });
    const cited = quotes.length < draft.quotes.length ? renumberCitations(draft.answer, kept) : draft.answer;
    const spans = out.context.map((d) => ({ path: d.metadata.path, start: d.metadata.start, end: d.metadata.end }));
    const annotated = annotateClaims(text, cited, quotes, spans, checker);
    const checked = orderByCitation(annotated.answer, annotated.quotes);
    return {
      question,
      declined: false,
      answer: checked.answer,
      quotes: checked.quotes,
      retrieved,
      mode: draft.mode,
      timings: timing(),
      ...(draft.notes?.length ? { notes: draft.notes } : {}),
    };
  }

  return {
    asOf: corpus.asOf,
    topic,
    usesModel: options.answerStep !== undefined,
    sources: () => sources,
    summary: () => (summary ??= buildSummary(corpus, checker)),
    check: (text) => checker.checkMessage(text),
    async answer(question: string, answerOptions: AnswerOptions = {}): Promise<Answer> {
      const start = performance.now();
      const input = checkQuestion(question);
      if (!input.ok) return declined(question, input.reason, input.message, start);
      if (isMisuse(input.text)) return declined(question, "misuse", declineMessage("misuse"), start);
      const remembered = memo?.get(input.text);
      if (remembered) return { ...remembered, question, timings: { retrieveMs: 0, answerMs: 0, totalMs: performance.now() - start } };
      const answer = await compute(question, input.text, answerOptions, start);
      memo?.set(input.text, answer);
      return answer;
    },
  };
}
