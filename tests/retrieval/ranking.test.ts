import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";
import { PassageRetriever } from "../../src/retrieval/passageRetriever.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let retriever: PassageRetriever;

beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  retriever = new PassageRetriever({ index: corpus.index, docs: corpus.docById, k: 3 });
});

const top = async (q: string) => (await retriever.invoke(q))[0]?.pageContent ?? "";

describe("ranking passages", () => {
  it("finds $5,576,000 when asked about $5.5M", async () => {
    const docs = await retriever.invoke("what does the $5.5M cover?");
    expect(docs.map((d) => d.pageContent).join("\n")).toContain("$5,576,000");
  });

  it("puts the passage naming the chip first for a chip question", async () => {
    expect(await top("how many H800 GPUs were used?")).toContain("2,048 H800");
  });

  it("prefers the Monday passage when the question names Monday", async () => {
    expect(await top("what happened on Monday to the shares?")).toContain("On Monday");
  });

  it("returns Documents that carry their source, place and score", async () => {
    const [doc] = await retriever.invoke("rental price per GPU-hour");
    expect(doc?.metadata).toMatchObject({ docId: "cost-report", path: "references/cost-report.md", url: "https://example.org/cost-report" });
    expect(doc!.metadata.score).toBeGreaterThan(0);
    expect(corpus.docById.get("cost-report")!.text.slice(doc!.metadata.start, doc!.metadata.end)).toBe(doc!.pageContent);
  });

  it("returns at most k passages", async () => {
    expect((await retriever.invoke("chip shares fell training cost million")).length).toBeLessThanOrEqual(3);
  });

  it("corrects a misspelt word to one the story uses", () => {
    expect(retriever.analyse("how much did the trainng cost").terms).toContain("train");
  });
});
