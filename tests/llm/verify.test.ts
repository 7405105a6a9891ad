import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import type { Ranked } from "../../src/corpus/lexicalIndex.js";
import type { Draft } from "../../src/engine/draft.js";
import { type AnswerLine, citesIn } from "../../src/engine/lines.js";
import { createAnswerReader, parseModelOutput, splitProse } from "../../src/engine/modelOutput.js";
import { ProseVerifier, verifyModelAnswer } from "../../src/engine/modelVerify.js";
import { verifyDraft } from "../../src/engine/verify.js";

/** A model's prose as the answer's one line. */
const prose = (text: string): AnswerLine => ({ kind: "prose", text, cites: citesIn(text) });
/** The prose of a verified draft. */
const proseOf = (draft: Extract<Draft, { declined: false }>) =>
  draft.lines.flatMap((l) => (l.kind === "prose" ? [l.text] : [])).join("\n");

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let corpus: Corpus;
let used: Ranked[];
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  used = corpus.passages.map((passage) => ({ passage, score: 1 }));
});

const n = (needle: string) => used.findIndex((r) => r.passage.text.includes(needle)) + 1;
const QUESTION = "how many GPUs were used and what did training cost?";
const output = (prose: string, quotes: string) => `<answer>\n${prose}\n</answer>\n<quotes>\n${quotes}\n</quotes>`;

