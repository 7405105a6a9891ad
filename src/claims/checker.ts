import { type Corpus, namesSomething } from "../corpus/corpus.js";
import { type Decision, loadDecisions } from "../fit/decisions.js";
import type { Sentence } from "../knowledge/types.js";
import { wordPattern } from "../language/words.js";
import { type Excerpt, excerptOf, overlapsSpan } from "../text/excerpts.js";
import { saysGroup, scoreSentences } from "../text/sentenceScore.js";
import { toTerms } from "../text/terms.js";
import { sameValue, type Value, valuesIn } from "../text/values.js";
import type { Understander, Understanding } from "../understanding/understand.js";
import { creditedRightly } from "./attribution.js";
import { BindingReader } from "./binding.js";
import { namesOutside } from "./claimNames.js";
import { matchScores, NEG_TERM } from "./claimScores.js";
import { figureGate } from "./figureGate.js";
import { isOpinion } from "./opinion.js";
import { readMessage } from "./statements.js";
import type { CheckReport, CheckResult, Claim } from "./types.js";
import { checkValues } from "./valueCheck.js";
import { checkAgainstNotes, claimVerdict, negated, opinionOf, remarkOn, reportedOnly, unverified } from "./verdicts.js";

/** Share of a statement's (rarity-weighted) words that must belong to a known claim for the two to match. */
const MATCH_THRESHOLD = 0.33;
/** A statement this close to a claim gets its verdict even when its words also sound like an opinion. */
const STRONG_MATCH = 0.6;
/** Share of a statement's words the story must know for it to be one of the article's claims. */
const CLAIM_COVERAGE = 0.6;
const MAX_STATEMENTS = 3;
/** How well a question must match a claim for its answer to carry the claim's fact check. */
const RELEVANT = 0.3;
/** The statement reports what someone said or thinks: a fact about a view, not the writer's own opinion. */
const REPORTS = wordPattern("saying");
/** Speakers none of our sources is: a company's unnamed staff, "someone", "people". */
const UNSOURCED_SPEAKER = wordPattern("unsourced");
/** Word of mouth: what a fact check cannot confirm when no source says it. */
const HEARSAY = wordPattern(["hearsay", "passing-on"]);

function coreTerms(claim: Claim, corpus: Corpus): string[] {
  const keywords = new Set(toTerms(claim.keywords.join(" ")));
  return [...new Set(toTerms(claim.claim))].filter((t) => keywords.has(t) || corpus.entityTerms.has(t));
}

interface Prepared {
  claim: Claim;
  /** The article's sentence that makes the claim, and its terms. */
  sentence: { text: string; terms: ReadonlySet<string> };
  terms: ReadonlySet<string>;
  /** What the claim is about: its own words that are names or among its keywords ("h200", "g200", "chip"). */
  core: string[];
  evidence: Excerpt[];
  span: { path: string; start: number; end: number }; // The claim's words in the article, as excerpts are placed.
}

/**
 * Checks statements against the article's known claims (knowledge/claims.yaml) and the notes. The verdict always
 * comes from the claims file or from a note sentence that says the same thing; nothing else invents one.
 */
export class ClaimChecker {
  private readonly prepared: Prepared[];
  private readonly binding: BindingReader;

  constructor(
    private readonly corpus: Corpus,
    private readonly understander: Understander,
    private readonly verdict: Decision = loadDecisions().verdict,
  ) {
    this.binding = new BindingReader(corpus);
    const articleSentences = corpus.passages.filter((p) => p.docId === corpus.article?.id).flatMap((p) => p.sentences);
    this.prepared = corpus.claims.map((claim) => ({
      claim,
      sentence: sentenceOf(claim, articleSentences, corpus),
      core: coreTerms(claim, corpus),
      terms: new Set([
        ...toTerms(`${claim.claim} ${claim.keywords.join(" ")}`),
        ...(negated(claim.claim) ? [NEG_TERM] : []),
      ]),
      evidence: this.findEvidence(claim),
      span: { path: corpus.article?.path ?? "", start: claim.start, end: claim.end },
    }));
  }

