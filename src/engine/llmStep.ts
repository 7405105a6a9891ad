import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AIMessageChunk } from "@langchain/core/messages";
import { ChatPromptTemplate } from "@langchain/core/prompts";
import type { RunnableConfig } from "@langchain/core/runnables";
import { LRUCache } from "lru-cache";
import type { Logger } from "../log.js";
import type { ComposeStep, Retrieved } from "./chain.js";
import { composeExtractive } from "./compose.js";
import { formatContext } from "./context.js";
import type { Draft } from "./draft.js";
import type { ComposeParts } from "./engine.js";
import { normaliseQuestion } from "./memo.js";
import { parseModelOutput, partialProse } from "./modelOutput.js";
import { verifyModelAnswer } from "./modelVerify.js";
import { SYSTEM_PROMPT, USER_TEMPLATE } from "./prompts.js";

export interface LlmStepOptions {
  model: BaseChatModel;
  promptTokenBudget: number;
  answerCacheSeconds: number;
  log: Logger;
}

/** Per-call streaming hook, passed in the chain's RunnableConfig. */
export interface StreamConfig {
  onPartial?: (prose: string) => void;
}

export const FALLBACK_NOTE = "The language model could not answer just now, so this is the quick answer quoted straight from the sources.";

const PROMPT = ChatPromptTemplate.fromMessages([
  ["system", SYSTEM_PROMPT],
  ["human", USER_TEMPLATE],
]);

/**
 * The language-model compose step: decide scope cheaply (the extractive step declines what the documents cannot
 * answer, before paying for a call), prompt with numbered passages, stream the prose out, verify every excerpt and
 * citation, and fall back to the extractive answer on any failure.
 */
export function llmStep(options: LlmStepOptions) {
  const cache =
    options.answerCacheSeconds > 0 ? new LRUCache<string, Draft>({ max: 1_000, ttl: options.answerCacheSeconds * 1000 }) : null;
  return ({ corpus }: ComposeParts): ComposeStep =>
    async (s: Retrieved, config?: RunnableConfig): Promise<Draft> => {
      const quick = composeExtractive(s.understanding, s.context, corpus);
      if (quick.declined) return quick;
      const key = normaliseQuestion(s.question);
      const hit = cache?.get(key);
      if (hit) return hit;

      const onPartial = (config?.configurable as StreamConfig | undefined)?.onPartial;
      const prompt = formatContext(s.context, corpus, options.promptTokenBudget);
      const messages = await PROMPT.formatMessages({ passages: prompt.text, question: s.question.replace(/<\/?question>/gi, "") });
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
        options.log("model_failed", { error: describeError(error) }, "warn");
        return withNote(quick);
      }
      options.log("model_tokens", { promptTokens: usage?.input_tokens ?? null, outputTokens: usage?.output_tokens ?? null, contextTokens: prompt.tokens });

      const parsed = parseModelOutput(raw);
      if (!parsed) {
        options.log("model_output_unusable", { chars: raw.length }, "warn");
        return withNote(quick);
      }
      let draft: Draft;
      if (parsed.notCovered) {
        draft = { declined: true, reason: "off_topic" };
      } else {
        const verified = verifyModelAnswer(parsed, prompt.used, corpus);
        if (!verified) {
          options.log("model_answer_unverifiable", { quotes: parsed.quotes.length }, "warn");
          return withNote(quick);
        }
        if (verified.dropped.quotes + verified.dropped.markers + verified.dropped.sentences > 0) options.log("model_answer_trimmed", verified.dropped);
        draft = { declined: false, answer: verified.answer, excerpts: verified.excerpts, mode: "generated" };
      }
      cache?.set(key, draft);
      return draft;
    };
}

function withNote(draft: Draft): Draft {
  return draft.declined ? draft : { ...draft, notes: [...(draft.notes ?? []), FALLBACK_NOTE] };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
