import type { Document } from "@langchain/core/documents";
import { RunnableLambda, RunnablePassthrough, type Runnable } from "@langchain/core/runnables";
import type { PassageMetadata, PassageRetriever } from "../retrieval/passageRetriever.js";
import type { Quote } from "./types.js";

export interface ChainInput {
  question: string;
}

/** What the answer step produces; quotes are checked against the files afterwards, whoever wrote them. */
export type Draft =
  | { declined: false; answer: string; quotes: Quote[]; mode: "extractive" | "generated"; notes?: string[] }
  | { declined: true; reason: "off_topic" | "misuse" };

export interface ChainOutput {
  question: string;
  context: Document<PassageMetadata>[];
  /** performance.now() when retrieval finished, so callers can split the time between the two steps. */
  retrievedAt: number;
  answer: Draft;
}

/** The step that turns retrieved passages into a draft: extractive by default, a language model when configured. */
export type AnswerStep = Runnable<{ question: string; context: Document<PassageMetadata>[] }, Draft>;

/**
 * retrieve -> answer, returning its sources alongside the answer ({question, context, answer}) so quotes are always
 * derived from what was retrieved, never from a model's prose alone.
 */
export function buildAnswerChain(retriever: PassageRetriever, answerStep: AnswerStep): Runnable<ChainInput, ChainOutput> {
  const question = RunnableLambda.from((input: Record<string, unknown>) => String(input.question));
  return RunnablePassthrough.assign({ context: question.pipe(retriever) })
    .pipe(RunnablePassthrough.assign({ retrievedAt: () => performance.now() }))
    .pipe(RunnablePassthrough.assign({ answer: answerStep as Runnable<Record<string, unknown>, Draft> })) as unknown as Runnable<ChainInput, ChainOutput>;
}
