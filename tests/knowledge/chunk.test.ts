import { beforeAll, describe, expect, it } from "vitest";
import { chunkDocument } from "../../src/knowledge/chunk.js";
import { loadKnowledge, parseDocument } from "../../src/knowledge/load.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let docs: KnowledgeDoc[];
beforeAll(async () => {
  docs = (await loadKnowledge(FIXTURE, FIXTURE)).docs;
});

function fixtureDoc(id: string): KnowledgeDoc {
  const doc = docs.find((d) => d.id === id);
  if (!doc) throw new Error(`the fixture has no document ${id}`);
  return doc;
}

/** A note with `body` after its front matter. */
function note(body: string): KnowledgeDoc {
  const result = parseDocument(
    "notes/n.md",
    `---\nid: n\ntitle: "N"\npublisher: "P"\npublished: 2025-01-27\nurl: https://example.org/n\nkind: note\nas_of: 2026-01-01\n---\n${body}`,
  );
  if ("problems" in result) throw new Error(JSON.stringify(result.problems));
  return result.doc;
}

describe("cutting documents into passages", () => {
  it("maps every passage and sentence back to the exact file text", () => {
    for (const doc of docs) {
      for (const p of chunkDocument(doc)) {
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        for (const s of p.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it("records the heading a passage sits under", () => {
    const passages = chunkDocument(fixtureDoc("cost-report"));
    expect(passages.find((p) => p.text.includes("2,048"))?.heading).toBe("Hardware");
  });

  it("gives a passage before any heading no heading", () => {
    expect(chunkDocument(fixtureDoc("article")).map((p) => p.heading)).toEqual([null, null]);
  });

  it("keeps the article's one-paragraph-per-line layout as separate passages", () => {
    const passages = chunkDocument(fixtureDoc("article"));
    expect(passages.map((p) => p.text.split("\n").length)).toEqual([2, 1]);
  });

  it("joins a hard-wrapped paragraph's lines into one passage", () => {
    const passages = chunkDocument(note("## A\n\nThe final training run cost\nfive million dollars in all.\n"));
    expect(passages.map((p) => p.text)).toEqual(["The final training run cost\nfive million dollars in all."]);
  });

  it("keeps paragraphs apart across a blank line", () => {
    const passages = chunkDocument(note("## A\n\nThe final training run cost five million dollars in all.\n\nThe figure leaves out the research that came before it.\n"));
    expect(passages).toHaveLength(2);
  });

  it("gives passages ids numbered within their document", () => {
    expect(chunkDocument(fixtureDoc("market")).map((p) => p.id)).toEqual(["market#1", "market#2"]);
  });

  it("leaves list bullets out of the sentences it quotes", () => {
    const sentences = chunkDocument(fixtureDoc("cost-report")).flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.text)).toContain("The lab trained the model on 2,048 H800 GPUs.");
  });

  it("cuts long paragraphs between sentences, never inside one", () => {
    for (const p of chunkDocument(fixtureDoc("cost-report"), { maxChars: 90 })) {
      expect(p.text.length).toBeLessThanOrEqual(90);
      expect(p.text).toMatch(/[.!?]$/);
    }
  });

  it("joins a short line to the next one in the same block", () => {
    const passages = chunkDocument(note("## A\n\nMonday:\nShares fell about 17%, the largest one-day loss in market value on record.\n"));
    expect(passages).toHaveLength(1);
  });
});

describe("keeping asked: lists and datelines out of the text", () => {
  it("never puts an asked: question into a passage", () => {
    const doc = fixtureDoc("cost-report");
    const text = chunkDocument(doc).map((p) => p.text).join("\n");
    for (const q of doc.asked) expect(text).not.toContain(q.text);
  });

  it("keeps a dateline and the sentence after it as two sentences", () => {
    const [first] = chunkDocument(fixtureDoc("article"));
    expect(first?.sentences.map((s) => s.text)).toEqual(["01/27 2025 1", "The model was trained for merely $5.5 million, without any pricey chips."]);
  });
});

describe("splitting sentences", () => {
  it.each([
    ["It fell on Jan. 24, 2025. Then it rose.", ["It fell on Jan. 24, 2025.", "Then it rose."]],
    ["The U.S. government acted. Chips were limited.", ["The U.S. government acted.", "Chips were limited."]],
    ["It cost $5.576 million. That is all.", ["It cost $5.576 million.", "That is all."]],
    ["Dean W. Ball wrote it. It ran in Lawfare.", ["Dean W. Ball wrote it.", "It ran in Lawfare."]],
    ["Tools, e.g. GPT-4, help. Others do not.", ["Tools, e.g. GPT-4, help.", "Others do not."]],
  ])("splits %j into whole sentences", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("gives each sentence its offsets in the file", () => {
    const file = "xx It rose. It fell.";
    for (const s of splitSentences(file.slice(3), 3)) expect(file.slice(s.start, s.end)).toBe(s.text);
  });
});
