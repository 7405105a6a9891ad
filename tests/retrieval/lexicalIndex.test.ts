import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { ARTICLE_WORDS } from "../../src/corpus/lexicalIndex.js";
import { toTerms } from "../../src/text/terms.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
});

/** minisearch's own OR query over the same fields and boosts: what the index's summed scores must equal. */
function minisearchScores(terms: readonly string[], boosts: ReadonlyMap<string, number>) {
  const titles = new Map(
    corpus.docs.map((d) => [d.id, d.kind === "article" ? `${d.title} ${ARTICLE_WORDS}` : d.title]),
  );
  const search = new MiniSearch({ fields: ["text", "heading", "title"], tokenize: toTerms, processTerm: (t) => t });
  search.addAll(
    corpus.passages.map((p) => ({ id: p.id, text: p.text, heading: p.heading ?? "", title: titles.get(p.docId) })),
  );
  return search
    .search(terms.join(" "), {
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
      boost: { text: 1, heading: 0.6, title: 0.35 },
      combineWith: "OR",
      boostTerm: (t) => boosts.get(t) ?? 1,
    })
    .map((r) => ({ id: String(r.id), score: r.score }));
}

describe("the lexical index", () => {
  it("scores a query of several boosted terms as minisearch's OR query does", () => {
    const terms = ["h800", "gpu", "cost"].filter((t) => corpus.weights.known(t));
    const boosts = new Map([[terms[0]!, 1.6]]);
    const ours = corpus.index.rank(terms, 50, boosts).map((r) => ({ id: r.passage.id, score: r.score }));
    const theirs = minisearchScores(terms, boosts);
    expect(terms.length).toBeGreaterThan(1);
    expect(ours.map((r) => r.id)).toEqual(theirs.map((r) => r.id));
    ours.forEach((r, i) => expect(r.score).toBeCloseTo(theirs[i]!.score, 9));
  });

  it("scores each query afresh, whatever was asked before (its working arrays are reused)", async () => {
    const terms = ["h800", "gpu", "cost"].filter((t) => corpus.weights.known(t));
    const fresh = await loadCorpus(FIXTURE, FIXTURE);
    const alone = fresh.index.rank(terms, 50).map((r) => [r.passage.id, r.score]);
    corpus.index.rank(["gpu", "cost"], 50);
    corpus.index.rank(terms, 50, undefined, (p) => p.docId === corpus.passages[0]!.docId);
    expect(corpus.index.rank(terms, 50).map((r) => [r.passage.id, r.score])).toEqual(alone);
  });

  it("keeps only the passages a filter accepts", () => {
    const first = corpus.passages[0]!;
    const ranked = corpus.index.rank(toTerms(first.text).slice(0, 3), 10, undefined, (p) => p.docId !== first.docId);
    expect(ranked.every((r) => r.passage.docId !== first.docId)).toBe(true);
  });
});