  get claims(): readonly Claim[] {
    return this.corpus.claims;
  }

  /**
   * One verdict for a single statement (already read: no chat noise, no hedge). A ✅ stands only when every value
   * of the statement is found bound as the statement binds it; otherwise the value's contradiction is shown, or no
   * verdict is given.
   */
  check(statement: string, passedOn = false, remark = ""): CheckResult {
    const u = this.understander.understand(statement);
    // Checked before the gate (a sentence marked unverified confirms no figure) and after it (the gate may show one).
    const result = reportedOnly(this.verdictOf(statement, u, passedOn));
    if (result.verdict === "unverified") return result;
    const gated = figureGate(this.binding, this.corpus, this.verdict, statement, u, result, remark);
    return creditedRightly(statement, reportedOnly(gated), u.groups, this.corpus);
  }

  private verdictOf(statement: string, u: Understanding, passedOn: boolean): CheckResult {
    // "deepseek's ceo said ...", "an nvidia exec admitted ...": someone's word that no source we hold records.
    const speaker = REPORTS.exec(statement);
    const reports = speaker !== null;
    const hearsay = reports && UNSOURCED_SPEAKER.test(statement.slice(0, speaker.index));
    const best = matchScores(this.prepared, u, this.corpus.weights)[0];
    // A claim is matched by what the statement says in the story's words; a key word the story never uses
    // ("smuggled") makes it another statement.
    const fits = best && best.score >= MATCH_THRESHOLD && u.unknownNames.length === 0 && u.coverage >= CLAIM_COVERAGE;
    const claim = fits && !namesOutside(u, best.prepared.claim, this.corpus) ? best.prepared : null;
    // "the most impressive release ever", "buy the dip": an opinion, unless it is one of the article's claims.
    if (!reports && isOpinion(statement) && (!claim || best!.score < STRONG_MATCH))
      return opinionOf(statement, u, this.corpus);
    const values = checkValues(statement, u, this.corpus);
    // A statement repeating the article's claim in other words gets the claim's verdict; one that names another
    // subject or states its own figures is checked value by value against the notes.
    if (claim && (!values || this.repeats(u, claim))) return this.claimVerdict(statement, claim);
    if (hearsay) return unverified(statement);
    if (values) {
      return {
        statement,
        verdict: values.verdict,
        claimId: null,
        explanation: values.explanation,
        explanationCode: values.explanationCode,
        articleExcerpt: null,
        evidence: [values.evidence],
      };
    }
    if (claim) return this.claimVerdict(statement, claim);
    const supported = checkAgainstNotes(statement, u, this.corpus);
    if (supported.verdict !== "not_covered") return supported;
    // Hearsay the sources cannot confirm ("apparently an exec admitted ...", "i read they used smuggled chips").
    if ((passedOn || HEARSAY.test(statement)) && u.coverage >= 0.5) return unverified(statement);
    return supported;
  }

  /**
   * Verdicts for a chat message: one per statement it makes (up to MAX_STATEMENTS). A message that states nothing
   * checkable ("lol nice", an emoji, a bare link) gets no verdict at all.
   */
  checkMessage(text: string): CheckReport {
    const read = readMessage(text, MAX_STATEMENTS, (w) => namesSomething(this.corpus, w));
    const results: CheckResult[] = [];
    for (const [i, statement] of read.statements.entries()) {
      // "V3 cost $5.6M, that's everything they spent": a remark on the statement before qualifies it, and states
      // nothing of its own.
      if (i > 0 && remarkOn(statement.text)) continue;
      const next = read.statements[i + 1]?.text ?? "";
      const r = this.check(statement.text, statement.hearsay, remarkOn(next) ? next : "");
      if (r.claimId && results.some((x) => x.claimId === r.claimId)) continue;
      results.push(r);
    }
    return { results, unchecked: read.unchecked };
  }

