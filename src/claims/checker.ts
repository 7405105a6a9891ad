import type { Corpus } from "../corpus/corpus.js";
import { splitSentences } from "../knowledge/sentences.js";
import { excerptOf, overlapsSpan, type Excerpt } from "../text/excerpts.js";
import { matchShare, saysGroup, scoreSentences, type WeightedGroup } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import type { Understander, Understanding } from "../understanding/understand.js";
import type { CheckResult, Claim } from "./types.js";

/** Share of a statement's (rarity-weighted) words that must belong to a known claim for the two to match. */
const MATCH_THRESHOLD = 0.4;
/** For a statement matching no known claim: how much of it one note sentence must say to count as support. */
const SUPPORT_THRESHOLD = 0.75;
export const MAX_STATEMENTS = 3;
/** How well a question must match a claim for its answer to carry the claim's fact check. */
const RELEVANT = 0.3;
/** Negation decides many claims ("without NVIDIA chips", "didn't use GPUs") yet is a stopword for search. */
const NEGATION = /\b(no|not|never|none|without|didn'?t|did not|don'?t|doesn'?t|isn'?t|wasn'?t|avoid\w*)\b|n't\b/i;
const NEG_TERM = "\u0000negation";

interface Prepared {
  claim: Claim;
  terms: ReadonlySet<string>;
  evidence: Excerpt[];
}

/**
 * Checks statements against the article's known claims (knowledge/claims.yaml) and the notes. The verdict always
 * comes from the claims file or from a note sentence that says the same thing; nothing else invents one.
 */
export class ClaimChecker {
  private readonly prepared: Prepared[];

  constructor(
    private readonly corpus: Corpus,
    private readonly understander: Understander,
  ) {
    this.prepared = corpus.claims.map((claim) => ({
      claim,
      terms: new Set([...toTerms(`${claim.claim} ${claim.keywords.join(" ")}`), ...(NEGATION.test(claim.claim) ? [NEG_TERM] : [])]),
      evidence: this.findEvidence(claim),
    }));
  }

  get claims(): readonly Claim[] {
    return this.corpus.claims;
  }

  /** One verdict for a single statement. */
  check(statement: string): CheckResult {
    const u = this.understander.understand(statement);
    const best = this.matchScores(u)[0];
    if (best && best.score >= MATCH_THRESHOLD) return this.resultFor(statement, best.prepared);
    return this.checkAgainstNotes(statement, u);
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
   * The claims an answer's excerpts speak to, that the question is about: the article's words of the claim are
   * shown, or one of the claim's note sentences is. Best match first.
   */
  claimsFor(u: Understanding, shown: readonly Excerpt[]): Array<{ claim: Claim; score: number }> {
    const scores = new Map(this.matchScores(u).map((m) => [m.prepared.claim.id, m.score]));
    const article = this.corpus.article;
    const out: Array<{ claim: Claim; score: number }> = [];
    for (const p of this.prepared) {
      const span = { path: article?.path ?? "", start: p.claim.start, end: p.claim.end };
      const touches = shown.some((e) => overlapsSpan(e, span) || p.evidence.some((ev) => overlapsSpan(e, ev)));
      const score = scores.get(p.claim.id) ?? 0;
      if (touches && score >= RELEVANT) out.push({ claim: p.claim, score });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  /** The article's words of a claim, as a verifiable excerpt. */
  articleExcerpt(claim: Claim): Excerpt {
    const article = this.corpus.article!;
    return excerptOf(this.corpus.docById, article.id, { text: claim.claim, start: claim.start, end: claim.end });
  }

  evidenceFor(claimId: string): Excerpt[] {
    return this.prepared.find((p) => p.claim.id === claimId)?.evidence ?? [];
  }

  /**
   * Every claim sharing at least two words with the statement, one of them about the fact itself rather than what
   * it is about ("cost", not only "r1"), scored by the weighted share of the statement they cover.
   */
  private matchScores(u: Understanding): Array<{ prepared: Prepared; score: number }> {
    const groups: Array<WeightedGroup & { entity?: boolean }> = u.groups.filter((g) => g.known);
    if (NEGATION.test(u.text)) groups.push({ alternatives: [[NEG_TERM]], weight: Math.log(5) });
    return this.prepared
      .map((prepared) => {
        const hits = groups.filter((g) => saysGroup(prepared.terms, g));
        const aboutFact = hits.some((g) => !g.entity);
        return { prepared, score: hits.length >= 2 && aboutFact ? matchShare(prepared.terms, groups) : 0 };
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
      articleExcerpt: this.articleExcerpt(p.claim),
      evidence: p.evidence,
    };
  }

  /** No known claim: supported only if one note sentence says (nearly) all of it, figures included. */
  private checkAgainstNotes(statement: string, u: Understanding): CheckResult {
    const notCovered: CheckResult = {
      statement,
      verdict: "not_covered",
      claimId: null,
      explanation: "The story's documents don't say anything that settles this, so I won't give it a verdict.",
      articleExcerpt: null,
      evidence: [],
    };
    if (u.coverage < 0.5) return notCovered;
    const groups = u.groups.filter((g) => g.known);
    const ranked = this.corpus.index.rank(u.terms, 8, u.boosts).filter((r) => this.corpus.docById.get(r.passage.docId)?.kind !== "article");
    const figures = statement.match(/\d+(?:[.,]\d+)*/g) ?? [];
    const best = scoreSentences(groups, ranked, this.corpus.sentenceTerms).sort((a, b) => b.match - a.match)[0];
    if (best && best.match >= SUPPORT_THRESHOLD && figures.every((f) => best.sentence.text.includes(f))) {
      return {
        statement,
        verdict: "supported",
        claimId: null,
        explanation: "The sources say the same thing, as shown below.",
        articleExcerpt: null,
        evidence: [excerptOf(this.corpus.docById, best.passage.docId, best.sentence)],
      };
    }
    return notCovered;
  }

  /** The sentences of the claim's notes that best address it (claim words, keywords and explanation). */
  private findEvidence(claim: Claim): Excerpt[] {
    const u = this.understander.understand(`${claim.claim} ${claim.keywords.join(" ")} ${claim.explanation}`);
    const groups = u.groups.filter((g) => g.known);
    const out: Excerpt[] = [];
    for (const ref of claim.references.slice(0, 2)) {
      const ranked = this.corpus.passages.filter((p) => p.docId === ref).map((passage) => ({ passage, score: 1 }));
      const best = scoreSentences(groups, ranked, this.corpus.sentenceTerms).sort((a, b) => b.match - a.match)[0];
      if (best) out.push(excerptOf(this.corpus.docById, ref, best.sentence));
    }
    return out;
  }
}
