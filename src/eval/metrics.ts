import { readFileSync } from "node:fs";
import type { Answer } from "../engine/types.js";

export interface QuestionCase {
  id: string;
  question: string;
  in_scope: boolean;
  expect: string[];
  tags?: string[];
}

export interface CaseResult {
  id: string;
  question: string;
  inScope: boolean;
  declined: boolean;
  retrievalHit: boolean;
  answerHit: boolean;
  replyChars: number;
  latencyMs: number;
  quotes: number;
  verbatimQuotes: number;
  /** Why the case failed, for the failure list; empty when it passed. */
  failure: string | null;
}

/** A reply longer than one Discord message (answer plus excerpts) counts as wrong: nobody reads it. */
export const MAX_REPLY_CHARS = 4000;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const fileCache = new Map<string, string>();

/** The evaluation's own check, independent of the engine's: is the quote in the file it cites? */
export function quoteIsInFile(text: string, path: string, root: string): boolean {
  let file = fileCache.get(path);
  if (file === undefined) {
    try {
      file = collapse(readFileSync(`${root}/${path}`, "utf8"));
    } catch {
      file = "";
    }
    fileCache.set(path, file);
  }
  return file.length > 0 && file.includes(collapse(text));
}

export function scoreCase(c: QuestionCase, answer: Answer, replyText: string, root: string): CaseResult {
  const patterns = c.expect.map((e) => new RegExp(e, "i"));
  const retrievedText = answer.retrieved.map((r) => r.text).join("\n");
  const retrievalHit = c.in_scope && patterns.every((p) => p.test(retrievedText));
  const tooLong = replyText.length > MAX_REPLY_CHARS;
  const answerHit = c.in_scope && !answer.declined && !tooLong && patterns.every((p) => p.test(replyText));
  const verbatim = answer.quotes.filter((q) => quoteIsInFile(q.text, q.path, root)).length;
  let failure: string | null = null;
  if (c.in_scope && answer.declined) failure = "declined an in-scope question";
  else if (c.in_scope && tooLong) failure = `reply too long (${replyText.length} characters)`;
  else if (c.in_scope && !answerHit) failure = `reply misses ${patterns.filter((p) => !p.test(replyText)).map(String).join(", ")}`;
  else if (!c.in_scope && !answer.declined) failure = "answered an out-of-scope question";
  else if (verbatim < answer.quotes.length) failure = "a quote is not verbatim in its file";
  else if (c.in_scope && !retrievalHit) failure = "top-k passages miss an expected pattern (answer was right)";
  return {
    id: c.id,
    question: c.question,
    inScope: c.in_scope,
    declined: answer.declined,
    retrievalHit,
    answerHit,
    replyChars: replyText.length,
    latencyMs: answer.timings.totalMs,
    quotes: answer.quotes.length,
    verbatimQuotes: verbatim,
    failure,
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

export function summarise(results: readonly CaseResult[]) {
  const inScope = results.filter((r) => r.inScope);
  const outScope = results.filter((r) => !r.inScope);
  const quotes = results.reduce((n, r) => n + r.quotes, 0);
  const verbatim = results.reduce((n, r) => n + r.verbatimQuotes, 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    cases: results.length,
    retrieval_recall_at_k: ratio(inScope.filter((r) => r.retrievalHit).length, inScope.length),
    answer_accuracy: ratio(inScope.filter((r) => r.answerHit).length, inScope.length),
    decline_accuracy: ratio(outScope.filter((r) => r.declined).length, outScope.length),
    false_decline_rate: inScope.length === 0 ? 0 : ratio(inScope.filter((r) => r.declined).length, inScope.length),
    quote_verbatim_rate: ratio(verbatim, quotes),
    latency_ms: { p50: round(percentile(results.map((r) => r.latencyMs), 50)), p95: round(percentile(results.map((r) => r.latencyMs), 95)) },
    reply_chars: { p50: percentile(results.map((r) => r.replyChars), 50), p95: percentile(results.map((r) => r.replyChars), 95) },
  };
}
