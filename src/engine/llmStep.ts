import type { Document } from "@langchain/core/documents";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessageChunk } from "@langchain/core/messages";
import { RunnableLambda, type RunnableConfig } from "@langchain/core/runnables";
import type { Logger } from "../app.js";
import type { PassageMetadata, PassageRetriever } from "../retrieval/passageRetriever.js";
import type { AnswerStep, Draft } from "./chain.js";
import { formatContext } from "./context.js";
import type { Corpus } from "./corpus.js";
import { decideAndExtract } from "./extractiveStep.js";
import { parseModelOutput, partialProse } from "./modelOutput.js";
import { SYSTEM_PROMPT, USER_TEMPLATE } from "./prompts.js";
import { normaliseQuestion } from "./memo.js";
import { verifyModelAnswer } from "./verify.js";

export interface LlmStepOptions {
  model: BaseChatModel;
  promptTokenBudget: number;
  answerCacheSeconds: number;
  log: Logger;
  now?: () => number;
}

/** Per-call streaming hook, passed through the chain's RunnableConfig. */
export interface StreamConfig {
  onPartial?: (prose: string) => void;
}

export const FALLBACK_NOTE = "The language model could not answer just now, so this is the quick answer quoted straight from the sources.";

/**
 * The language-model answer step: decide scope (cheaply, before paying for a call), prompt with numbered passages,
 * stream the prose out, verify every quote and citation, and fall back to the extractive answer on any failure.
 */
export function llmStep(options: LlmStepOptions) {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { draft: Draft; expires: number }>();
  return (retriever: PassageRetriever, corpus: Corpus): AnswerStep =>
    RunnableLambda.from(async (input: { question: string; context: Document<PassageMetadata>[] }, config?: RunnableConfig) => {
      const { question, context } = input;
      const quick = decideAndExtract(question, context, retriever, corpus);
      if (quick.declined) return quick;
      const key = normaliseQuestion(question);
      const hit = cache.get(key);
      if (hit && hit.expires > now()) return hit.draft;

      const onPartial = (config?.configurable as StreamConfig | undefined)?.onPartial;
      const prompt = formatContext(context, options.promptTokenBudget);
      const messages = [
        { role: "system", content: SYSTEM_PROMPT },
        { role: "user", content: USER_TEMPLATE.replace("{passages}", prompt.text).replace("{question}", question.replace(/<\/?question>/gi, "")) },
      ];
      let raw = "";
      let usage: AIMessageChunk["usage_metadata"];
      try {
        for await (const chunk of await options.model.stream(messages)) {
          raw += typeof chunk.content === "string" ? chunk.content : "";
          if (chunk.usage_metadata) usage = chunk.usage_metadata;
          if (onPartial) {
            const prose = partialProse(raw);
            if (prose) onPartial(prose);
          }
        }
      } catch (error) {
        options.log("model_failed", { error: describeError(error) });
        return withNote(quick);
      }
      options.log("model_tokens", { promptTokens: usage?.input_tokens ?? null, outputTokens: usage?.output_tokens ?? null, contextTokens: prompt.tokens });

      const parsed = parseModelOutput(raw);
      if (!parsed) {
        options.log("model_output_unusable", { chars: raw.length });
        return withNote(quick);
      }
      let draft: Draft;
      if (parsed.notCovered) {
        draft = { declined: true, reason: "off_topic" };
      } else {
        const verified = verifyModelAnswer(parsed, prompt.used, corpus);
        if (!verified) {
          options.log("model_answer_unverifiable", { quotes: parsed.quotes.length });
          return withNote(quick);
        }
        if (verified.dropped.quotes + verified.dropped.markers + verified.dropped.sentences > 0) options.log("model_answer_trimmed", verified.dropped);
        draft = { declined: false, answer: verified.answer, quotes: verified.quotes, mode: "generated" };
      }
      if (options.answerCacheSeconds > 0) {
        if (cache.size > 1_000) cache.clear();
        cache.set(key, { draft, expires: now() + options.answerCacheSeconds * 1000 });
      }
      return draft;
    });
}

function withNote(draft: Draft): Draft {
  return draft.declined ? draft : { ...draft, notes: [...(draft.notes ?? []), FALLBACK_NOTE] };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
