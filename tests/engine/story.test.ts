import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { type Decision, loadDecisions } from "../../src/fit/decisions.js";
import { isVerbatim } from "../../src/text/excerpts.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let engine: Engine;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  engine = createEngine({ corpus });
});

const firstLine = (text: string) => text.split("\n")[0]!;
const decision = (fitted: Decision, threshold: number): Decision => ({ ...fitted, threshold });

describe("answering about the story", () => {
  it("quotes the article's own words first when asked what the article says", async () => {
    const answer = await engine.answer("what does the article say about the training cost?");
    expect(firstLine(answer.answer)).toMatch(/^The article says: “.*\$5\.5 million/);
  });

  it("adds a fact check with both sides when the question is about a contradicted claim", async () => {
    const answer = await engine.answer("did DeepSeek really manage without NVIDIA chips?");
    expect(answer.answer).toMatch(/Fact check \(Contradicted/);
    expect(answer.excerpts.map((e) => e.text).join(" ")).toMatch(/H800/);
    for (const e of answer.excerpts) expect(isVerbatim(corpus.docById, e)).toBe(true);
  });

  it("gives the training cost fact check, not another claim's, to a question about R1's cost", async () => {
    const answer = await engine.answer("what did DeepSeek-R1 cost to train?");
    expect(answer.answer).toMatch(/Fact check \(Needs nuance\): The figure is DeepSeek-V3's/);
    expect(answer.answer).not.toMatch(/open-weight/);
  });

  it("leads with the count asked for", async () => {
    expect(firstLine((await engine.answer("v3 gpu count?")).answer)).toMatch(/2,048/);
  });

  it("leads with the algorithm asked for in slang", async () => {
    expect(firstLine((await engine.answer("what rl algo did they use to train r1")).answer)).toMatch(
      /GRPO|Group Relative/,
    );
  });

  it("understands who bankrolls DeepSeek", async () => {
    expect((await engine.answer("who bankrolls deepseek?")).answer).toMatch(/High-Flyer/);
  });

  it.each([
    ["live prices", "whats nvda trading at rn?"],
    ["another model's version", "is gemini 2.0 better than r1 at coding?"],
    ["an unreleased model", "when is deepseek r2 dropping?"],
    ["a purchase for the asker", "how much is an h200 gonna cost me for my homelab"],
  ])("declines %s although it shares the story's words", async (_, question) => {
    expect((await engine.answer(question)).declined).toBe(true);
  });
});

describe("a suggestion strong enough to answer from", () => {
  it("answers a declined question as the asked: question that says the same, and says so", async () => {
    const question = "ngl the 5.5m thing sounds like cap. legit or nah";
    // Declined whatever the shipped weights make of it: the bar to answer is set just above this question's own
    // score (read where nothing is declined, so not the score of a question it was read as), so only the asked:
    // question it is read as can clear it.
    const own = createEngine({ corpus, decisions: { answer: decision(loadDecisions().answer, 0) } });
    const { p } = (await own.answer(question)).confidence!;
    const answer = decision(loadDecisions().answer, p + 0.001);
    const strict = createEngine({ corpus, decisions: { answer } });
    const reply = await strict.answer(question);
    expect(reply.declined).toBe(false);
    expect(reply.readAs).toMatch(/5\.5 million/);
  });

  it("is not taken for a question naming something the story does not know", async () => {
    const answer = await engine.answer("eli5 why a chinese ai model made the zorblax index drop");
    expect(answer.readAs).toBeUndefined();
  });
});

describe("chat shorthand", () => {
  it("reads eli5 as a request for a simple answer, not as a product the story never mentions", async () => {
    const answer = await engine.answer("eli5 what is the h800");
    expect(answer.declined).toBe(false);
  });
});

describe("a statement giving two scores as 'a vs b'", () => {
  it("is not contradicted when one sentence of the sources gives both the same way", () => {
    const [result] = engine.check("r1 edged out o1-1217 on AIME 2024, 79.8 vs 79.2").results;
    expect(result?.verdict).not.toBe("contradicted");
  });
});

describe("a name that titles a document", () => {
  it("owns none of its sentence's figures: o1-1217's 79.2% in the DeepSeek-R1 README's table is not R1's", () => {
    const [result] = engine.check("r1 scored 79.2 on AIME 2024").results;
    expect(result?.verdict).not.toBe("supported");
  });
});

describe("an exact figure near a source's", () => {
  it.each(["r1 scored 81% on AIME 2024", "r1 scored 97.0% on MATH-500", "nvidia fell 17.5% on monday"])(
    "gets no ✅ when it differs at its last digit: %s",
    (claim) => {
      expect(engine.check(claim).results[0]?.verdict).not.toBe("supported");
    },
  );

  it.each(["deepseek trained v3 for $5.5M", "nvidia fell 17% on monday", "v3 took 2.8 million gpu hours"])(
    "keeps its ✅ when it rounds the source's figure at its last digit: %s",
    (claim) => {
      expect(engine.check(claim).results[0]?.verdict).toBe("supported");
    },
  );
});

describe("a statement crediting a document by name", () => {
  it.each(["the r1 paper says training cost $5.6M", "according to the r1 paper training cost $5.6M"])(
    "gets no ✅ from another document's sentence: %s",
    (claim) => {
      expect(engine.check(claim).results[0]?.verdict).not.toBe("supported");
    },
  );

  it("keeps its ✅ from the document it credits", () => {
    expect(engine.check("the v3 report says training cost $5.576M").results[0]?.verdict).toBe("supported");
  });
});

describe("a statement whose only figure is a day", () => {
  it("gets no ✅ from a sentence giving that day for another event, and shows the event's own day", () => {
    const [result] = engine.check("deepseek released r1 on january 27 2025").results;
    expect(result?.verdict).toBe("contradicted");
    expect(result?.evidence.map((e) => e.text).join(" ")).toMatch(/released on 20 January 2025/);
  });

  it("is contradicted by the same day's move the other way", () => {
    const [result] = engine.check("nvda went up on jan 27").results;
    expect(result?.verdict).toBe("contradicted");
    expect(result?.evidence.map((e) => e.text).join(" ")).toMatch(/fell 17%/);
  });

  it("keeps its ✅ when the sources move the same way that day", () => {
    expect(engine.check("nvda fell on jan 27").results[0]?.verdict).toBe("supported");
  });

  it("reads chat's 'dropped' with only a day as a release, not a fall ('r1 dropped jan 20')", () => {
    expect(engine.check("r1 dropped jan 20").results[0]?.verdict).not.toBe("contradicted");
  });
});

describe("a statement saying where a thing is from", () => {
  it("gets no ✅ from a sentence using the place for something else", () => {
    // The notes call High-Flyer a hedge fund, and say "US" only of the export restrictions.
    expect(engine.check("High-Flyer is a US hedge fund").results[0]?.verdict).not.toBe("supported");
  });
});

describe("a statement about a product the sources name only inside another's name", () => {
  it("gets no ✅ from sentences about the variant ('R1' in 'DeepSeek-R1-Distill-Llama-8B')", () => {
    expect(engine.check("r1 is built on llama").results[0]?.verdict).not.toBe("supported");
  });

  it("keeps its ✅ when it names the variant too", () => {
    expect(engine.check("the distilled r1 models are built on llama and qwen").results[0]?.verdict).toBe("supported");
  });
});

describe("a statement saying whose role someone holds", () => {
  it("gets no ✅ when no sentence names the organisation ('the ceo of openai')", () => {
    expect(engine.check("dario amodei is the ceo of openai").results[0]?.verdict).not.toBe("supported");
  });

  it("keeps its ✅ for the organisation the sources name", () => {
    expect(engine.check("dario amodei is the ceo of anthropic").results[0]?.verdict).toBe("supported");
  });
});

describe("a question about one day", () => {
  it("leads with what happened that day, not on another day told at more length", async () => {
    const answer = await engine.answer("did nvidia really lose like six hundred billion dollars on monday");
    expect(firstLine(answer.answer)).toMatch(/Monday 27 January/);
  });
});

describe("a statement crediting the article with its own words", () => {
  it("is supported when the article says it, whichever verb carries the loss ('erasing over $100 billion')", () => {
    expect(engine.check("the article says nvidia lost over $100 billion in market value").results[0]?.verdict).toBe(
      "supported",
    );
  });
});
