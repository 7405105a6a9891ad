import { describe, expect, it } from "vitest";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";
import {
  containsSpan,
  type Excerpt,
  excerptOf,
  isVerbatim,
  locateExcerpt,
  overlapsSpan,
} from "../../src/text/excerpts.js";

// A small note held in memory: front matter, a heading, a hidden asked: list, then the body's two sentences.
const FRONT = "---\nid: cost\ntitle: Cost report\nkind: note\n---\n";
const ASKED = "asked:\n- what did the final run cost\n\n";
const BODY = "The final run cost $5,576,000.\nIt used 2,048 H800 GPUs for the\nwhole run.\n";
const TEXT = `${FRONT}## Cost\n\n${ASKED}${BODY}`;
const hiddenStart = TEXT.indexOf(ASKED);

const doc: KnowledgeDoc = {
  id: "cost",
  title: "Cost report",
  publisher: "Test Lab",
  authors: null,
  published: "2025-01-27",
  url: "https://example.org/cost",
  urlScope: "page",
  note: null,
  kind: "note",
  asOf: "2026-01-01",
  path: "knowledge/notes/cost.md",
  text: TEXT,
  bodyStart: FRONT.length,
  hidden: [{ start: hiddenStart, end: hiddenStart + ASKED.length }],
  asked: [],
};
const docs = new Map([[doc.id, doc]]);

function spanOf(text: string): Excerpt {
  const start = TEXT.indexOf(text);
  return excerptOf(docs, "cost", { start, end: start + text.length, text });
}

describe("an excerpt checked against its file", () => {
  const good = spanOf("The final run cost $5,576,000.");

  it("is verbatim when its text is the file's text at its offsets", () => {
    expect(isVerbatim(docs, good)).toBe(true);
  });

  it.each([
    ["its text was changed", { text: "The final run cost $5,500,000." }],
    ["it names a document that does not exist", { docId: "missing" }],
    ["it names another file", { path: "knowledge/notes/other.md" }],
    ["it claims a kind its document does not have, a note passed off as the article", { kind: "article" as const }],
    ["its text is empty", { text: "", end: good.start }],
    ["its offsets were shifted", { start: good.start + 1, end: good.end + 1 }],
  ])("is refused when %s", (_, change) => {
    expect(isVerbatim(docs, { ...good, ...change })).toBe(false);
  });

  it("is refused when it lies in the front matter, even word for word", () => {
    expect(isVerbatim(docs, spanOf("title: Cost report"))).toBe(false);
  });

  it("is refused when it overlaps the hidden asked: list", () => {
    expect(isVerbatim(docs, spanOf("what did the final run cost"))).toBe(false);
  });

  it("takes the document's kind, title, link and path", () => {
    expect(good).toMatchObject({
      kind: "note",
      title: "Cost report",
      url: "https://example.org/cost",
      path: "knowledge/notes/cost.md",
      docId: "cost",
    });
  });

  it("falls back to a note with no link when the document is unknown", () => {
    expect(excerptOf(docs, "missing", { start: 0, end: 3, text: "---" })).toMatchObject({
      kind: "note",
      title: "missing",
      url: null,
      path: "",
    });
  });
});

describe("finding a quote in a document", () => {
  it("returns the exact offsets of a quote found word for word", () => {
    const found = locateExcerpt(docs, "cost", "The final run cost $5,576,000.");
    expect(found && TEXT.slice(found.start, found.end)).toBe("The final run cost $5,576,000.");
  });

  it("finds a quote whose line breaks differ, and returns the file's own text", () => {
    const found = locateExcerpt(docs, "cost", "It used 2,048 H800 GPUs for the whole run.");
    expect(found?.text).toBe("It used 2,048 H800 GPUs for the\nwhole run.");
    expect(found && isVerbatim(docs, found)).toBe(true);
  });

  it("ignores white space around the quote", () => {
    expect(locateExcerpt(docs, "cost", "  The final run cost $5,576,000.  ")?.text).toBe(
      "The final run cost $5,576,000.",
    );
  });

  it.each([
    ["words the document does not say", "The final run cost $1."],
    ["a quote shorter than eight characters", "final"],
    ["words only in the hidden asked: list", "what did the final run cost"],
    ["words only in the front matter", "title: Cost report"],
  ])("finds nothing for %s", (_, text) => {
    expect(locateExcerpt(docs, "cost", text)).toBeNull();
  });

  it("finds nothing in a document that does not exist", () => {
    expect(locateExcerpt(docs, "missing", "The final run cost $5,576,000.")).toBeNull();
  });

  it("finds a changed word nowhere, even with the line breaks of the file", () => {
    expect(locateExcerpt(docs, "cost", "It used 2,048 H100 GPUs for the whole run.")).toBeNull();
  });
});

describe("spans that hold or touch each other", () => {
  const at = (start: number, end: number, path = "a.md") => ({ start, end, path });

  it("holds a span inside it, and the same span, but not one that sticks out", () => {
    expect(containsSpan(at(10, 20), at(12, 18))).toBe(true);
    expect(containsSpan(at(10, 20), at(10, 20))).toBe(true);
    expect(containsSpan(at(10, 20), at(9, 18))).toBe(false);
    expect(containsSpan(at(10, 20), at(12, 21))).toBe(false);
  });

  it("overlaps a span sharing a character, not one that only touches its end", () => {
    expect(overlapsSpan(at(10, 20), at(19, 30))).toBe(true);
    expect(overlapsSpan(at(10, 20), at(20, 30))).toBe(false);
    expect(overlapsSpan(at(20, 30), at(10, 20))).toBe(false);
  });

  it("never relates spans of different files", () => {
    expect(containsSpan(at(10, 20), at(12, 18, "b.md"))).toBe(false);
    expect(overlapsSpan(at(10, 20), at(12, 18, "b.md"))).toBe(false);
  });
});
