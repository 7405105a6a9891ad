import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/corpus/corpus.js";

/* The shipped knowledge folder, checked as data. */

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
});

describe("the knowledge base", () => {
  it("has one article and gives every note its page or site link", () => {
    expect(corpus.docs.filter((d) => d.kind === "article")).toHaveLength(1);
    for (const d of corpus.docs.filter((x) => x.kind === "note")) {
      expect(d.url, d.id).toMatch(/^https?:\/\//);
      expect(["page", "site"], d.id).toContain(d.urlScope);
    }
  });

  it("has an asked: list under every section of every note, and for the article", async () => {
    for (const d of corpus.docs.filter((x) => x.kind === "note")) {
      const sections = [...d.text.matchAll(/^## /gm)].length;
      const listed = new Set(d.asked.map((q) => q.target.start)).size;
      expect(listed, d.id).toBe(sections);
    }
    expect(corpus.article!.asked.length).toBeGreaterThan(50);
    expect((await readFile(`${ROOT}/knowledge/synonyms.txt`, "utf8")).length).toBeGreaterThan(1000);
  });

  it("keeps judgements of the article out of the notes (they belong in claims.yaml)", () => {
    for (const p of corpus.passages.filter((x) => corpus.docById.get(x.docId)?.kind === "note")) {
      for (const s of p.sentences) expect(s.text, p.docId).not.toMatch(/\bthe article\b/i);
    }
  });

  it("maps every passage and sentence to its exact place in its file, outside the asked: lists", () => {
    for (const p of corpus.passages) {
      const doc = corpus.docById.get(p.docId)!;
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      for (const h of doc.hidden) expect(p.start < h.end && h.start < p.end, p.id).toBe(false);
    }
  });

  it("gives every claim notes that exist and article words that stand in the article", () => {
    for (const c of corpus.claims) {
      for (const r of c.references) expect(corpus.docById.get(r)?.kind, `${c.id} -> ${r}`).toBe("note");
      expect(corpus.article!.text.slice(c.start, c.end)).toBe(c.claim);
    }
  });
});
