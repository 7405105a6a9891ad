import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// "How much … compared to …" is answered by a ratio as well as by a sum: the other story, with one more note whose
// only figure on price is a share of another's.
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
const ANSWER_ALL = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
const NOTE = `---
id: recycling-price
title: "What HydroLoop recycling costs"
publisher: "Nordic Battery Weekly"
published: 2025-03-14
url: https://example.org/nbw/hydroloop-price
kind: note
as_of: 2025-03-20
---
# HydroLoop's price

Voltaris charges recyclers about one-tenth of the price of smelting for HydroLoop processing.
`;
let engine: Engine;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "storybot-compared-"));
  await cp(OTHER_STORY, dir, { recursive: true });
  await writeFile(join(dir, "notes", "recycling-price.md"), NOTE);
  engine = createEngine({ corpus: await loadCorpus(dir, dir), decisions: { answer: ANSWER_ALL } });
});

describe("a sum asked for against another", () => {
  it("takes a ratio as the kind of fact asked for when the question compares", async () => {
    const answer = await engine.answer("how much does voltaris charge for hydroloop processing compared to smelting?");
    expect(answer.excerpts[0]?.text).toContain("one-tenth of the price");
    expect(answer.confidence?.features.strict_missing).toBe(0);
  });

  it("still wants a sum when the question compares nothing", async () => {
    const answer = await engine.answer("how much does voltaris charge for hydroloop processing?");
    expect(answer.excerpts[0]?.text).toContain("one-tenth of the price");
    expect(answer.confidence?.features.strict_missing).toBe(1);
  });
});
