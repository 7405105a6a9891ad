import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/engine/corpus.js";
import { isVerbatim, locateQuote, renumberCitations } from "../../src/engine/quotes.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
});

describe("checking quotes against their files", () => {
  it("accepts a quote found at its offsets", () => {
    const q = locateQuote(corpus, "cost-report", "The lab trained the model on 2,048 H800 GPUs.");
    expect(q && isVerbatim(corpus, q)).toBe(true);
  });

  it("rejects a quote with one figure altered", () => {
    const q = locateQuote(corpus, "cost-report", "The lab trained the model on 2,048 H800 GPUs.")!;
    expect(isVerbatim(corpus, { ...q, text: q.text.replace("2,048", "2,049") })).toBe(false);
  });

  it("rejects a quote attributed to the wrong document", () => {
    const q = locateQuote(corpus, "cost-report", "The lab trained the model on 2,048 H800 GPUs.")!;
    expect(isVerbatim(corpus, { ...q, docId: "market" })).toBe(false);
  });

  it("does not find a sentence the document does not contain", () => {
    expect(locateQuote(corpus, "cost-report", "The lab trained the model on 10,000 A100 GPUs.")).toBeNull();
  });

  it("finds a quote whose line breaks differ from the file", () => {
    expect(locateQuote(corpus, "cost-report", "The final training run cost\n$5,576,000 at an assumed rental price")).not.toBeNull();
  });
});

describe("renumbering citations", () => {
  it("points markers at the surviving quotes and drops the rest", () => {
    expect(renumberCitations("A [1]. B [2]. C [3].", [0, 2])).toBe("A [1]. B. C [2].");
  });
});