  /**
   * The claims an answer's excerpts speak to, that the question is about: the article's words of the claim are
   * shown, or one of the claim's note sentences is. Best match first.
   */
  claimsFor(u: Understanding, shown: readonly Excerpt[]): Array<{ claim: Claim; score: number }> {
    const touched = this.prepared.filter((p) =>
      shown.some((e) => overlapsSpan(e, p.span) || p.evidence.some((ev) => overlapsSpan(e, ev))),
    );
    // Most answers show no claim's words: the question is weighed against the claims only when one is shown.
    if (touched.length === 0) return [];
    // Only the touched claims' scores are read: the others are not weighed.
    const weighed = matchScores(this.prepared, u, this.corpus.weights, new Set(touched));
    const scores = new Map(weighed.map((m) => [m.prepared.claim.id, m.score]));
    return touched
      .map((p) => ({ claim: p.claim, score: scores.get(p.claim.id) ?? 0 }))
      .filter((c) => c.score >= RELEVANT)
      .sort((a, b) => b.score - a.score);
  }

  /** The article's words of a claim, as a verifiable excerpt. */
  articleExcerpt(claim: Claim): Excerpt {
    const article = this.corpus.article!;
    return excerptOf(this.corpus.docById, article.id, { text: claim.claim, start: claim.start, end: claim.end });
  }

  /** The verdict of a known claim for a statement that makes it, with the article's words and the notes' shown. */
  private claimVerdict(statement: string, p: Prepared): CheckResult {
    return claimVerdict(statement, p.claim, this.articleExcerpt(p.claim), p.evidence);
  }

  evidenceFor(claimId: string): Excerpt[] {
    return this.prepared.find((p) => p.claim.id === claimId)?.evidence ?? [];
  }

  /** True when the statement names nothing the article's sentence making the claim does not: it repeats the claim. */
  private repeats(u: Understanding, { sentence }: Prepared): boolean {
    if (!this.corpus.article) return false;
    // Names the whole story is about (DeepSeek, NVIDIA) say nothing; a specific one the sentence lacks (V3) does.
    const common = 0.25 * this.corpus.passages.length;
    const specific = u.subject.filter((g) => g.alternatives[0]!.some((t) => this.corpus.weights.frequency(t) < common));
    const figures = valuesIn(u.text);
    const claimed = valuesIn(sentence.text);
    // The article's own figure, as the article rounds it ("$5.5 million"), not a source's exact one ("$5,576,000").
    const asTheArticle = (v: Value) =>
      claimed.some((c) => sameValue(v, c) && (v.approx || Math.abs(v.low - c.low) <= 0.005 * Math.max(c.low, 1)));
    return specific.every((g) => saysGroup(sentence.terms, g)) && figures.every(asTheArticle);
  }

  /** The sentences of the claim's notes that best address it (claim words, keywords and explanation). */
  private findEvidence(claim: Claim): Excerpt[] {
    const text = `${claim.claim} ${claim.keywords.join(" ")} ${claim.explanation}`;
    const groups = this.understander.groupsOf(text).filter((g) => g.known);
    const out: Excerpt[] = [];
    for (const ref of claim.references.slice(0, 2)) {
      const ranked = this.corpus.passages.filter((p) => p.docId === ref).map((passage) => ({ passage, score: 1 }));
      const best = scoreSentences(groups, ranked, this.corpus.sentenceTerms).sort((a, b) => b.match - a.match)[0];
      if (best) out.push(excerptOf(this.corpus.docById, ref, best.sentence));
    }
    return out;
  }
}

/** The article's sentence holding the claim (its own words when no sentence holds it whole). */
function sentenceOf(claim: Claim, articleSentences: readonly Sentence[], corpus: Corpus): Prepared["sentence"] {
  const sentence = articleSentences.find((s) => s.start <= claim.start && claim.end <= s.end);
  const terms = sentence ? corpus.sentenceTerms.get(sentence) : undefined;
  return { text: sentence?.text ?? claim.claim, terms: terms ?? new Set(toTerms(claim.claim)) };
}
