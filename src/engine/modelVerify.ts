import type { Corpus } from "../corpus/corpus.js";
import type { Ranked } from "../corpus/lexicalIndex.js";
import { splitSentences } from "../knowledge/sentences.js";
import { locateExcerpt, type Excerpt } from "../text/excerpts.js";
import type { ParsedOutput } from "./modelOutput.js";

export interface VerifiedAnswer {
  answer: string;
  excerpts: Excerpt[];
  /** What verification removed, for the logs. */
  dropped: { quotes: number; markers: number; sentences: number };
}

const MARKER = /\s?\[(\d+)\]/g;

/**
 * Checks a model's answer against the files before anyone sees it: each quote must stand word for word in the
 * passage it cites (else it is dropped); each [n] must name a passage with a surviving quote (else it is removed);
 * a sentence that states a figure but is left with no citation is removed. Quotes are renumbered in order of use.
 * Returns null when nothing verifiable is left.
 */
export function verifyModelAnswer(parsed: ParsedOutput, used: readonly Ranked[], corpus: Corpus): VerifiedAnswer | null {
  const dropped = { quotes: 0, markers: 0, sentences: 0 };
  const byPassage = new Map<number, Excerpt>();
  for (const { n, text } of parsed.quotes) {
    const doc = used[n - 1];
    const quote = doc ? locateExcerpt(corpus.docById, doc.passage.docId, text) : null;
    const inPassage = quote && doc && quote.start >= doc.passage.start && quote.end <= doc.passage.end;
    if (quote && inPassage && !byPassage.has(n)) byPassage.set(n, quote);
    else dropped.quotes++;
  }
  const order: number[] = [];
  const kept: string[] = [];
  // "… 97.3%. [1]" puts the marker after the full stop; move it inside so it stays with its sentence.
  const prose = parsed.prose.replace(/([.!?])((?:\s*\[\d+\])+)/g, "$2$1");
  for (const sentence of splitSentences(prose)) {
    let hadMarker = false;
    let supported = false;
    const text = sentence.text.replace(MARKER, (m, n: string) => {
      hadMarker = true;
      const num = Number(n);
      if (!byPassage.has(num)) {
        dropped.markers++;
        return "";
      }
      supported = true;
      if (!order.includes(num)) order.push(num);
      return ` [${order.indexOf(num) + 1}]`;
    });
    // An unsupported claim is worse than a shorter answer: figures and sentences whose every citation failed go.
    if (!supported && (hadMarker || /\d/.test(text))) {
      dropped.sentences++;
      continue;
    }
    kept.push(text.trim());
  }
  const excerpts = order.map((n) => byPassage.get(n)!);
  if (excerpts.length === 0) return null;
  return { answer: kept.join(" "), excerpts, dropped };
}
