import { Document } from "@langchain/core/documents";
import { BaseRetriever } from "@langchain/core/retrievers";
import type { KnowledgeDoc, Passage } from "../knowledge/types.js";
import { ARTICLE_WORDS, type LexicalIndex, type Ranked } from "./lexicalIndex.js";
import { detectIntents } from "./intent.js";
import { analyseQuery, type AnalysedQuery } from "./query.js";
import { toTerms } from "./terms.js";

/** What every retrieved Document carries, so answers can quote and link without looking anything up again. */
export interface PassageMetadata {
  passageId: string;
  docId: string;
  path: string;
  title: string;
  url: string | null;
  heading: string | null;
  kind: KnowledgeDoc["kind"];
  start: number;
  end: number;
  score: number;
}

/** A second ranking to fuse with the lexical one (the language-model issue plugs embeddings in here). */
export interface PassageRanker {
  rank(question: string, k: number): Promise<Array<{ passageId: string; score: number }>>;
}

export interface PassageRetrieverOptions {
  index: LexicalIndex;
  docs: ReadonlyMap<string, KnowledgeDoc>;
  k?: number;
  /** Optional dense ranking, fused with reciprocal rank fusion; failures fall back to lexical ranking. */
  vector?: PassageRanker | null;
  onVectorError?: (error: unknown) => void;
}

const RRF_K = 60;
const INTENT_BOOST = 1.25;
const ARTICLE_TERMS = new Set(toTerms(ARTICLE_WORDS));

/** LangChain retriever over the story's passages: BM25 with query-term weighting, optionally fused with vectors. */
export class PassageRetriever extends BaseRetriever<PassageMetadata> {
  lc_namespace = ["storybot", "retrievers"];
  readonly k: number;
  private readonly opts: PassageRetrieverOptions;
  private readonly analyses = new Map<string, AnalysedQuery>();

  constructor(opts: PassageRetrieverOptions) {
    super();
    this.opts = opts;
    this.k = opts.k ?? 4;
  }

  /** The analysis of a question (terms, weights, coverage), memoised for the few questions in flight. */
  analyse(question: string): AnalysedQuery {
    let a = this.analyses.get(question);
    if (!a) {
      a = analyseQuery(question, this.opts.index);
      if (this.analyses.size > 256) this.analyses.clear();
      this.analyses.set(question, a);
    }
    return a;
  }

  /**
   * Lexical ranking, then a nudge for passages holding the kind of fact the question asks for (a sum of money for
   * "how much", a date for "when"): among passages using the same words, the one that can answer comes first.
   */
  rankLexical(question: string, k: number, only?: (p: Passage) => boolean): Ranked[] {
    const a = this.analyse(question);
    const ranked = this.opts.index.rank(a.terms, k, a.weights, only);
    const intents = detectIntents(question).filter((i) => i.name !== "definition");
    if (intents.length === 0) return ranked;
    return ranked
      .map((r) => ({ ...r, score: intents.some((i) => i.evidence.test(r.passage.text)) ? r.score * INTENT_BOOST : r.score }))
      .sort((x, y) => y.score - x.score);
  }

  override async _getRelevantDocuments(question: string): Promise<Document<PassageMetadata>[]> {
    const depth = Math.max(this.k * 3, 12);
    let ranked = this.rankLexical(question, depth);
    if (this.opts.vector) {
      try {
        ranked = fuse(ranked, await this.opts.vector.rank(question, depth), this.opts.index);
      } catch (error) {
        this.opts.onVectorError?.(error);
      }
    }
    return this.withArticleSlot(question, ranked).slice(0, this.k).map((r) => this.toDocument(r));
  }

  /**
   * A question about what "the article" or "the story" says must see the article itself, not only notes that
   * discuss it: the article's best passage takes the last place in the top k if it did not make it on its own.
   */
  private withArticleSlot(question: string, ranked: Ranked[]): Ranked[] {
    const a = this.analyse(question);
    if (!a.terms.some((t) => ARTICLE_TERMS.has(t))) return ranked;
    const isArticle = (p: Passage) => this.opts.docs.get(p.docId)?.kind === "article";
    if (ranked.slice(0, this.k).some((r) => isArticle(r.passage))) return ranked;
    const best = this.rankLexical(question, 5, isArticle)[0];
    if (!best) return ranked;
    const top = ranked.filter((r) => r.passage.id !== best.passage.id).slice(0, this.k - 1);
    return [...top, best];
  }

  toDocument({ passage, score }: Ranked): Document<PassageMetadata> {
    const doc = this.opts.docs.get(passage.docId);
    return new Document<PassageMetadata>({
      pageContent: passage.text,
      id: passage.id,
      metadata: {
        passageId: passage.id,
        docId: passage.docId,
        path: doc?.path ?? "",
        title: doc?.title ?? passage.docId,
        url: doc?.url ?? null,
        heading: passage.heading,
        kind: doc?.kind ?? "note",
        start: passage.start,
        end: passage.end,
        score,
      },
    });
  }
}

/** Reciprocal rank fusion: robust to the two rankers' scores living on different scales. */
function fuse(lexical: Ranked[], dense: Array<{ passageId: string; score: number }>, index: LexicalIndex): Ranked[] {
  const scores = new Map<string, number>();
  lexical.forEach((r, i) => scores.set(r.passage.id, 1 / (RRF_K + i + 1)));
  dense.forEach((r, i) => scores.set(r.passageId, (scores.get(r.passageId) ?? 0) + 1 / (RRF_K + i + 1)));
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([id, score]) => {
      const passage = index.passage(id);
      return passage ? [{ passage, score }] : [];
    });
}
