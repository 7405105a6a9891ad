import type { Corpus } from "../corpus/corpus.js";
import type { Ranked } from "../corpus/lexicalIndex.js";
import type { Passage } from "../knowledge/types.js";
import type { FactKind } from "../text/facts.js";
import { byScoreDescending } from "../text/order.js";
import { carriesKind } from "../understanding/evidence.js";
import type { Understanding } from "../understanding/understand.js";
import type { AskedIndex, AskedMatch } from "./askedIndex.js";
import { PassageBits } from "./passageBits.js";

/** A second ranking to fuse with the lexical one (embeddings, in the language-model mode). */
export interface DenseRanker {
  rank(question: string, k: number): Promise<Array<{ passageId: string; score: number }>>;
}

export interface RetrieverOptions {
  corpus: Corpus;
  asked: AskedIndex;
  /** How many passages to hand on. */
  k: number;
  dense?: DenseRanker | null;
  onDenseError?: (error: unknown) => void;
}

/** A ranked passage, with the asked: question of its section that best matched the asker's, if any did. */
export interface RankedPassage extends Ranked {
  asked: AskedMatch | null;
}

export type Retrieve = (u: Understanding) => Promise<RankedPassage[]>;

/** How much a matching asked: question adds to the share (0..1) of the question a passage says... */
const ASKED_WEIGHT = 1.5;
/** ...and how much its BM25 score, relative to the best, adds. */
const BM25_WEIGHT = 0.3;
/** Passages holding the kind of fact asked for rank this much higher. */
const KIND_BOOST = 1.2;
const RRF_K = 60;
const NO_FACTS: ReadonlySet<FactKind> = new Set();

/**
 * Ranks passages for an understood question: BM25 over the passages' words, plus the best match among the
 * questions their sections answer, nudged towards passages that hold the kind of fact asked for; the article's
 * best passage is always among them when the question is about the article.
 */
export function createRetriever({ corpus, asked, k, dense, onDenseError }: RetrieverOptions): Retrieve {
  const isArticle = (p: Passage) => corpus.docById.get(p.docId)?.kind === "article";
  const bits = new PassageBits(corpus.passages, (p) => corpus.passageTerms.get(p) ?? new Set());
  const groups = (u: Understanding) =>
    u.groups.map((g) => ({ alternatives: g.alternatives, weight: g.known ? g.weight * g.emphasis : 0 }));
  const rankLexical = (
    u: Understanding,
    nearest: readonly AskedMatch[],
    only?: (p: Passage) => boolean,
  ): RankedPassage[] => {
    // Candidates: the best passages by BM25, and the sections whose asked: questions are nearest the asker's, in that
    // order (which a tie keeps), each once. Loops, not maps and spreads: this runs for every question.
    const lexical = corpus.index.rank(u.terms, 24, u.boosts, only);
    const top = lexical[0]?.score || 1;
    const candidates: Passage[] = [];
    const bm25 = new Map<Passage, number>();
    for (const r of lexical) {
      if (!bm25.has(r.passage)) candidates.push(r.passage);
      bm25.set(r.passage, r.score / top);
    }
    const fromAsked = new Map<Passage, AskedMatch>();
    for (const m of nearest) {
      for (const p of m.passages) {
        if (fromAsked.has(p) || (only && !only(p))) continue;
        fromAsked.set(p, m);
        if (!bm25.has(p)) candidates.push(p);
      }
    }
    const share = bits.shares(groups(u));
    const kind = u.kinds[0]!;
    const ranked: RankedPassage[] = [];
    for (const passage of candidates) {
      // How much of the question the passage says, how near a question its section answers, and a little BM25.
      const says = share(passage);
      const m = fromAsked.get(passage) ?? null;
      let score = says + ASKED_WEIGHT * (m?.score ?? 0) ** 2 + BM25_WEIGHT * (bm25.get(passage) ?? 0);
      if (carriesKind(corpus.facts.get(passage) ?? NO_FACTS, kind)) score *= KIND_BOOST;
      ranked.push({ passage, score, asked: m });
    }
    return ranked.sort(byScoreDescending);
  };

  return async (u) => {
    const nearest = asked.match(u, 30);
    let ranked = rankLexical(u, nearest);
    if (dense) {
      try {
        ranked = fuse(ranked, await dense.rank(u.text, 24), corpus);
      } catch (error) {
        onDenseError?.(error);
      }
    }
    if (u.aboutArticle && !ranked.slice(0, k).some((r) => isArticle(r.passage))) {
      // Sharing no word with the question, the article's passages are still what it asks about: its first one.
      const first = corpus.passages.find(isArticle);
      const best =
        rankLexical(u, nearest, isArticle)[0] ?? (first ? { passage: first, score: 0, asked: null } : undefined);
      if (best) ranked = [best, ...ranked.filter((r) => r.passage !== best.passage)];
    }
    return ranked.slice(0, k);
  };
}

/** Reciprocal rank fusion: robust to the two rankings' scores living on different scales. */
function fuse(
  lexical: RankedPassage[],
  denseRanks: Array<{ passageId: string; score: number }>,
  corpus: Corpus,
): RankedPassage[] {
  const asked = new Map(lexical.map((r) => [r.passage.id, r.asked]));
  const scores = new Map<string, number>();
  lexical.forEach((r, i) => {
    scores.set(r.passage.id, 1 / (RRF_K + i + 1));
  });
  denseRanks.forEach((r, i) => {
    scores.set(r.passageId, (scores.get(r.passageId) ?? 0) + 1 / (RRF_K + i + 1));
  });
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([id, score]) => {
      const passage = corpus.index.passage(id);
      return passage ? [{ passage, score, asked: asked.get(id) ?? null }] : [];
    });
}
