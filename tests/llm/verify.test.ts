import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus, type Corpus } from "../../src/corpus/corpus.js";
import type { Ranked } from "../../src/corpus/lexicalIndex.js";
import { parseModelOutput, partialProse } from "../../src/engine/modelOutput.js";
import { verifyModelAnswer } from "../../src/engine/modelVerify.js";
import { verifyDraft } from "../../src/engine/verify.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let used: Ranked[];
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  used = corpus.passages.map((passage) => ({ passage, score: 1 }));
});

const n = (needle: string) => used.findIndex((r) => r.passage.text.includes(needle)) + 1;
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
    expect(v?.excerpts.map((e) => e.text)).toEqual(["The lab trained the model on 2,048 H800 GPUs."]);
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

describe("the last check before an answer is shown", () => {
  const line = "The lab trained the model on 2,048 H800 GPUs.";
  const excerpt = () => {
    const p = corpus.passages.find((x) => x.text.includes(line))!;
    const s = p.sentences.find((x) => x.text === line)!;
    return { kind: "note" as const, text: s.text, docId: p.docId, title: "Cost report", url: null, path: corpus.docById.get(p.docId)!.path, start: s.start, end: s.end };
  };

  it("takes quotation marks off a model's phrase that is only in our notes", () => {
    const { draft } = verifyDraft({ declined: false, mode: "generated", answer: `The report said "the lab trained the model on 2,048 H800 GPUs" [1].`, excerpts: [excerpt()] }, corpus);
    expect(draft.declined === false && draft.answer).toBe("The report said the lab trained the model on 2,048 H800 GPUs [1].");
  });

  it("keeps quotation marks around the article's own words", () => {
    const p = corpus.passages.find((x) => x.docId === "article" && x.text.includes("3.12%"))!;
    const s = p.sentences.find((x) => x.text.includes("3.12%"))!;
    const article = { kind: "article" as const, text: s.text, docId: "article", title: "A small test story", url: null, path: corpus.docById.get("article")!.path, start: s.start, end: s.end };
    const { draft } = verifyDraft({ declined: false, mode: "generated", answer: `The article says "fell 3.12% in a single day" [1].`, excerpts: [article] }, corpus);
    expect(draft.declined === false && draft.answer).toBe(`The article says "fell 3.12% in a single day" [1].`);
  });

  it("drops an excerpt that is not word for word in its file, and its citation", () => {
    const altered = { ...excerpt(), text: line.replace("2,048", "2,049") };
    const { draft, dropped } = verifyDraft({ declined: false, mode: "extractive", answer: "A [1]. B [2].", excerpts: [excerpt(), altered] }, corpus);
    expect(dropped).toBe(1);
    expect(draft.declined === false && draft.answer).toBe("A [1]. B.");
  });
});
