import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import type { LlmConfig } from "../config.js";

/**
 * The chat model, built once at start. Not `streaming: true`: we call `.stream()` ourselves. The client never retries
 * on its own: streamReply retries only while a retry fits inside the answer's deadline.
 */
export function createChatModel(config: LlmConfig): ChatOpenAI {
  return new ChatOpenAI({
    apiKey: config.apiKey,
    model: config.model,
    temperature: 0,
    timeout: Math.min(config.timeoutMs, config.answerDeadlineMs),
    maxRetries: 0,
    maxTokens: config.maxOutputTokens,
    streamUsage: true,
    ...(config.baseUrl ? { configuration: { baseURL: config.baseUrl } } : {}),
  });
}

export function createEmbeddings(config: LlmConfig): OpenAIEmbeddings {
  return new OpenAIEmbeddings({
    apiKey: config.apiKey,
    model: config.embeddingModel,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(config.baseUrl ? { configuration: { baseURL: config.baseUrl } } : {}),
  });
}

/**
 * Characters read from one reply at most: the output token budget at a generous 8 characters a token (English runs
 * about 4). A reply longer than this is not one the model was asked for, and is not read further.
 */
export function replyCharCap(maxOutputTokens: number): number {
  return maxOutputTokens * 8;
}
