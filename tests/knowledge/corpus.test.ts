import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
});

describe("the project's knowledge base, as data", () => {
  it("loads: every file parses, has its required fields and a unique id", () => {
    expect(corpus.docs.length).toBeGreaterThan(10);
    expect(new Set(corpus.docs.map((d) => d.id)).size).toBe(corpus.docs.length);
  });

  it("has exactly one article, and every reference has a link", () => {
    expect(corpus.docs.filter((d) => d.kind === "article")).toHaveLength(1);
    for (const d of corpus.docs.filter((d) => d.kind === "note")) expect(d.url).toMatch(/^https?:\/\//);
  });

  it("keeps passages under about 1,000 characters, each mapping back to its file", () => {
    for (const p of corpus.passages) {
      const doc = corpus.docById.get(p.docId)!;
      expect(p.text.length).toBeLessThanOrEqual(1000);
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it("has a claims file whose every claim is quoted from the article", () => {
    const article = corpus.docs.find((d) => d.kind === "article")!;
    expect(corpus.claims.length).toBeGreaterThan(5);
    for (const c of corpus.claims) expect(article.text.slice(c.start, c.end)).toBe(c.claim);
  });
});
