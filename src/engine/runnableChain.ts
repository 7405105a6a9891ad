import { type Runnable, RunnableLambda } from "@langchain/core/runnables";
import { type Answered, answerSteps, type ChainInput, type ChainParts } from "./chain.js";

/**
 * The answer chain as one runnable, for a model's answers: the runnable carries the caller's config (a streaming
 * callback) to the compose step. Its own module because @langchain/core's runnables load about 250 modules
 * (langsmith among them), which a process without a model would otherwise load at start for nothing.
 */
export function buildAnswerChain(parts: ChainParts): Runnable<ChainInput, Answered> {
  return RunnableLambda.from(answerSteps(parts));
}
