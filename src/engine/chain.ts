import type { RunnableConfig } from "@langchain/core/runnables";
import type { ClaimChecker } from "../claims/checker.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Decision } from "../fit/decisions.js";
import type { RankedPassage, Retrieve } from "../retrieval/retrieve.js";
import type { Understander, Understanding } from "../understanding/understand.js";
import { annotate } from "./annotate.js";
import type { Draft } from "./draft.js";
import { readInContext } from "./followUp.js";
import type { Turn } from "./types.js";
import { verifyDraft } from "./verify.js";

/** What travels through the chain: each step adds its part, none reaches back into another. */
export interface Understood {
  /** The question as answered: a follow-up that names nothing carries the earlier question's subject. */
  question: string;
  /** The question in the asker's words, as a model is shown it beside the earlier questions. */
  asked: string;
  understanding: Understanding;
  /** The conversation's earlier questions, oldest first; empty for a question asked on its own. */
  earlier: readonly Turn[];
  /** The subject came from the earlier question. */
  borrowed: boolean;
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

/** What a compose step may use besides the chain's own data. */
export interface ComposeParts {
  corpus: Corpus;
  /** The fitted decision to answer or decline (knowledge-independent weights from `npm run train`). */
  decision: Decision;
  /** Aborted by `Engine.cutShort`: a step still waiting on a model settles for its quick answer at once. */
  stop?: AbortSignal;
}

export interface ChainParts {
  understander: Understander;
  retrieve: Retrieve;
  compose: ComposeStep;
  checker: ClaimChecker;
  corpus: Corpus;
}

export interface ChainInput {
  question: string;
  earlier?: readonly Turn[];
}

/**
 * understand -> retrieve -> compose -> verify -> annotate, as a plain function. The question's understanding is
 * computed once and travels in the chain's data; each step adds its part and none reaches back into another. The
 * output carries the passages the answer was drawn from, so excerpts always come from what was retrieved. The
 * extractive engine calls it directly: it needs neither streaming nor callbacks, and a Runnable's run bookkeeping
 * (ids, trace trees, config merging) cost more than a quarter of an extractive answer. A model's answer goes
 * through it wrapped as a runnable (runnableChain.ts).
 */
export function answerSteps({
  understander,
  retrieve,
  compose,
  checker,
  corpus,
}: ChainParts): (input: ChainInput, config?: RunnableConfig) => Promise<Answered> {
  return async (input: ChainInput, config?: RunnableConfig): Promise<Answered> => {
    const earlier = input.earlier ?? [];
    const read = readInContext(understander, input.question, earlier);
    const understood: Understood = {
      question: read.text,
      asked: input.question,
      understanding: read.understanding,
      earlier,
      borrowed: read.borrowed,
    };
    const why = understood.understanding.unanswerable;
    const retrieved: Retrieved = {
      ...understood,
      context: why ? [] : await retrieve(understood.understanding),
      retrievedAt: performance.now(),
    };
    const draft: Draft = why ? { declined: true, reason: why } : await compose(retrieved, config);
    const verified = verifyDraft(draft, corpus);
    let annotated = annotate(verified.draft, understood.understanding, checker, corpus.docById);
    // A follow-up read with a borrowed subject ("how much did it cost?" after a question on NVIDIA) may quote a
    // checked claim the borrowed reading does not match: the fact check then comes from the asker's own words, so
    // a figure never loses its check for having been asked in a thread.
    if (annotated === verified.draft && understood.borrowed)
      annotated = annotate(verified.draft, understander.understand(input.question), checker, corpus.docById);
    return { ...retrieved, draft: annotated, dropped: verified.dropped };
  };
}