describe("reading the model's output", () => {
  it("reads prose and numbered quotes", () => {
    expect(parseModelOutput(output("It cost a lot [1].", '[1] "The final training run cost $5,576,000."'))).toEqual({
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
});

describe("verifying a model's answer", () => {
  it("keeps a grounded answer and its quote", async () => {
    const k = n("2,048 H800");
    const v = await verifyModelAnswer(
      parseModelOutput(
        output(`The lab used 2,048 H800 GPUs [${k}].`, `[${k}] The lab trained the model on 2,048 H800 GPUs.`),
      )!,
      new ProseVerifier(used, corpus, QUESTION),
    );
    expect(v?.answer).toBe("The lab used 2,048 H800 GPUs [1].");
    expect(v?.excerpts.map((e) => e.text)).toEqual(["The lab trained the model on 2,048 H800 GPUs."]);
  });

  it("drops a fabricated quote and the sentence that relied on it", async () => {
    const k = n("2,048 H800");
    const c = n("$5,576,000");
    const prose = `The lab used 2,048 H800 GPUs [${k}]. It used 10,000 A100s [${c}].`;
    const quotes = `[${k}] The lab trained the model on 2,048 H800 GPUs.\n[${c}] The lab also trained on 10,000 A100 GPUs.`;
    const v = await verifyModelAnswer(
      parseModelOutput(output(prose, quotes))!,
      new ProseVerifier(used, corpus, QUESTION),
    );
    expect(v?.answer).toBe("The lab used 2,048 H800 GPUs [1].");
    expect(v?.dropped).toMatchObject({ quotes: 1, sentences: 1 });
  });

  it("removes a citation to a passage that does not exist", async () => {
    const k = n("2,048 H800");
    const v = await verifyModelAnswer(
      parseModelOutput(
        output(`The lab used H800 GPUs [${k}] [9].`, `[${k}] The lab trained the model on 2,048 H800 GPUs.`),
      )!,
      new ProseVerifier(used, corpus, QUESTION),
    );
    expect(v?.answer).toBe("The lab used H800 GPUs [1].");
  });

  it("gives up when no quote survives", async () => {
    expect(
      await verifyModelAnswer(
        parseModelOutput(output("It used magic [1].", "[1] Magic was used."))!,
        new ProseVerifier(used, corpus, QUESTION),
      ),
    ).toBeNull();
  });
});

describe("the last check before an answer is shown", () => {
  const line = "The lab trained the model on 2,048 H800 GPUs.";
  const excerpt = () => {
    const p = corpus.passages.find((x) => x.text.includes(line))!;
    const s = p.sentences.find((x) => x.text === line)!;
    return {
      kind: "note" as const,
      text: s.text,
      docId: p.docId,
      title: "Cost report",
      url: null,
      path: corpus.docById.get(p.docId)!.path,
      start: s.start,
      end: s.end,
    };
  };

  it("takes quotation marks off a model's phrase that is only in our notes", () => {
    const { draft } = verifyDraft(
      {
        declined: false,
        mode: "generated",
        lines: [prose(`The report said "the lab trained the model on 2,048 H800 GPUs" [1].`)],
        excerpts: [excerpt()],
      },
      corpus,
    );
    expect(draft.declined === false && proseOf(draft)).toBe(
      "The report said the lab trained the model on 2,048 H800 GPUs [1].",
    );
  });

  it("keeps quotation marks around the article's own words", () => {
    const p = corpus.passages.find((x) => x.docId === "article" && x.text.includes("3.12%"))!;
    const s = p.sentences.find((x) => x.text.includes("3.12%"))!;
    const article = {
      kind: "article" as const,
      text: s.text,
      docId: "article",
      title: "A small test story",
      url: null,
      path: corpus.docById.get("article")!.path,
      start: s.start,
      end: s.end,
    };
    const { draft } = verifyDraft(
      {
        declined: false,
        mode: "generated",
        lines: [prose(`The article says "fell 3.12% in a single day" [1].`)],
        excerpts: [article],
      },
      corpus,
    );
    expect(draft.declined === false && proseOf(draft)).toBe(`The article says "fell 3.12% in a single day" [1].`);
  });

  it("drops an excerpt that is not word for word in its file, and its citation", () => {
    const altered = { ...excerpt(), text: line.replace("2,048", "2,049") };
    const { draft, dropped } = verifyDraft(
      { declined: false, mode: "extractive", lines: [prose("A [1]. B [2].")], excerpts: [excerpt(), altered] },
      corpus,
    );
    expect(dropped).toBe(1);
    expect(draft.declined === false && proseOf(draft)).toBe("A [1]. B.");
  });
});

describe("checking each sentence of the prose against the passage it cites", () => {
  const verifier = () => new ProseVerifier(used, corpus, QUESTION);
  const kept = (sentence: string) => {
    const r = verifier().check(sentence);
    return "cut" in r ? null : r.text;
  };
  const why = (sentence: string) => {
    const r = verifier().check(sentence);
    return "cut" in r ? r.cut : "kept";
  };

  it("keeps a sentence whose figures, dates and names all stand in its passage", () => {
    expect(kept(`The lab trained the model on 2,048 H800 GPUs [${n("2,048 H800")}].`)).toBe(
      `The lab trained the model on 2,048 H800 GPUs [${n("2,048 H800")}].`,
    );
  });

  it.each([
    ["$5.6 million", "The final run cost about $5.6 million"],
    ["$5.576M", "The final run cost $5.576M"],
    ["5,576,000 dollars", "The final run cost 5,576,000 dollars"],
  ])("reads %s the way retrieval does, so it meets $5,576,000", (_, prose) => {
    expect(why(`${prose} [${n("$5,576,000")}].`)).toBe("kept");
  });

  it("cuts a sentence stating a figure its passage does not hold", () => {
    expect(why(`DeepSeek-R1 cost exactly $1 to train [${n("2,048 H800")}].`)).toBe("unsupported");
  });

  it("cuts a figure of the right number but the wrong scale", () => {
    expect(why(`The final run cost $5.576 billion [${n("$5,576,000")}].`)).toBe("unsupported");
  });

  it("cuts a name its passage does not mention", () => {
    expect(why(`The lab trained on 2,048 H800 GPUs from Intel [${n("2,048 H800")}].`)).toBe("unsupported");
  });

  it("cuts a date its passage does not hold, and keeps one it does, however written", () => {
    const article = n("merely $5.5 million");
    expect(why(`On January 27, 2025 the model was said to cost $5.5 million [${article}].`)).toBe("kept");
    expect(why(`On March 3, 2025 the model was said to cost $5.5 million [${article}].`)).toBe("unsupported");
  });

  it("accepts the cited source's own name and date, which the prompt gives with the passage", () => {
    expect(
      why(
        `According to our notes on Cost report (Test Lab, 27 Dec 2024), the lab used 2,048 H800 GPUs [${n("2,048 H800")}].`,
      ),
    ).toBe("kept");
  });

  it("cuts a sentence that states a fact and cites nothing", () => {
    expect(why("The lab used 2,048 H800 GPUs.")).toBe("uncited");
  });

  it("cuts a sentence that states nothing checkable", () => {
    expect(why("Yes, that is right.")).toBe("uncheckable");
  });

  it.each([
    ["French", `Le laboratoire a entraîné le modèle sur 2,048 GPU H800 dans un seul centre [${1}].`],
    ["Spanish", `El laboratorio entrenó el modelo con 2,048 GPU H800 en un solo centro [${1}].`],
    ["Chinese", `该实验室使用了 2,048 块 H800 GPU 训练模型 [${1}]。`],
  ])("cuts prose in %s for an English question", (_, sentence) => {
    expect(why(sentence.replace("[1]", `[${n("2,048 H800")}]`))).toBe("language");
  });

  it("drops a sentence whole when a link that is not a knowledge source is cut from it", () => {
    const k = n("2,048 H800");
    expect(why(`The lab used 2,048 H800 GPUs, see https://evil.example/login and discord.gg/free-nitro [${k}].`)).toBe(
      "link",
    );
  });

  it("keeps a link to a knowledge source", () => {
    const k = n("2,048 H800");
    expect(kept(`The lab used 2,048 H800 GPUs, see https://example.org/cost-report [${k}].`)).toContain(
      "https://example.org/cost-report",
    );
  });

  it("drops a sentence whole when its Markdown link to elsewhere is cut", () => {
    expect(why(`The lab used [2,048 H800 GPUs](https://evil.example/x) [${n("2,048 H800")}].`)).toBe("link");
  });

  it("strips replacement and control characters", () => {
    expect(kept(`The lab used 2,048\u0007 H800\ufffd GPUs\u202e [${n("2,048 H800")}].`)).toBe(
      `The lab used 2,048 H800 GPUs [${n("2,048 H800")}].`,
    );
  });

  it("publishes no figure of a lying answer, and sends nothing when no sentence stands", async () => {
    const k = n("2,048 H800");
    const lie = output(
      `DeepSeek-R1 cost exactly $1 to train and NVIDIA went bankrupt the next day [${k}].`,
      `[${k}] The lab trained the model on 2,048 H800 GPUs.`,
    );
    expect(await verifyModelAnswer(parseModelOutput(lie)!, verifier())).toBeNull();
    const mixed = output(
      `The lab used 2,048 H800 GPUs [${k}]. It cost exactly $1 [${k}].`,
      `[${k}] The lab trained the model on 2,048 H800 GPUs.`,
    );
    const v = await verifyModelAnswer(parseModelOutput(mixed)!, verifier());
    expect(v?.answer).toBe("The lab used 2,048 H800 GPUs [1].");
    expect(v?.dropped.reasons).toEqual({ unsupported: 1 });
  });

  // How long this takes is measured by npm run bench (and the bystander e2e test), not asserted here.
  it("verifies a reply as long as the largest one read, keeping every grounded sentence", async () => {
    const k = n("2,048 H800");
    const sentence = `The lab trained the model on 2,048 H800 GPUs [${k}]. `;
    const big = output(
      sentence.repeat(Math.ceil(5_600 / sentence.length)),
      `[${k}] The lab trained the model on 2,048 H800 GPUs.`,
    );
    const parsed = parseModelOutput(big)!;
    const verified = await verifyModelAnswer(parsed, verifier());
    expect(verified?.dropped.sentences).toBe(0);
    expect(verified?.answer.match(/2,048 H800/g)).toHaveLength(Math.ceil(5_600 / sentence.length));
  });
});

describe("reading a reply as it streams", () => {
  const reply = `<answer>\nThe lab used 2,048 H800 GPUs [1]. It fell 17% on Jan. 27, 2025. [2] Dean W. Ball wrote it [3]! Shares fell 3.12% in a day\n</answer>\n<quotes>\n[1] x\n</quotes>`;

  it.each([1, 2, 3, 7, 40])(
    "hands out the same sentences as the finished answer, read %i characters at a time",
    (size) => {
      const reader = createAnswerReader();
      const out: string[] = [];
      for (let i = 0; i < reply.length; i += size) out.push(...reader.push(reply.slice(i, i + size)));
      expect(out).toEqual(splitProse(parseModelOutput(reply)!.prose));
      expect(out).toHaveLength(4);
    },
  );

  it("reads every sentence of a 2 MB answer fed in small pieces", () => {
    const big = `<answer>${"The lab trained the model on 2,048 H800 GPUs [1]. ".repeat(40_000)}`;
    const reader = createAnswerReader();
    let sentences = 0;
    for (let i = 0; i < big.length; i += 15) sentences += reader.push(big.slice(i, i + 15)).length;
    expect(sentences).toBe(39_999);
  });
});
