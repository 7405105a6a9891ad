import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { parseDocument } from "../../src/knowledge/load.js";
import { AskedIndex } from "../../src/retrieval/askedIndex.js";
import { createRetriever } from "../../src/retrieval/retrieve.js";
import { createUnderstander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

/** Passage ids for a question, best first, from a retriever over `corpus` handing on `k` passages. */
function retrieverFor(corpus: Corpus, k: number) {
  const understander = createUnderstander(corpus);
  const retrieve = createRetriever({ corpus, asked: new AskedIndex(corpus, understander), k });
  return {
    ids: async (question: string) => (await retrieve(understander.understand(question))).map((r) => r.passage.id),
    ranked: async (question: string) => retrieve(understander.understand(question)),
  };
}

let fixture: Corpus;
beforeAll(async () => {
  fixture = await loadCorpus(FIXTURE, FIXTURE);
});

describe("ranking passages", () => {
  it("puts the passage saying the asker's words first", async () => {
    expect((await retrieverFor(fixture, 3).ids("how many H800 GPUs did the lab use"))[0]).toBe("cost-report#3");
  });

  it("finds $5,576,000 when asked about $5.5M", async () => {
    expect(await retrieverFor(fixture, 3).ids("what does the $5.5M cover?")).toContain("cost-report#1");
  });

  it("finds a passage through its section's asked: question when its text shares no word with the question", async () => {
    expect((await retrieverFor(fixture, 3).ids("how many bucks were spent"))[0]).toBe("cost-report#1");
  });

  it("carries the asked: question that matched with the passage it found", async () => {
    const [top] = await retrieverFor(fixture, 3).ranked("how many bucks were spent");
    expect(top?.asked?.question.text).toBe("how many bucks did they spend");
  });

  it("hands on at most k passages", async () => {
    expect(await retrieverFor(fixture, 2).ids("chip shares fell training cost million")).toHaveLength(2);
  });

  it("returns nothing for a question in words the story never uses", async () => {
    expect(await retrieverFor(fixture, 3).ids("lasagna recipe")).toEqual([]);
  });
});

describe("the kind of fact asked for", () => {
  // Three passages saying the same words; each holds one kind of fact.
  const NOTE = `---
id: market
title: "Market report"
publisher: "Test Wire"
published: 2025-01-27
url: https://example.org/market
kind: note
as_of: 2026-01-01
---
## The fall

The chip maker's shares fell by 17%.

The chip maker's shares fell because of fears.

The chip maker's shares fell on Monday.
`;
  let similar: Corpus;
  beforeAll(() => {
    const note = parseDocument("notes/market.md", NOTE);
    if (!("doc" in note)) throw new Error(JSON.stringify(note.problems));
    similar = buildCorpus({ docs: [note.doc], synonyms: [], claims: [] });
  });

  it.each([
    ["why did the chip maker's shares fall", "The chip maker's shares fell because of fears."],
    ["when did the chip maker's shares fall", "The chip maker's shares fell on Monday."],
    ["how much did the chip maker's shares fall", "The chip maker's shares fell by 17%."],
  ])("ranks first, for %j, the passage holding that kind of fact", async (question, text) => {
    const [top] = await retrieverFor(similar, 3).ranked(question);
    expect(top?.passage.text).toBe(text);
  });
});

describe("questions about the article", () => {
  const ABOUT = "how bad did the shares crater monday according to the article";

  it("gives a question about the article an article passage among the results", async () => {
    const ids = await retrieverFor(fixture, 1).ids(ABOUT);
    expect(ids.some((id) => id.startsWith("article#"))).toBe(true);
  });

  it("ranks the notes first for the same question not about the article", async () => {
    expect(await retrieverFor(fixture, 1).ids(ABOUT.replace(" according to the article", ""))).toEqual(["market#1"]);
  });
});
