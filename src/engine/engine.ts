import type { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { LRUCache } from "lru-cache";
import { ClaimChecker } from "../claims/checker.js";
import type { CheckReport } from "../claims/types.js";
import type { Corpus } from "../corpus/corpus.js";
import { type Decisions, loadDecisions } from "../fit/decisions.js";
import type { FileProblem } from "../knowledge/types.js";
import type { Logger } from "../log.js";
import { ASKED_SURE, AskedIndex } from "../retrieval/askedIndex.js";
import { createRetriever, type DenseRanker } from "../retrieval/retrieve.js";
import { isGreeting, isThanks } from "../understanding/greeting.js";
import { type KeptReadings, keepingReadings } from "../understanding/keptReadings.js";
import { asksTheSame } from "../understanding/sameAsk.js";
import { createUnderstander } from "../understanding/understand.js";
import { type Answered, answerSteps, type ChainInput, type ComposeParts, type ComposeStep } from "./chain.js";
import { composeStep } from "./composeStep.js";
import { declineMessage, suggestionsFor } from "./decline.js";
import { subjectOf } from "./followUp.js";
import { checkQuestion } from "./input.js";
import { type AnswerLine, linesText, remarkLine } from "./lines.js";
import { normaliseQuestion } from "./memo.js";
import { answerMessage, fromSuggestion } from "./messageParts.js";
import { listSources } from "./sources.js";
import { buildSummary } from "./summary.js";
import type { Answer, DeclineReason, SourceInfo, Summary, Turn } from "./types.js";

/** How many of the nearest asked: questions a declined question may be read as. */
const READ_AS_TRIED = 3;

export interface EngineOptions {
  corpus: Corpus;
  /** Passages handed to the compose step (and reported as `retrieved`). */
  k?: number;
  /** Replaces the extractive compose step (the language-model mode); built once at start. */
  compose?: (parts: ComposeParts) => ComposeStep;
  dense?: DenseRanker | null;
  /** How many extractive answers to remember (0: none). */
  memoSize?: number;
  /**
   * The fitted decisions (answer or decline; ✅ or no verdict); the shipped ones by default. Training passes ones that
   * act on everything, to see every composed answer and every ✅ with its features.
   */
  decisions?: Partial<Decisions>;
  /** Readings of the knowledge's own texts kept from an earlier start (src/understanding/keptReadings.ts). */
  readings?: KeptReadings;
  log?: Logger;
}

export interface AnswerOptions {
  /** Called with the answer's prose as it is written (language-model mode only); the final Answer still follows. */
  onPartial?: (prose: string) => void;
  /** The conversation's earlier questions (a follow-up thread), oldest first: the question is read in their light. */
  earlier?: readonly Turn[];
}

/** The one answer pipeline: Discord, the console, the CLI and the evaluation all call `answer`. */
export interface Engine {
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** True when answers are written by a language model (slower, streamed). */
  readonly usesModel: boolean;
  summary(): Summary;
  sources(): SourceInfo[];
  /**
   * Verdicts for the statements in a message (one per statement, up to three), from the claims file and the notes;
   * none for a message that states nothing checkable.
   */
  check(text: string): CheckReport;
  /** The newest `as_of` date in the knowledge base. */
  readonly asOf: string;
  /** What the bot is about, from the article's title; used in declines and help. */
  readonly topic: string;
  /**
   * Makes every answer still waiting on the language model (and any asked from now on) settle at once on its quick
   * extractive answer, with a note: used at shutdown, so that nothing is left unanswered.
   */
  cutShort(): void;
  /** Set by a reload of knowledge/ that failed: answers still come from the knowledge loaded before it. */
  readonly staleKnowledge?: { at: string; problems: readonly FileProblem[] } | null;
}

export function createEngine(options: EngineOptions): Engine {
  const { corpus } = options;
  const log = options.log ?? (() => {});
  const reader = createUnderstander(corpus);
  const understander = options.readings ? keepingReadings(reader, options.readings) : reader;
  const asked = new AskedIndex(corpus, understander);
  const k = options.k ?? 4;
  const retrieve = createRetriever({
    corpus,
    asked,
    k: Math.max(k, 8),
    dense: options.dense ?? null,
    onDenseError: (error) => log("dense_ranking_failed", { error: String(error) }, "warn"),
  });
  const checker = new ClaimChecker(corpus, understander, options.decisions?.verdict ?? loadDecisions().verdict);
  options.readings?.save();
  const stopping = new AbortController();
  const decision = options.decisions?.answer ?? loadDecisions().answer;
  const compose = (options.compose ?? composeStep)({ corpus, stop: stopping.signal, decision });
  const parts = { understander, retrieve, compose, checker, corpus };
  // A model's answer goes through the runnable (streaming, callbacks), loaded with the first; the extractive one
  // needs neither.
  let runnable: Promise<Runnable<ChainInput, Answered>> | null = null;
  const chain =
    options.compose === undefined
      ? { invoke: answerSteps(parts) }
      : {
          invoke: async (input: ChainInput, config?: RunnableConfig) => {
            runnable ??= import("./runnableChain.js").then((m) => m.buildAnswerChain(parts));
            return (await runnable).invoke(input, config);
          },
        };
  const topic = corpus.article ? `"${corpus.article.title}"` : "this story";
  const sources = listSources(corpus.docs);
  let summary: Summary | null = null;
  // Extractive answers depend only on the question and the corpus, so a busy server's repeated questions are
  // answered from memory. (Model answers have their own cache, with an expiry.)
  const memoSize = options.memoSize ?? 500;
  const memo = options.compose === undefined && memoSize > 0 ? new LRUCache<string, Answer>({ max: memoSize }) : null;

  const declined = (question: string, reason: DeclineReason, start: number, extra: Partial<Answer> = {}): Answer => ({
    question,
    declined: true,
    declineReason: reason,
    answer: extra.answer ?? declineMessage(reason, topic),
    lines: [],
    excerpts: [],
    suggestions: extra.suggestions ?? [],
    retrieved: extra.retrieved ?? [],
    mode: "extractive",
    timings: extra.timings ?? { retrieveMs: 0, answerMs: 0, totalMs: performance.now() - start },
    subject: extra.subject ?? [],
    ...(extra.confidence ? { confidence: extra.confidence } : {}),
    ...(extra.borrowedSubject ? { borrowedSubject: true } : {}),
    ...(extra.readAs ? { readAs: extra.readAs } : {}),
  });

  function toAnswer(question: string, out: Answered, start: number): Answer {
    const end = performance.now();
    const timings = { retrieveMs: out.retrievedAt - start, answerMs: end - out.retrievedAt, totalMs: end - start };
    const retrieved = out.context.slice(0, k).map(({ passage, score }) => ({
      docId: passage.docId,
      kind: corpus.docById.get(passage.docId)?.kind ?? "note",
      path: corpus.docById.get(passage.docId)?.path ?? "",
      text: passage.text,
      start: passage.start,
      end: passage.end,
      score,
    }));
    if (out.dropped > 0) log("excerpts_dropped", { question, dropped: out.dropped }, "warn");
    const { draft } = out;
    const subject = subjectOf(out.understanding);
    if (draft.declined) {
      const suggestions = draft.reason === "misuse" ? [] : suggestionsFor(out.understanding, asked, corpus);
      // A suggestion as close as an asked: question that says the same thing is strong enough to answer from, when
      // the asker used no word the story doesn't know ("how much did amd drop" is not NVIDIA's drop).
      const u = out.understanding;
      const nearest = draft.reason === "off_topic" && u.coverage === 1 && u.unknownNames.length === 0;
      // ...and when it asks for the same kind of fact about the same named things: sharing words is not enough.
      const match = nearest
        ? asked.match(u, READ_AS_TRIED).find((m) => m.score >= ASKED_SURE && asksTheSame(u, m.understanding()))
        : undefined;
      const strong = match?.question.text;
      return declined(question, draft.reason, start, {
        retrieved,
        timings,
        suggestions,
        subject,
        ...(draft.confidence ? { confidence: draft.confidence } : {}),
        ...(out.borrowed ? { borrowedSubject: true } : {}),
        ...(strong ? { readAs: strong } : {}),
      });
    }
    return {
      question,
      declined: false,
      answer: "",
      lines: draft.lines,
      excerpts: draft.excerpts,
      suggestions: [],
      retrieved,
      mode: draft.mode,
      timings,
      subject,
      ...(out.borrowed ? { borrowedSubject: true } : {}),
      ...(draft.confidence ? { confidence: draft.confidence } : {}),
    };
  }

  /**
   * The answer as it is handed out: the bot's remarks on how the question was read join its lines, and its plain
   * text is written once from the lines (whatever parts of a message they came from).
   */
  function finish(answer: Answer): Answer {
    if (answer.declined) return answer;
    const remarks: AnswerLine[] = answer.readAs
      ? [remarkLine("answer.read_as", { question: answer.readAs })]
      : answer.borrowedSubject && answer.subject.length > 0
        ? [remarkLine("answer.read_as_follow_up", { subject: answer.subject.join(", ") })]
        : [];
    const lines = [...answer.lines, ...remarks];
    return { ...answer, lines, answer: linesText(lines, answer.excerpts, corpus.docById) };
  }

  return {
    asOf: corpus.asOf,
    topic,
    usesModel: options.compose !== undefined,
    sources: () => sources,
    summary: () => (summary ??= buildSummary(corpus, checker)),
    check: (text) => checker.checkMessage(text),
    cutShort: () => stopping.abort(),
    async answer(question: string, answerOptions: AnswerOptions = {}): Promise<Answer> {
      const start = performance.now();
      const input = checkQuestion(question);
      if (!input.ok) return declined(question, input.reason, start, { answer: input.message });
      if (isGreeting(input.text))
        return declined(question, isThanks(input.text) ? "thanks" : "greeting", start, {
          suggestions: suggestionsFor(null, asked, corpus),
        });
      const earlier = answerOptions.earlier ?? [];
      // A follow-up's answer depends on its conversation, so only questions asked on their own are remembered.
      const key = earlier.length === 0 ? normaliseQuestion(input.text) : null;
      const remembered = key === null ? undefined : memo?.get(key);
      if (remembered)
        return { ...remembered, question, timings: { retrieveMs: 0, answerMs: 0, totalMs: performance.now() - start } };
      const ask = async (text: string, before: readonly Turn[] = []) =>
        toAnswer(
          question,
          await chain.invoke(
            { question: text, earlier: [...earlier, ...before] },
            answerOptions.onPartial ? { configurable: { onPartial: answerOptions.onPartial } } : undefined,
          ),
          start,
        );
      // A model reads a whole message, its chatter and its several questions, and streams one answer to it.
      const first = options.compose === undefined ? await answerMessage(input.text, ask) : await ask(input.text);
      const answer = finish(first.declined && first.readAs ? await fromSuggestion(first, first.readAs, ask) : first);
      if (key !== null) memo?.set(key, answer);
      return answer;
    },
  };
}
