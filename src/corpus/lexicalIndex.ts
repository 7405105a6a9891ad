import MiniSearch from "minisearch";
import type { KnowledgeDoc, Passage } from "../knowledge/types.js";
import { wordList } from "../language/words.js";
import { descending } from "../text/order.js";
import { toTerms } from "../text/terms.js";
import { TermWeights } from "../text/weights.js";

export interface Ranked {
  passage: Passage;
  score: number;
}

interface IndexedPassage {
  id: string;
  text: string;
  heading: string;
  title: string;
}

/** People call the article "the article" or "the story", words it never uses about itself. */
export const ARTICLE_WORDS = wordList("article-words").join(" ");

/** A term's passages (by number) and its BM25+ score in each, in minisearch's order. */
interface TermScores {
  at: Int32Array;
  score: Float64Array;
}

/** Terms found in more than this share of passages are too common to search with. */
const COMMON_SHARE = 0.6;

/** Field weights: a passage's own words count most; its heading and document title say what it is about. */
const BOOST = { text: 1, heading: 0.6, title: 0.35 };

/** BM25 ranking of passages (minisearch), and the term statistics every part of the engine weighs words with. */
export class LexicalIndex {
  readonly passages: readonly Passage[];
  readonly weights: TermWeights;
  private readonly search: MiniSearch<IndexedPassage>;
  private readonly byId: Map<string, Passage>;
  /** Each searched term's scores, by passage number: filled as terms are asked, bounded by the corpus's vocabulary. */
  private readonly perTerm = new Map<string, TermScores>();
  /** Each passage's number (its place in `passages`), by id. */
  private readonly numbers: Map<string, number>;
  /** Per passage number, a query's summed scores (then scores) and matched terms: reused (counts zeroed after). */
  private readonly sums: Float64Array;
  private readonly matched: Int32Array;

  /** `termsOf` gives each passage's terms (heading and text), already worked out by the corpus. */
  constructor(
    docs: readonly KnowledgeDoc[],
    passages: readonly Passage[],
    termsOf: (p: Passage) => ReadonlySet<string>,
  ) {
    this.passages = passages;
    this.byId = new Map(passages.map((p) => [p.id, p]));
    this.numbers = new Map(passages.map((p, i) => [p.id, i]));
    this.sums = new Float64Array(passages.length);
    this.matched = new Int32Array(passages.length);
    const titles = new Map(docs.map((d) => [d.id, d.kind === "article" ? `${d.title} ${ARTICLE_WORDS}` : d.title]));
    this.search = new MiniSearch<IndexedPassage>({
      fields: ["text", "heading", "title"],
      tokenize: toTerms,
      processTerm: (t) => t,
      // Queries arrive as analysed terms already: split, do not re-stem.
      searchOptions: { tokenize: (q) => q.split(" "), processTerm: (t) => t, boost: BOOST, combineWith: "OR" },
    });
    this.search.addAll(
      passages.map((p) => ({ id: p.id, text: p.text, heading: p.heading ?? "", title: titles.get(p.docId) ?? "" })),
    );
    const df = new Map<string, number>();
    for (const p of passages) for (const term of termsOf(p)) df.set(term, (df.get(term) ?? 0) + 1);
    this.weights = new TermWeights(df, passages.length);
  }

  /** The top `k` passages for already-analysed query terms, best first, optionally only those `only` accepts. */
  rank(
    terms: readonly string[],
    k: number,
    boosts?: ReadonlyMap<string, number>,
    only?: (p: Passage) => boolean,
  ): Ranked[] {
    if (terms.length === 0) return [];
    // A term in most passages ("deepseek") barely moves BM25 scores but costs the most to score: leave it out,
    // unless it is all the question has.
    const limit = COMMON_SHARE * this.passages.length;
    const specific = terms.filter((t) => this.weights.frequency(t) > 0 && this.weights.frequency(t) <= limit);
    const query =
      specific.length > 0
        ? specific
        : [...terms].sort((a, b) => this.weights.frequency(a) - this.weights.frequency(b)).slice(0, 1);
    // minisearch's OR query, summed term by term from each term's scores: the same BM25+ scores, without building
    // the query's match records (most of an answer's search time over a corpus this size). Sums and counts sit in
    // arrays by passage number, and passages are listed in the order first met, as a Map's keys would be.
    const { sums, matched } = this;
    const met: number[] = [];
    for (const term of new Set(query)) {
      const boost = boosts?.get(term) ?? 1;
      // Flat arrays of numbers, not pairs: a question's terms walk hundreds of them.
      const { at: ats, score: scores } = this.termScores(term);
      for (let i = 0; i < ats.length; i++) {
        const at = ats[i]!;
        const score = scores[i]!;
        if (matched[at] === 0) {
          met.push(at);
          sums[at] = boost * score;
          matched[at] = 1;
        } else {
          sums[at]! += boost * score;
          matched[at]!++;
        }
      }
    }
    // The passages met are sorted as numbers, and only the first `k` are made into results.
    const kept: number[] = [];
    for (const at of met) {
      // As minisearch does, a passage matching more of the query's terms is worth that many times its sum.
      sums[at] = sums[at]! * matched[at]!;
      if (!only || only(this.passages[at]!)) kept.push(at);
      matched[at] = 0;
    }
    kept.sort((a, b) => descending(sums[a]!, sums[b]!));
    const ranked: Ranked[] = [];
    for (let i = 0; i < Math.min(k, kept.length); i++)
      ranked.push({ passage: this.passages[kept[i]!]!, score: sums[kept[i]!]! });
    return ranked;
  }

  /**
   * One term's BM25+ score in each passage holding it, in minisearch's order, asked of minisearch once per term: the
   * index never changes after it is built (a reload builds a new one).
   */
  private termScores(term: string): TermScores {
    let scores = this.perTerm.get(term);
    if (!scores) {
      const at: number[] = [];
      const score: number[] = [];
      for (const r of this.search.search(term)) {
        const number = this.numbers.get(String(r.id));
        if (number === undefined) continue;
        at.push(number);
        score.push(r.score);
      }
      scores = { at: Int32Array.from(at), score: Float64Array.from(score) };
      // Only the corpus's own terms are kept: a question's unknown word is looked up and forgotten.
      if (this.weights.known(term)) this.perTerm.set(term, scores);
    }
    return scores;
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id);
  }
}
