import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";
import { parseModelOutput, partialProse } from "../../src/engine/modelOutput.js";
import { verifyModelAnswer } from "../../src/engine/verify.js";
import { PassageRetriever } from "../../src/retrieval/passageRetriever.js";
import type { Document } from "@langchain/core/documents";
import type { PassageMetadata } from "../../src/retrieval/passageRetriever.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let used: Document<PassageMetadata>[];
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  const retriever = new PassageRetriever({ index: corpus.index, docs: corpus.docById, k: 4 });
  used = await retriever.invoke("H800 GPUs training cost $5,576,000");
});

const n = (needle: string) => used.findIndex((d) => d.pageContent.includes(needle)) + 1;
const output = (prose: string, quotes: string) => `<answer>\n${prose}\n</answer>\n<quotes>\n${quotes}\n</quotes>`;

describe("reading the model's output", () => {
  it("reads prose and numbered quotes", () => {
    expect(parseModelOutput(output("It cost a lot [1].", "[1] \"The final training run cost $5,576,000.\""))).toEqual({
      notCovered: false,
      prose: "It cost a lot [1].",
      quotes: [{ n: 1, text: "The final training run cost $5,576,000." }],
    });
  });

  it("recognises NOT_COVERED", () => {
    expect(parseModelOutput("NOT_COVERED")?.notCovered).toBe(true);
  });

  it("returns null for output that was cut off", () => {
    expect(parseModelOutput("<answer>\nIt cost [1")).toBeNull();
  });

  it("streams only the prose, without a half-written tag", () => {
    expect(partialProse("<answer>\nIt cost a lot [1]. </ans")).toBe("It cost a lot [1].");
  });
});

describe("verifying a model's answer", () => {
  it("keeps a grounded answer and its quote", () => {
    const k = n("2,048 H800");
    const v = verifyModelAnswer(parseModelOutput(output(`The lab used 2,048 H800 GPUs [${k}].`, `[${k}] The lab trained the model on 2,048 H800 GPUs.`))!, used, corpus);
    expect(v?.answer).toBe("The lab used 2,048 H800 GPUs [1].");
    expect(v?.quotes.map((q) => q.text)).toEqual(["The lab trained the model on 2,048 H800 GPUs."]);
  });

  it("drops a fabricated quote and the sentence that relied on it", () => {
    const k = n("2,048 H800");
    const c = n("$5,576,000");
    const prose = `The lab used 2,048 H800 GPUs [${k}]. It used 10,000 A100s [${c}].`;
    const quotes = `[${k}] The lab trained the model on 2,048 H800 GPUs.\n[${c}] The lab also trained on 10,000 A100 GPUs.`;
    const v = verifyModelAnswer(parseModelOutput(output(prose, quotes))!, used, corpus);
    expect(v?.answer).toBe("The lab used 2,048 H800 GPUs [1].");
    expect(v?.dropped).toMatchObject({ quotes: 1, sentences: 1 });
  });

  it("removes a citation to a passage that does not exist", () => {
    const k = n("2,048 H800");
    const v = verifyModelAnswer(parseModelOutput(output(`The lab used H800 GPUs [${k}] [9].`, `[${k}] The lab trained the model on 2,048 H800 GPUs.`))!, used, corpus);
    expect(v?.answer).toBe("The lab used H800 GPUs [1].");
  });

  it("gives up when no quote survives", () => {
    expect(verifyModelAnswer(parseModelOutput(output("It used magic [1].", "[1] Magic was used."))!, used, corpus)).toBeNull();
  });
});
