import type { ClaimChecker } from "../claims/checker.js";
import { VERDICT_LABEL } from "../claims/types.js";
import { MAX_QUOTES } from "./extractive.js";
import { renumberCitations } from "./quotes.js";
import type { Quote } from "./types.js";

/** At most this many fact-check lines under one answer. */
const MAX_CHECKS = 2;

export interface Span {
  path: string;
  start: number;
  end: number;
}

/**
 * When a question is about a claim of the article that the claims file judges anything but supported, and that
 * claim was retrieved or quoted, the answer says so and shows the article's words and a reference's words side by
 * side. Those quotes take precedence over the answer's weakest quotes when all four places are taken.
 */
export function annotateClaims(question: string, answer: string, quotes: readonly Quote[], retrieved: readonly Span[], checker: ClaimChecker): { answer: string; quotes: Quote[] } {
  const spans = [...quotes.map((q) => ({ ...q, shown: true })), ...retrieved.map((r) => ({ ...r, shown: false }))];
  const seenEvidence = new Set<string>();
  const relevant = checker
    .claimsFor(question, spans)
    .filter(({ claim }) => {
      if (claim.verdict === "supported") return false;
      // Two claims answered by the same reference sentence would make the same point twice.
      const ev = checker.evidenceFor(claim.id)[0];
      const key = ev ? `${ev.path}:${ev.start}` : claim.id;
      if (seenEvidence.has(key)) return false;
      seenEvidence.add(key);
      return true;
    })
    .slice(0, MAX_CHECKS);
  if (relevant.length === 0) return { answer, quotes: [...quotes] };

  const overlaps = (a: Span, b: Span) => a.path === b.path && a.start < b.end && b.start < a.end;
  // The quotes each check needs: the article's words (or an article quote already containing them) and the evidence.
  const needs = relevant.map(({ claim }) => {
    const fromArticle = checker.articleQuote(claim);
    return { claim, quotes: [quotes.find((q) => overlaps(q, fromArticle)) ?? fromArticle, ...checker.evidenceFor(claim.id).slice(0, 1)] };
  });
  const protectedQuotes = needs.flatMap((n) => n.quotes);
  const same = (a: Quote, b: Quote) => a.path === b.path && a.start === b.start && a.end === b.end;
  const extra = protectedQuotes.filter((q, i) => !quotes.some((o) => same(o, q)) && protectedQuotes.findIndex((p) => same(p, q)) === i);
  // Keep the answer's own quotes from the first, dropping from the end those no check needs, to make room.
  let kept = quotes.map((_, i) => i);
  while (kept.length + extra.length > MAX_QUOTES) {
    const drop = [...kept].reverse().find((i) => i > 0 && !protectedQuotes.some((p) => same(p, quotes[i]!)));
    if (drop === undefined) break;
    kept = kept.filter((i) => i !== drop);
  }
  const out = [...kept.map((i) => quotes[i]!), ...extra].slice(0, MAX_QUOTES);
  const text = kept.length < quotes.length ? renumberCitations(answer, kept) : answer;
  const lines = needs.map(({ claim, quotes: qs }) => {
    const markers = qs.map((q) => out.findIndex((o) => same(o, q))).filter((i) => i >= 0).map((i) => ` [${i + 1}]`).join("");
    return `Fact check (${VERDICT_LABEL[claim.verdict]}): ${claim.explanation}${markers}`;
  });
  return { answer: `${text}\n${lines.join("\n")}`, quotes: out };
}
