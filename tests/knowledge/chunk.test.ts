import { describe, expect, it } from "vitest";
import { chunkDocument } from "../../src/knowledge/chunk.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

async function fixtureDoc(id: string): Promise<KnowledgeDoc> {
  const doc = (await loadKnowledge(FIXTURE, FIXTURE)).docs.find((d) => d.id === id);
  if (!doc) throw new Error(`the fixture has no document ${id}`);
  return doc;
}

describe("cutting documents into passages", () => {
  it("maps every passage and sentence back to the exact file text", async () => {
    for (const doc of (await loadKnowledge(FIXTURE, FIXTURE)).docs) {
      for (const p of chunkDocument(doc)) {
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        for (const s of p.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it("records the heading a passage sits under", async () => {
    const { docs } = await loadKnowledge(FIXTURE, FIXTURE);
    const passages = chunkDocument(docs.find((d) => d.id === "cost-report")!);
    expect(passages.find((p) => p.text.includes("2,048"))?.heading).toBe("Hardware");
  });

  it("keeps the article's one-paragraph-per-line layout as separate passages", async () => {
    const { docs } = await loadKnowledge(FIXTURE, FIXTURE);
    const passages = chunkDocument(docs.find((d) => d.id === "article")!);
    expect(passages.map((p) => p.text.split("\n").length)).toEqual([2, 1]);
  });

  it("keeps a dateline and the sentence after it as two sentences", async () => {
    const [first] = chunkDocument(await fixtureDoc("article"));
    expect(first?.sentences.map((s) => s.text)).toEqual(["01/27 2025 1", "The model was trained for merely $5.5 million, without any pricey chips."]);
  });

  it("gives passages ids numbered within their document", async () => {
    expect(chunkDocument(await fixtureDoc("market")).map((p) => p.id)).toEqual(["market#1", "market#2"]);
  });

  it("leaves list bullets out of the sentences it quotes", async () => {
    const { docs } = await loadKnowledge(FIXTURE, FIXTURE);
    const sentences = chunkDocument(docs.find((d) => d.id === "cost-report")!).flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.text)).toContain("The lab trained the model on 2,048 H800 GPUs.");
  });

  it("cuts long paragraphs between sentences, never inside one", async () => {
    const [doc] = (await loadKnowledge(FIXTURE, FIXTURE)).docs.filter((d) => d.id === "cost-report");
    for (const p of chunkDocument(doc!, { maxChars: 90 })) {
      expect(p.text.length).toBeLessThanOrEqual(90);
      expect(p.text).toMatch(/[.!?]$/);
    }
  });
});

describe("splitting sentences", () => {
  it.each([
    ["It fell on Jan. 24, 2025. Then it rose.", ["It fell on Jan. 24, 2025.", "Then it rose."]],
    ["The U.S. government acted. Chips were limited.", ["The U.S. government acted.", "Chips were limited."]],
    ["It cost $5.576 million. That is all.", ["It cost $5.576 million.", "That is all."]],
    ["Dean W. Ball wrote it. It ran in Lawfare.", ["Dean W. Ball wrote it.", "It ran in Lawfare."]],
  ])("splits %j into whole sentences", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe("keeping asked: lists and datelines out of the text", () => {
  it("never puts an asked: question into a passage", async () => {
    const { docs } = await loadKnowledge(FIXTURE, FIXTURE);
    const doc = docs.find((d) => d.id === "cost-report")!;
    const text = chunkDocument(doc).map((p) => p.text).join("\n");
    expect(doc.asked.length).toBeGreaterThan(0);
    for (const q of doc.asked) expect(text).not.toContain(q.text);
  });

  it("makes a dateline its own sentence, apart from the sentence after it", async () => {
    const { docs } = await loadKnowledge(FIXTURE, FIXTURE);
    const sentences = chunkDocument(docs.find((d) => d.id === "article")!).flatMap((p) => p.sentences.map((s) => s.text));
    expect(sentences).toContain("The model was trained for merely $5.5 million, without any pricey chips.");
    expect(sentences).toContain("01/27 2025 1");
  });
});
