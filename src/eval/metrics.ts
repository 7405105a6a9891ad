import { readFileSync } from "node:fs";
import { LRUCache } from "lru-cache";
import type { Answer } from "../engine/types.js";

export interface QuestionCase {
  /** Questions asked before it in the same conversation (a follow-up thread), oldest first. */
  earlier?: string[];
  id: string;
  question: string;
  in_scope: boolean;
  expect: string[];
  tags?: string[];
}

/** What the asker sees of an answer: the first reply in full, and the answer lines above its excerpts. */
export interface Shown {
  /** The whole first reply as text (answer, the excerpts shown under it, credits). */
  reply: string;
  /** The answer lines alone. */
  lead: string;
}

export interface CaseResult {
  id: string;
  question: string;
  inScope: boolean;
  declined: boolean;
  retrievalHit: boolean;
  answerHit: boolean;
  leadHit: boolean;
  replyChars: number;
  latencyMs: number;
  excerpts: number;
  verbatimExcerpts: number;
  /** Why the case failed, for the failure list; null when it passed. */
  failure: string | null;
  /** The case's labels (style, article/reference, trap …), for figures per style. */
  tags: string[];
}

/** A reply longer than one Discord message (answer plus excerpts) counts as wrong: nobody reads it. */
const MAX_REPLY_CHARS = 4000;

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const fileCache = new LRUCache<string, string>({ max: 200 });

/** The evaluation's own check, independent of the engine's: is the excerpt in the file it cites? */
function excerptIsInFile(text: string, path: string, root: string): boolean {
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

export function scoreCase(c: QuestionCase, answer: Answer, shown: Shown, root: string): CaseResult {
  const patterns = c.expect.map((e) => new RegExp(e, "i"));
  const retrievedText = answer.retrieved.map((r) => r.text).join("\n");
  const retrievalHit = c.in_scope && patterns.every((p) => p.test(retrievedText));
  const tooLong = shown.reply.length > MAX_REPLY_CHARS;
  const answered = c.in_scope && !answer.declined && !tooLong;
  const answerHit = answered && patterns.every((p) => p.test(shown.reply));
  const leadHit = answered && patterns.every((p) => p.test(shown.lead));
  const verbatim = answer.excerpts.filter((e) => excerptIsInFile(e.text, e.path, root)).length;
  let failure: string | null = null;
  if (c.in_scope && answer.declined) failure = "declined an in-scope question";
  else if (c.in_scope && tooLong) failure = `reply too long (${shown.reply.length} characters)`;
  else if (c.in_scope && !answerHit)
    failure = `reply misses ${patterns
      .filter((p) => !p.test(shown.reply))
      .map(String)
      .join(", ")}`;
  else if (!c.in_scope && !answer.declined) failure = "answered an out-of-scope question";
  else if (verbatim < answer.excerpts.length) failure = "an excerpt is not verbatim in its file";
  else if (c.in_scope && !leadHit)
    failure = `answer lines miss ${patterns
      .filter((p) => !p.test(shown.lead))
      .map(String)
      .join(", ")} (shown in an excerpt)`;
  else if (c.in_scope && !retrievalHit) failure = "top-k passages miss an expected pattern (answer was right)";
  return {
    id: c.id,
    question: c.question,
    inScope: c.in_scope,
    declined: answer.declined,
    retrievalHit,
    answerHit,
    leadHit,
    replyChars: shown.reply.length,
    latencyMs: answer.timings.totalMs,
    excerpts: answer.excerpts.length,
    verbatimExcerpts: verbatim,
    failure,
    tags: c.tags ?? [],
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
  const excerpts = results.reduce((n, r) => n + r.excerpts, 0);
  const verbatim = results.reduce((n, r) => n + r.verbatimExcerpts, 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    cases: results.length,
    retrieval_recall_at_k: ratio(inScope.filter((r) => r.retrievalHit).length, inScope.length),
    answer_accuracy: ratio(inScope.filter((r) => r.answerHit).length, inScope.length),
    answer_lead_accuracy: ratio(inScope.filter((r) => r.leadHit).length, inScope.length),
    decline_accuracy: ratio(outScope.filter((r) => r.declined).length, outScope.length),
    false_decline_rate: inScope.length === 0 ? 0 : ratio(inScope.filter((r) => r.declined).length, inScope.length),
    quote_verbatim_rate: ratio(verbatim, excerpts),
    latency_ms: {
      p50: round(
        percentile(
          results.map((r) => r.latencyMs),
          50,
        ),
      ),
      p95: round(
        percentile(
          results.map((r) => r.latencyMs),
          95,
        ),
      ),
    },
    reply_chars: {
      p50: percentile(
        results.map((r) => r.replyChars),
        50,
      ),
      p95: percentile(
        results.map((r) => r.replyChars),
        95,
      ),
    },
  };
}

export interface ClaimCase {
  id: string;
  claim: string;
  verdict: string;
  /** What makes it true or false ("direction", "benchmark", "attribution" …), for figures per kind. */
  kind?: string;
}

export interface ClaimResult {
  id: string;
  claim: string;
  expected: string;
  got: string;
  ms: number;
  kind?: string;
}

/** Right over all per key, as "right/cases", keys in order. */
function tally<T>(rows: readonly T[], keysOf: (row: T) => readonly string[], right: (row: T) => boolean) {
  const out = new Map<string, [number, number]>();
  for (const r of rows)
    for (const key of keysOf(r)) {
      const row = out.get(key) ?? [0, 0];
      out.set(key, [row[0] + (right(r) ? 1 : 0), row[1] + 1]);
    }
  return Object.fromEntries(
    [...out.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, [n, all]]) => [key, `${n}/${all}`]),
  );
}

/**
 * Accuracy per label: for each tag the cases carry, right answers (in scope) or right declines (out of scope) over
 * its cases. Shows which styles of question the bot fails on.
 */
export function byTag(results: readonly CaseResult[]): Record<string, string> {
  return tally(
    results,
    (r) => r.tags,
    (r) => (r.inScope ? r.answerHit : r.declined),
  );
}

/** Verdict accuracy per kind of claim (claims without a kind are left out). */
export function byKind(rows: readonly ClaimResult[]): Record<string, string> {
  return tally(
    rows,
    (r) => (r.kind ? [r.kind] : []),
    (r) => r.got === r.expected,
  );
}

export function summariseClaims(rows: readonly ClaimResult[]) {
  const round = (x: number) => Math.round(x * 100) / 100;
  const notTrue = rows.filter((r) => r.expected !== "supported");
  return {
    cases: rows.length,
    verdict_accuracy: ratio(rows.filter((r) => r.got === r.expected).length, rows.length),
    // A ✅ on a claim that is not true is the checker's worst error: counted on its own, with its count.
    false_supported: `${notTrue.filter((r) => r.got === "supported").length}/${notTrue.length}`,
    false_supported_rate:
      notTrue.length === 0 ? 0 : ratio(notTrue.filter((r) => r.got === "supported").length, notTrue.length),
    latency_ms: {
      p50: round(
        percentile(
          rows.map((r) => r.ms),
          50,
        ),
      ),
      p95: round(
        percentile(
          rows.map((r) => r.ms),
          95,
        ),
      ),
    },
  };
}
