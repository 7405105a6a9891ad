import type { Corpus } from "../corpus/corpus.js";
import type { Ranked } from "../corpus/lexicalIndex.js";
import { sourceLabel } from "../text/attribution.js";
import { countTokens } from "../llm/tokens.js";

export interface PromptContext {
  /** The passages as the model sees them, numbered from 1. */
  text: string;
  /** The passages behind each number: `used[n-1]` is passage [n]. */
  used: Ranked[];
  tokens: number;
}

/**
 * Numbers the retrieved passages for the prompt, best first, stopping before the token budget is exceeded. Each is
 * labelled by kind, so the model knows a note is our summary and not its source's words.
 */
export function formatContext(context: readonly Ranked[], corpus: Corpus, budgetTokens: number): PromptContext {
  const used: Ranked[] = [];
  const blocks: string[] = [];
  let tokens = 0;
  for (const r of context) {
    const doc = corpus.docById.get(r.passage.docId);
    if (!doc) continue;
    const label =
      doc.kind === "article" ? "the article, verbatim" : doc.kind === "source" ? `${sourceLabel(doc)}, verbatim` : `our notes on ${sourceLabel(doc)}, a summary in our words`;
    const block = `[${used.length + 1}] (${label}${r.passage.heading ? ` — ${r.passage.heading}` : ""})\n${r.passage.text.replace(/<\/?passages>/gi, "")}`;
    const cost = countTokens(block) + 2;
    if (tokens + cost > budgetTokens && used.length > 0) break;
    used.push(r);
    blocks.push(block);
    tokens += cost;
  }
  return { text: blocks.join("\n\n"), used, tokens };
}
