import type { Document } from "@langchain/core/documents";
import { RunnableLambda } from "@langchain/core/runnables";
import type { Ranked } from "../retrieval/lexicalIndex.js";
import type { PassageMetadata, PassageRetriever } from "../retrieval/passageRetriever.js";
import type { AnswerStep, Draft } from "./chain.js";
import type { Corpus } from "./corpus.js";
import { answerExtractively } from "./extractive.js";
import { isCovered } from "./scope.js";

/** Ranked passages back from the chain's Documents (the retriever put the passage id and score in the metadata). */
function rankedFromContext(context: readonly Document<PassageMetadata>[], corpus: Corpus): Ranked[] {
  return context.flatMap((d) => {
    const passage = corpus.index.passage(d.metadata.passageId);
    return passage ? [{ passage, score: d.metadata.score }] : [];
  });
}

/** Decides whether the story covers the question, then answers from the retrieved passages' own sentences. */
export function decideAndExtract(question: string, context: readonly Document<PassageMetadata>[], retriever: PassageRetriever, corpus: Corpus): Draft {
  const query = retriever.analyse(question);
  const ranked = rankedFromContext(context, corpus);
  if (!isCovered(query, ranked[0]?.score ?? 0)) return { declined: true, reason: "off_topic" };
  const { answer, quotes } = answerExtractively(question, query, ranked, corpus);
  if (quotes.length === 0) return { declined: true, reason: "off_topic" };
  return { declined: false, answer, quotes, mode: "extractive" };
}

export function extractiveStep(retriever: PassageRetriever, corpus: Corpus): AnswerStep {
  return RunnableLambda.from(({ question, context }: { question: string; context: Document<PassageMetadata>[] }) =>
    decideAndExtract(question, context, retriever, corpus),
  );
}
