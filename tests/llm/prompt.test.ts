import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import type { Ranked } from "../../src/corpus/lexicalIndex.js";
import { formatContext } from "../../src/engine/context.js";
import { ProseVerifier } from "../../src/engine/modelVerify.js";
import { countTokens } from "../../src/llm/tokens.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const LONG = `The final training run cost $5,576,000 at an assumed rental price of $2 per GPU-hour. ${"The lab rented more chips for later runs. ".repeat(12)}The figure leaves out earlier research and ablation experiments.`;
let corpus: Corpus;
let used: Ranked[];
/** A corpus whose one note is a single long passage. */
let long: { corpus: Corpus; used: Ranked[] };
beforeAll(async () => {
  corpus = await loadCorpus(FIXTURE, FIXTURE);
  used = corpus.passages.map((passage) => ({ passage, score: 1 }));
  const dir = await mkdtemp(join(tmpdir(), "storybot-prompt-"));
  await mkdir(join(dir, "notes"));
  await writeFile(
    join(dir, "article.md"),
    "---\nid: article\ntitle: A story\npublisher: Gazette\npublished: 2025-01-27\nkind: article\nas_of: 2025-01-27\n---\nThe lab's model was cheap to train.\n",
  );
  await writeFile(
    join(dir, "notes", "cost.md"),
    `---\nid: cost\ntitle: Cost\npublisher: Lab\npublished: 2024-12-27\nurl: https://example.org/cost\nkind: note\nas_of: 2026-01-01\n---\n${LONG}\n`,
  );
  const longCorpus = await loadCorpus(dir, dir);
  long = {
    corpus: longCorpus,
    used: longCorpus.passages.filter((p) => p.docId === "cost").map((passage) => ({ passage, score: 1 })),
  };
});

describe("the passages put into a prompt", () => {
  it.each([60, 100, 200, 400])("never take more than a budget of %i tokens", (budget) => {
    const prompt = formatContext(used, corpus, budget);
    expect(prompt.tokens).toBeLessThanOrEqual(budget);
    expect(countTokens(prompt.text)).toBeLessThanOrEqual(budget);
  });

  it("cut a passage that does not fit whole at a word, keeping its exact offsets", () => {
    const [whole] = long.used;
    const prompt = formatContext(long.used, long.corpus, 100);
    const shown = prompt.used[0]!.passage;
    expect(prompt.tokens).toBeLessThanOrEqual(100);
    expect(shown.text.length).toBeLessThan(whole!.passage.text.length);
    expect(whole!.passage.text.startsWith(shown.text)).toBe(true);
    expect(long.corpus.docById.get(shown.docId)!.text.slice(shown.start, shown.end)).toBe(shown.text);
  });

  it("never count as evidence what was cut from a passage to fit", () => {
    const prompt = formatContext(long.used, long.corpus, 100);
    const verifier = new ProseVerifier(prompt.used, long.corpus, "what did training cost?");
    expect(
      verifier.locateQuote(1, "The final training run cost $5,576,000 at an assumed rental price of $2 per GPU-hour."),
    ).not.toBeNull();
    expect(verifier.locateQuote(1, "The figure leaves out earlier research and ablation experiments.")).toBeNull();
  });
});
