import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";

/* The shipped knowledge folder, checked as data: a bad edit to it fails here with the document named. */

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let notes: KnowledgeDoc[];
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  notes = corpus.docs.filter((d) => d.kind === "note");
});

/** The `##` headings of a document's body, with their offsets. */
function sections(doc: KnowledgeDoc): Array<{ heading: string; start: number }> {
  return [...doc.text.slice(doc.bodyStart).matchAll(/^## .*$/gm)].map((m) => ({
    heading: m[0],
    start: doc.bodyStart + m.index,
  }));
}

describe("the knowledge folder", () => {
  it("loads, with one article and its notes", () => {
    expect([corpus.docs.filter((d) => d.kind === "article").length, notes.length > 0]).toEqual([1, true]);
  });

  it("records every file under knowledge/", () => {
    for (const d of corpus.docs) expect(d.path, d.id).toMatch(/^knowledge\//);
  });

  it("gives every note an http(s) url", () => {
    for (const d of notes) expect(d.url, d.id).toMatch(/^https?:\/\/[^/]+\.[^/]+/);
  });

  it("says in every note's front matter whether its url is the page or only the site", () => {
    for (const d of notes) expect(d.text.slice(0, d.bodyStart), d.id).toMatch(/^url_scope: (page|site)$/m);
  });

  it("has an asked: list under every ## section of every note", () => {
    for (const d of notes) {
      const listed = new Set(d.asked.map((q) => q.target.start));
      for (const s of sections(d)) expect(listed.has(s.start), `${d.id}: ${s.heading}`).toBe(true);
    }
  });

  it("has asked: lists for the article's paragraphs", () => {
    expect(corpus.article?.asked.length).toBeGreaterThan(0);
  });

  it("keeps judgements of the article out of the notes: no note sentence says 'the article'", () => {
    for (const p of corpus.passages.filter((x) => corpus.docById.get(x.docId)?.kind === "note")) {
      for (const s of p.sentences) expect(s.text, p.id).not.toMatch(/\bthe article\b/i);
    }
  });

  it("maps every passage to its exact place in its file", () => {
    for (const p of corpus.passages) expect(corpus.docById.get(p.docId)!.text.slice(p.start, p.end), p.id).toBe(p.text);
  });

  it("maps every sentence to its exact place in its file", () => {
    for (const p of corpus.passages) {
      const text = corpus.docById.get(p.docId)!.text;
      for (const s of p.sentences) expect(text.slice(s.start, s.end), p.id).toBe(s.text);
    }
  });

  it("keeps every passage out of the asked: lists", () => {
    for (const p of corpus.passages) {
      for (const h of corpus.docById.get(p.docId)!.hidden) expect(p.start < h.end && h.start < p.end, p.id).toBe(false);
    }
  });

  it("puts no line of an asked: list into a passage", () => {
    for (const p of corpus.passages) {
      expect(p.text, p.id).not.toMatch(/^asked:/m);
      // A question's words may occur in a note's prose ("87 FR 62186"); its list line may not.
      for (const q of corpus.docById.get(p.docId)!.asked) expect(p.text, p.id).not.toContain(`- ${q.text}`);
    }
  });

  it("backs every claim with notes that exist", () => {
    const noteIds = new Set(notes.map((d) => d.id));
    for (const c of corpus.claims) for (const r of c.references) expect(noteIds.has(r), `${c.id} -> ${r}`).toBe(true);
  });

  it("quotes every claim word for word from the article", () => {
    for (const c of corpus.claims) expect(corpus.article!.text.slice(c.start, c.end), c.id).toBe(c.claim);
  });
});
