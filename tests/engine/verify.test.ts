import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.js";
import type { Draft } from "../../src/engine/draft.js";
import { citesIn } from "../../src/engine/lines.js";
import { verifyDraft } from "../../src/engine/verify.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";
import { type Excerpt, excerptOf } from "../../src/text/excerpts.js";

// Two documents in memory: the article (quotable) and a note (our words, never quoted). verifyDraft reads only
// the corpus's documents by id, so a hand-made corpus holding just those is enough here.
function docOf(id: string, kind: "article" | "note", body: string): KnowledgeDoc {
  const front = `---\nid: ${id}\n---\n`;
  return {
    id,
    title: id,
    publisher: "Test",
    authors: null,
    published: "2025-01-27",
    url: "https://example.org/",
    urlScope: "page",
    note: null,
    kind,
    asOf: "2026-01-01",
    path: `knowledge/${id}.md`,
    text: front + body,
    bodyStart: front.length,
    hidden: [],
    asked: [],
  };
}
const article = docOf("article", "article", "Shares fell 3.12% in a single day. The model cost merely $5.5 million.");
const note = docOf("note", "note", "DeepSeek-V3 used 2,048 H800 GPUs. The final run cost $5,576,000.");
const docById = new Map([article, note].map((d) => [d.id, d]));
const corpus = { docById } as unknown as Corpus;

function quote(doc: KnowledgeDoc, text: string): Excerpt {
  const start = doc.text.indexOf(text);
  return excerptOf(docById, doc.id, { start, end: start + text.length, text });
}
const fell = quote(article, "Shares fell 3.12% in a single day.");
const gpus = quote(note, "DeepSeek-V3 used 2,048 H800 GPUs.");
const forged: Excerpt = { ...quote(note, "The final run cost $5,576,000."), text: "The final run cost $1." };

/** A draft whose one line is prose citing the excerpts by [n]. */
function answered(text: string, excerpts: Excerpt[], mode: "extractive" | "generated" = "extractive"): Draft {
  return { declined: false, lines: [{ kind: "prose", text, cites: citesIn(text) }], excerpts, mode };
}

describe("the last check before an answer is shown", () => {
  it("passes an answer whose excerpts all stand in their files, unchanged", () => {
    const draft = answered("It fell 3.12% [1] on H800s [2].", [fell, gpus]);
    expect(verifyDraft(draft, corpus)).toEqual({ draft, dropped: 0 });
  });

  it("drops an excerpt that is not word for word in its file, and its citation", () => {
    const { draft, dropped } = verifyDraft(answered("It cost $1 [1] on H800s [2].", [forged, gpus]), corpus);
    expect(dropped).toBe(1);
    expect(draft).toMatchObject({
      declined: false,
      lines: [expect.objectContaining({ text: "It cost $1 on H800s [1]." })],
      excerpts: [gpus],
    });
  });

  it("declines when no excerpt survives", () => {
    expect(verifyDraft(answered("It cost $1 [1].", [forged]), corpus)).toEqual({
      draft: { declined: true, reason: "off_topic" },
      dropped: 1,
    });
  });

  it("leaves a decline as it is", () => {
    const draft: Draft = { declined: true, reason: "live" };
    expect(verifyDraft(draft, corpus)).toEqual({ draft, dropped: 0 });
  });

  it("takes quotation marks off a model's phrase that no quotable document says", () => {
    const { draft } = verifyDraft(
      answered('The report says "the final run was cheap and fast" [1].', [fell], "generated"),
      corpus,
    );
    expect(draft).toMatchObject({
      lines: [expect.objectContaining({ text: "The report says the final run was cheap and fast [1]." })],
    });
  });

  it("keeps quotation marks around the article's own words in a model's answer", () => {
    const text = 'The article says "fell 3.12% in a single day" [1].';
    expect(verifyDraft(answered(text, [fell], "generated"), corpus).draft).toMatchObject({
      lines: [expect.objectContaining({ text: text })],
    });
  });

  it("never lets a note's words stand in quotation marks, even word for word", () => {
    const { draft } = verifyDraft(answered('Our notes say "used 2,048 H800 GPUs" [1].', [gpus], "generated"), corpus);
    expect(draft).toMatchObject({
      lines: [expect.objectContaining({ text: "Our notes say used 2,048 H800 GPUs [1]." })],
    });
  });

  it("matches a quoted phrase written with runs of spaces", () => {
    const text = 'The article says "fell   3.12% in a  single day" [1].';
    expect(verifyDraft(answered(text, [fell], "generated"), corpus).draft).toMatchObject({
      lines: [expect.objectContaining({ text: text })],
    });
  });

  it("numbers the excerpts in the order the answer first cites them", () => {
    const { draft } = verifyDraft(answered("On H800s [2], it fell [1].", [fell, gpus]), corpus);
    expect(draft).toMatchObject({
      lines: [expect.objectContaining({ text: "On H800s [1], it fell [2]." })],
      excerpts: [gpus, fell],
    });
  });
});
