import type { Corpus } from "../engine/corpus.js";
import { scoreSentences } from "../engine/extractive.js";
import { quoteOf } from "../engine/quotes.js";
import type { Quote } from "../engine/types.js";
import { splitSentences } from "../knowledge/sentences.js";
import type { Ranked } from "../retrieval/lexicalIndex.js";
import { analyseQuery } from "../retrieval/query.js";
import { toTerms } from "../retrieval/terms.js";
import type { CheckResult, Claim } from "./types.js";

/** Share of a statement's (rarity-weighted) words that must belong to a known claim for the two to match. */
const MATCH_THRESHOLD = 0.4;
/** For a statement matching no known claim: how much of it one reference sentence must say to count as support. */
const SUPPORT_THRESHOLD = 0.75;
export const MAX_STATEMENTS = 3;
/** How well a question must match a claim for /ask to fact-check it: less when the answer quotes the claim itself. */
const RELEVANT_IF_SHOWN = 0.25;
const RELEVANT_IF_RETRIEVED = 0.35;
/** A question squarely about a claim is fact-checked even when retrieval did not bring the article's words up. */
const RELEVANT_IF_ASKED = 0.5;
/** Negation decides many claims ("without NVIDIA chips", "didn't use GPUs") yet is a stopword for search. */
const NEGATION = /\b(no|not|never|none|without|didn'?t|did not|don'?t|doesn'?t|isn'?t|wasn'?t|avoid\w*)\b|n't\b/i;
const NEG_TERM = "\u0000negation";

function claimTerms(text: string): string[] {
  return NEGATION.test(text) ? [...toTerms(text), NEG_TERM] : toTerms(text);
}

interface Prepared {
  claim: Claim;
  terms: ReadonlySet<string>;
  evidence: Quote[];
}

/**
 * Checks statements against the article's known claims (knowledge/claims.yaml) and the reference notes. The verdict
 * always comes from the claims file or from a reference sentence that says the same thing; nothing else invents one.
 */
export class ClaimChecker {
  private readonly prepared: Prepared[];

  constructor(
    private readonly corpus: Corpus,
    readonly claims: readonly Claim[],
  ) {
    this.prepared = claims.map((claim) => ({
      claim,
      terms: new Set(claimTerms(`${claim.claim} ${claim.keywords.join(" ")}`)),
      evidence: this.findEvidence(claim),
    }));
  }

  /** One verdict for a single statement. */
  check(statement: string): CheckResult {
    const best = this.bestMatch(statement);
    if (best) return this.resultFor(statement, best);
    return this.checkAgainstReferences(statement);
  }

  /** One verdict per sentence of a message (up to MAX_STATEMENTS), skipping sentences that repeat a claim. */
  checkMessage(text: string): CheckResult[] {
    const sentences = splitSentences(text).map((s) => s.text).filter((s) => /\p{L}{3,}/u.test(s));
    const results: CheckResult[] = [];
    for (const s of sentences) {
      const r = this.check(s);
      if (r.claimId && results.some((x) => x.claimId === r.claimId)) continue;
      results.push(r);
      if (results.length >= MAX_STATEMENTS) break;
    }
    const covered = results.filter((r) => r.verdict !== "not_covered");
    return covered.length > 0 ? covered : results.slice(0, 1);
  }

  /**
   * Known claims the question is about, among those whose article words were retrieved or quoted: these get a
   * fact-check line in /ask answers. Ordered by relevance to the question.
   */
  claimsFor(question: string, spans: ReadonlyArray<{ path: string; start: number; end: number; shown: boolean }>): Array<{ claim: Claim; score: number }> {
    const path = this.articlePath();
    const matches = this.matchScores(question);
    const scores = new Map(matches.map((m) => [m.prepared.claim.id, m.score]));
    const topAsked = matches[0]?.prepared.claim.id;
    const out: Array<{ claim: Claim; score: number }> = [];
    for (const { claim } of this.prepared) {
      const touching = spans.filter((s) => s.path === path && s.start < claim.end && claim.start < s.end);
      const score = scores.get(claim.id) ?? 0;
      const needed =
        touching.length === 0 ? (claim.id === topAsked ? RELEVANT_IF_ASKED : Infinity) : touching.some((s) => s.shown) ? RELEVANT_IF_SHOWN : RELEVANT_IF_RETRIEVED;
      if (score >= needed) out.push({ claim, score });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** The article's words of a claim, as a verifiable quote. */
  articleQuote(claim: Claim): Quote {
    const article = this.corpus.docs.find((d) => d.kind === "article")!;
    return quoteOf(this.corpus, article.id, { text: claim.claim, start: claim.start, end: claim.end });
  }

  evidenceFor(claimId: string): Quote[] {
    return this.prepared.find((p) => p.claim.id === claimId)?.evidence ?? [];
  }

  private articlePath(): string {
    return this.corpus.docs.find((d) => d.kind === "article")?.path ?? "";
  }

  private bestMatch(statement: string): Prepared | null {
    const best = this.matchScores(statement)[0];
    return best && best.score >= MATCH_THRESHOLD ? best.prepared : null;
  }

  /** Every claim sharing at least two words with the statement, scored by the rarity-weighted share it covers. */
  private matchScores(statement: string): Array<{ prepared: Prepared; score: number }> {
    const n = this.corpus.index.passageCount;
    const weight = (t: string) => (t === NEG_TERM ? Math.log(5) : Math.log(1 + n / Math.max(this.corpus.index.documentFrequency(t), 0.5)));
    const terms = [...new Set(analyseQuery(statement, this.corpus.index).terms.concat(claimTerms(statement)))];
    const total = terms.reduce((s, t) => s + weight(t), 0);
    if (total === 0) return [];
    return this.prepared
      .map((prepared) => {
        const matched = terms.filter((t) => prepared.terms.has(t));
        return { prepared, score: matched.length >= 2 ? matched.reduce((s, t) => s + weight(t), 0) / total : 0 };
      })
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  private resultFor(statement: string, p: Prepared): CheckResult {
    return {
      statement,
      verdict: p.claim.verdict,
      claimId: p.claim.id,
      explanation: p.claim.explanation,
      articleQuote: this.articleQuote(p.claim),
      referenceQuotes: p.evidence,
    };
  }

  /** No known claim: supported only if one reference sentence says (nearly) all of it, figures included. */
  private checkAgainstReferences(statement: string): CheckResult {
    const notCovered: CheckResult = {
      statement,
      verdict: "not_covered",
      claimId: null,
      explanation: "The story's documents don't say anything that settles this, so I won't give it a verdict.",
      articleQuote: null,
      referenceQuotes: [],
    };
    const query = analyseQuery(statement, this.corpus.index);
    if (query.coverage < 0.5) return notCovered;
    const ranked = this.corpus.index.rank(query.terms, 8, query.weights).filter((r) => this.kindOf(r) === "note");
    const figures = statement.match(/\d+(?:[.,]\d+)*/g) ?? [];
    const n = this.corpus.index.passageCount;
    const weight = (t: string) => Math.log(1 + n / Math.max(this.corpus.index.documentFrequency(t), 1));
    const total = query.terms.reduce((s, t) => s + weight(t), 0) || 1;
    for (const c of scoreSentences(statement, query, ranked, this.corpus).slice(0, 5)) {
      const said = query.terms.filter((t) => c.terms.has(t)).reduce((s, t) => s + weight(t), 0) / total;
      if (said >= SUPPORT_THRESHOLD && figures.every((f) => c.sentence.text.includes(f))) {
        return {
          statement,
          verdict: "supported",
          claimId: null,
          explanation: "A reference says the same thing, in the words quoted below.",
          articleQuote: null,
          referenceQuotes: [quoteOf(this.corpus, c.passage.docId, c.sentence)],
        };
      }
    }
    return notCovered;
  }

  private kindOf(r: Ranked): string | undefined {
    return this.corpus.docById.get(r.passage.docId)?.kind;
  }

  /** The sentences of the claim's reference notes that best address it (claim words, keywords and explanation). */
  private findEvidence(claim: Claim): Quote[] {
    const text = `${claim.claim} ${claim.keywords.join(" ")} ${claim.explanation}`;
    const query = analyseQuery(text, this.corpus.index);
    const quotes: Quote[] = [];
    for (const ref of claim.references.slice(0, 2)) {
      const ranked = this.corpus.passages.filter((p) => p.docId === ref).map((passage) => ({ passage, score: 1 }));
      const best = scoreSentences(text, query, ranked, this.corpus)[0];
      if (best) quotes.push(quoteOf(this.corpus, ref, best.sentence));
    }
    return quotes;
  }
}
