import type { Document } from "@langchain/core/documents";
import type { PassageMetadata } from "../retrieval/passageRetriever.js";
import { countTokens } from "../llm/tokens.js";

export interface PromptContext {
  /** The passages as the model sees them, numbered from 1. */
  text: string;
  /** The Documents behind each number: `used[n-1]` is passage [n]. */
  used: Document<PassageMetadata>[];
  tokens: number;
}

/** Numbers the retrieved passages for the prompt, stopping before the token budget is exceeded (best first). */
export function formatContext(context: readonly Document<PassageMetadata>[], budgetTokens: number): PromptContext {
  const used: Document<PassageMetadata>[] = [];
  const blocks: string[] = [];
  let tokens = 0;
  for (const doc of context) {
    const m = doc.metadata;
    const source = m.kind === "article" ? "the article" : m.title;
    const block = `[${used.length + 1}] (${source}${m.heading ? ` — ${m.heading}` : ""})\n${doc.pageContent.replace(/<\/?passages>/gi, "")}`;
    const cost = countTokens(block) + 2;
    if (tokens + cost > budgetTokens && used.length > 0) break;
    used.push(doc);
    blocks.push(block);
    tokens += cost;
  }
  return { text: blocks.join("\n\n"), used, tokens };
}

