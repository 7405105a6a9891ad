import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import type { LlmConfig } from "../config.js";

/** The chat model, built once at start. Not `streaming: true`: we call `.stream()` ourselves (see tokens.ts). */
export function createChatModel(config: LlmConfig): ChatOpenAI {
  return new ChatOpenAI({
    apiKey: config.apiKey,
    model: config.model,
    temperature: 0,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
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
