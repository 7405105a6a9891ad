import MiniSearch from "minisearch";
import type { KnowledgeDoc, Passage } from "../knowledge/types.js";
import { toTerms } from "./terms.js";

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

export const ARTICLE_WORDS = "article story";

/** Terms found in more than this share of passages are too common to search with. */
const COMMON_SHARE = 0.6;

/** Field weights: a passage's own words count most; its heading and document title say what it is about. */
const BOOST = { text: 1, heading: 0.6, title: 0.35 };

/**
 * BM25 ranking of passages (minisearch), plus the document frequencies the engine uses to judge which words of a
 * question are specific to the story and which are not.
 */
export class LexicalIndex {
  readonly passages: readonly Passage[];
  private readonly search: MiniSearch<IndexedPassage>;
  private readonly byId: Map<string, Passage>;
  private readonly df = new Map<string, number>();
  /** Surface words (lowercase, unstemmed) the corpus uses: spelling correction compares against these. */
  readonly words: ReadonlySet<string>;

  constructor(docs: readonly KnowledgeDoc[], passages: readonly Passage[]) {
    this.passages = passages;
    this.byId = new Map(passages.map((p) => [p.id, p]));
    // People call the article "the article" or "the story", words it never uses about itself.
    const titles = new Map(docs.map((d) => [d.id, d.kind === "article" ? `${d.title} ${ARTICLE_WORDS}` : d.title]));
    this.search = new MiniSearch<IndexedPassage>({
      fields: ["text", "heading", "title"],
      tokenize: toTerms,
      processTerm: (t) => t,
      // Queries arrive as analysed terms already (see analyseQuery): split, do not re-stem.
      searchOptions: { tokenize: (q) => q.split(" "), processTerm: (t) => t, boost: BOOST, combineWith: "OR" },
    });
    this.search.addAll(
      passages.map((p) => ({ id: p.id, text: p.text, heading: p.heading ?? "", title: titles.get(p.docId) ?? "" })),
    );
    const words = new Set<string>();
    for (const p of passages) {
      for (const w of p.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) words.add(w);
      for (const term of new Set(toTerms(`${p.heading ?? ""} ${p.text}`))) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    this.words = words;
  }

  /** The top `k` passages for already-analysed query terms, best first. */
  rank(terms: readonly string[], k: number, weights?: ReadonlyMap<string, number>, only?: (p: Passage) => boolean): Ranked[] {
    if (terms.length === 0) return [];
    // A term in most passages ("deepseek") barely moves BM25 scores but costs the most to score: leave it out,
    // unless it is all the question has.
    const specific = terms.filter((t) => (this.df.get(t) ?? 0) <= COMMON_SHARE * this.passages.length);
    const query = specific.length > 0 ? specific : [...terms].sort((a, b) => (this.df.get(a) ?? 0) - (this.df.get(b) ?? 0)).slice(0, 1);
    const results = this.search.search(query.join(" "), {
      boostTerm: weights ? (term) => weights.get(term) ?? 1 : undefined,
      filter: only ? (r) => only(this.byId.get(String(r.id))!) : undefined,
    });
    const ranked: Ranked[] = [];
    for (const r of results) {
      const passage = this.byId.get(String(r.id));
      if (passage) ranked.push({ passage, score: r.score });
      if (ranked.length >= k) break;
    }
    return ranked;
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  /** How many passages contain the term (0 when the story never uses it). */
  documentFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  get passageCount(): number {
    return this.passages.length;
  }

}
