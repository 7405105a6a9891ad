import { type Runnable, type RunnableConfig, RunnableLambda } from "@langchain/core/runnables";
import type { ClaimChecker } from "../claims/checker.js";
import type { Corpus } from "../corpus/corpus.js";
import type { RankedPassage, Retrieve } from "../retrieval/retrieve.js";
import type { Understander, Understanding } from "../understanding/understand.js";
import { annotate } from "./annotate.js";
import type { Draft } from "./draft.js";
import { verifyDraft } from "./verify.js";

/** What travels through the chain: each step adds its part, none reaches back into another. */
export interface Understood {
  question: string;
  understanding: Understanding;
}
export interface Retrieved extends Understood {
  context: RankedPassage[];
  /** performance.now() when retrieval finished, so callers can split the time between the steps. */
  retrievedAt: number;
}
export interface Answered extends Retrieved {
  draft: Draft;
  /** Excerpts dropped by verification (they were not word for word in their files). */
  dropped: number;
}

/**
 * The step that turns retrieved passages into a draft: extractive by default, a language model when configured. It
 * receives the chain's RunnableConfig, so a model's tokens can stream to whoever asked.
 */
export type ComposeStep = (s: Retrieved, config?: RunnableConfig) => Draft | Promise<Draft>;

export interface ChainParts {
  understander: Understander;
  retrieve: Retrieve;
  compose: ComposeStep;
  checker: ClaimChecker;
  corpus: Corpus;
}

/**
 * understand -> retrieve -> compose -> verify -> annotate, as one runnable. The question's understanding is computed
 * once and travels in the chain's data; each step adds its part and none reaches back into another. The output
 * carries the passages the answer was drawn from, so excerpts always come from what was retrieved.
 */
export function buildAnswerChain({
  understander,
  retrieve,
  compose,
  checker,
  corpus,
}: ChainParts): Runnable<{ question: string }, Answered> {
  return RunnableLambda.from(async (input: { question: string }, config?: RunnableConfig): Promise<Answered> => {
    const understood: Understood = { question: input.question, understanding: understander.understand(input.question) };
    const why = understood.understanding.unanswerable;
    const retrieved: Retrieved = {
      ...understood,
      context: why ? [] : await retrieve(understood.understanding),
      retrievedAt: performance.now(),
    };
    const draft: Draft = why ? { declined: true, reason: why } : await compose(retrieved, config);
    const verified = verifyDraft(draft, corpus);
    return {
      ...retrieved,
      draft: annotate(verified.draft, understood.understanding, checker, corpus.docById),
      dropped: verified.dropped,
    };
  });
}
