import type { ChatRequest } from "./openaiStandIn.js";

/**
 * A stand-in model that follows the prompt's format honestly: it picks the passage sentence sharing the most words
 * with the question, answers with it and cites it. Used by the benchmark and for evaluation runs against the
 * stand-in; it knows nothing but what the prompt gives it.
 */
export function cooperativeAnswer(req: ChatRequest): string {
  const user = req.messages.find((m) => m.role === "user")?.content ?? "";
  const question = /<question>\s*([\s\S]*?)\s*<\/question>/.exec(user)?.[1] ?? "";
  const wanted = new Set(words(question));
  let best = { n: 0, sentence: "", score: -1 };
  const passages = /<passages>\s*([\s\S]*?)\s*<\/passages>/.exec(user)?.[1] ?? "";
  for (const block of passages.split(/\n(?=\[\d+\] \()/)) {
    const n = Number(/^\s*\[(\d+)\] \(/.exec(block)?.[1] ?? 0);
    const text = block.split("\n").slice(1).join(" ");
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const score = words(sentence).filter((w) => wanted.has(w)).length;
      if (n > 0 && score > best.score) best = { n, sentence: sentence.trim(), score };
    }
  }
  if (best.n === 0) return "NOT_COVERED";
  return `<answer>\n${best.sentence.replace(/[.!?]$/, "")} [${best.n}].\n</answer>\n<quotes>\n[${best.n}] ${best.sentence}\n</quotes>`;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter(
    (w) => !["the", "and", "what", "how", "did", "does", "was", "for", "with"].includes(w),
  );
}
