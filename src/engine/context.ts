import type { Corpus } from "../corpus/corpus.js";
import type { Ranked } from "../corpus/lexicalIndex.js";
import type { Passage } from "../knowledge/types.js";
import { countTokens } from "../llm/tokens.js";
import { sourceLabel } from "../text/attribution.js";

export interface PromptContext {
  /** The passages as the model sees them, numbered from 1. */
  text: string;
  /** The passages behind each number, as shown (a passage cut to fit the budget is cut here too): `used[n-1]` is [n]. */
  used: Ranked[];
  tokens: number;
}

/** Below this many tokens of room, a cut passage would say too little to be worth its number. */
const MIN_PASSAGE_TOKENS = 40;

/**
 * Numbers the retrieved passages for the prompt, best first, and never goes over the token budget: a passage that
 * does not fit whole is cut at a word to fit the room left, and the rest wait. Each is labelled by kind, so the
 * model knows a note is our summary and not its source's words.
 */
export function formatContext(context: readonly Ranked[], corpus: Corpus, budgetTokens: number): PromptContext {
  const used: Ranked[] = [];
  const blocks: string[] = [];
  let tokens = 0;
  for (const r of context) {
    const doc = corpus.docById.get(r.passage.docId);
    if (!doc) continue;
    const label =
      doc.kind === "article"
        ? "the article, verbatim"
        : doc.kind === "source"
          ? `${sourceLabel(doc)}, verbatim`
          : `our notes on ${sourceLabel(doc)}, a summary in our words`;
    const head = `[${used.length + 1}] (${label}${r.passage.heading ? ` — ${r.passage.heading}` : ""})\n`;
    const block = (p: Passage) => `${head}${p.text.replace(/<\/?passages>/gi, "")}`;
    const room = budgetTokens - tokens - 2;
    let passage: Passage | null = r.passage;
    let cost = countTokens(block(passage));
    if (cost > room) {
      if (room - countTokens(head) < MIN_PASSAGE_TOKENS) break;
      passage = cutToFit(r.passage, (p) => countTokens(block(p)) <= room);
      if (!passage) break;
      cost = countTokens(block(passage));
    }
    used.push(passage === r.passage ? r : { ...r, passage });
    blocks.push(block(passage));
    tokens += cost + 2;
  }
  return { text: blocks.join("\n\n"), used, tokens };
}

/** The longest start of `p`, ending at a word, that `fits`; its sentences cut to match. Null when no word fits. */
function cutToFit(p: Passage, fits: (p: Passage) => boolean): Passage | null {
  let length = p.text.length;
  for (let tries = 0; tries < 24 && length > 0; tries++) {
    length = Math.floor(length * 0.8);
    const space = p.text.lastIndexOf(" ", length);
    const text = p.text.slice(0, space > 0 ? space : length).trimEnd();
    if (!text) return null;
    const end = p.start + text.length;
    const sentences = p.sentences
      .filter((s) => s.start < end)
      .map((s) => (s.end <= end ? s : { ...s, end, text: s.text.slice(0, end - s.start) }));
    const cut: Passage = { ...p, text, end, sentences };
    if (fits(cut)) return cut;
  }
  return null;
}
