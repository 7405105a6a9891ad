import type { Passage, Sentence } from "../knowledge/types.js";
import type { Ranked } from "../retrieval/lexicalIndex.js";
import type { AnalysedQuery } from "../retrieval/query.js";
import type { Corpus } from "./corpus.js";
import { sourceLabel } from "./format.js";
import { detectIntents } from "../retrieval/intent.js";
import { quoteOf } from "./quotes.js";
import type { Quote } from "./types.js";

export const MAX_QUOTES = 4;
const COMPARISON = /\b(differ\w*|vs\.?|versus|compar\w*|better|worse)\b/i;

export interface Candidate {
  sentence: Sentence;
  passage: Passage;
  score: number;
  terms: ReadonlySet<string>;
}

export interface ExtractiveResult {
  answer: string;
  quotes: Quote[];
}

/**
 * The no-model answer: the sentences of the retrieved passages that best answer the question, quoted word for word.
 * When both the article and a reference speak to the question, both are shown, each attributed, so a reader sees
 * where the story and its sources differ.
 */
export function answerExtractively(question: string, query: AnalysedQuery, ranked: readonly Ranked[], corpus: Corpus): ExtractiveResult {
  const candidates = scoreSentences(question, query, ranked, corpus);
  if (candidates.length === 0) return { answer: "", quotes: [] };
  const kind = (c: Candidate) => corpus.docById.get(c.passage.docId)?.kind ?? "note";
  // A comparison needs both sides, so sentences a little further from the best one are welcome.
  const comparing = COMPARISON.test(question);
  const chosen = pickDiverse(candidates, kind, comparing ? 0.5 : 0.7);
  const quotes = chosen.map((c) => quoteOf(corpus, c.passage.docId, c.sentence));
  const kindOf = (q: Quote) => corpus.docById.get(q.docId)?.kind;
  const articleAt = quotes.findIndex((q) => kindOf(q) === "article");
  const referenceAt = quotes.findIndex((q) => kindOf(q) === "note");
  let answer: string;
  if (articleAt >= 0 && referenceAt >= 0) {
    const ref = quotes[referenceAt]!;
    answer =
      `The article says: ${quotes[articleAt]!.text} [${articleAt + 1}]\n` +
      `${sourceLabel(corpus.docById.get(ref.docId)!)} says: ${ref.text} [${referenceAt + 1}]`;
  } else {
    answer = `${quotes[0]!.text} [1]`;
  }
  return { answer, quotes };
}

export function scoreSentences(question: string, query: AnalysedQuery, ranked: readonly Ranked[], corpus: Corpus): Candidate[] {
  const { index } = corpus;
  const n = index.passageCount;
  const weightOf = (t: string) => Math.log(1 + n / Math.max(index.documentFrequency(t), 1)) * (query.weights.get(t) ?? 1);
  const total = query.terms.reduce((sum, t) => sum + weightOf(t), 0) || 1;
  const top = ranked[0]?.score || 1;
  const intents = detectIntents(question);
  const out: Candidate[] = [];
  for (const { passage, score } of ranked) {
    for (const sentence of passage.sentences) {
      const terms = corpus.sentenceTerms.get(sentence) ?? new Set<string>();
      let matched = 0;
      for (const t of query.terms) if (terms.has(t)) matched += weightOf(t);
      if (matched === 0) continue;
      let value = matched / total + 0.3 * (score / top);
      for (const intent of intents) if (intent.evidence.test(sentence.text)) value += intent.name === "definition" ? 0.35 : 0.2;
      // A bare dateline or label is rarely the answer; a wall of text is a poor quote.
      if (sentence.text.length < 40) value *= 0.6;
      if (sentence.text.length > 320) value *= 0.85;
      out.push({ sentence, passage, score: value, terms });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The best sentence, then others close to it that add something; the article and the references both get a voice. */
function pickDiverse(candidates: Candidate[], kindOf: (c: Candidate) => string, closeness: number): Candidate[] {
  const best = candidates[0]!;
  const chosen: Candidate[] = [best];
  const perDoc = new Map<string, number>([[best.passage.docId, 1]]);
  const bestKind = kindOf(best);
  const admit = (c: Candidate, threshold: number) => {
    if (chosen.length >= MAX_QUOTES || c.score < threshold * best.score || chosen.includes(c)) return false;
    if ((perDoc.get(c.passage.docId) ?? 0) >= 2) return false;
    if (chosen.some((s) => overlap(s.terms, c.terms) > 0.8)) return false;
    chosen.push(c);
    perDoc.set(c.passage.docId, (perDoc.get(c.passage.docId) ?? 0) + 1);
    return true;
  };
  // The other side (article vs. references) first, if it answers reasonably well.
  const other = candidates.find((c) => kindOf(c) !== bestKind);
  if (other) admit(other, 0.55);
  for (const c of candidates) admit(c, closeness);
  return chosen;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (b.size === 0) return 1;
  let shared = 0;
  for (const t of b) if (a.has(t)) shared++;
  return shared / b.size;
}
