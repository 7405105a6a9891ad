import type { Corpus } from "../corpus/corpus.js";
import type { AskedIndex } from "../retrieval/askedIndex.js";
import type { Understanding } from "../understanding/understand.js";
import type { DeclineReason } from "./types.js";

/** Suggestions offered with a decline. */
const SUGGESTIONS = 3;
/** An asked question this close to the asker's is about the same thing, so worth offering. */
const RELATED = 0.2;

/** What a decline says: why, and what the bot does cover. */
export function declineMessage(reason: DeclineReason, topic: string): string {
  const covers = `I answer questions about ${topic}: what the article claims, and what its sources say about the same facts.`;
  switch (reason) {
    case "misuse":
      return `I can't help with that. ${covers}`;
    case "live":
      return `I don't have live data: my documents are a record of the story around January 2025, not today's prices or news. ${covers}`;
    case "future":
      return `I can't tell what will happen: my documents only say what was reported. ${covers}`;
    case "howto":
      return `I can't give instructions or set-up help. ${covers}`;
    case "advice":
      return `I can't give buying or investment advice. ${covers}`;
    default:
      return `The story's documents don't answer that. ${covers}`;
  }
}

/**
 * Up to three questions the bot can answer, taken from the asked: lists: the ones nearest the asker's question,
 * each about a different part of the documents; for a question about nothing in them, the article's own.
 */
export function suggestionsFor(u: Understanding, asked: AskedIndex, corpus: Corpus): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const offer = (text: string, where: string) => {
    if (out.length >= SUGGESTIONS || seen.has(where) || out.includes(text)) return;
    seen.add(where);
    out.push(text);
  };
  for (const m of asked.match(u, 40)) {
    if (m.score < RELATED) break;
    offer(m.question.text, `${m.question.docId}:${m.question.target.start}`);
  }
  for (const a of corpus.asked) {
    if (corpus.docById.get(a.question.docId)?.kind !== "article") continue;
    offer(a.question.text, `${a.question.docId}:${a.question.target.start}`);
  }
  return out;
}
