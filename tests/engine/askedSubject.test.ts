import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

// A sentence that names nobody, in a section whose asked: list names who the question is about, is about them: the
// other story, with one more note whose answer says "she", not "Maria Lind".
const OTHER_STORY = new URL("../fixtures/other-story", import.meta.url).pathname;
const ANSWER_ALL = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
const NOTE = `---
id: lind-sale
title: "Why the chief executive sold"
publisher: "Nordic Battery Weekly"
published: 2025-03-15
url: https://example.org/nbw/lind-sale
kind: note
as_of: 2025-03-20
---
# The sale

## Her reason

asked:
- why did maria lind sell her voltaris shares

She said she needed the money for a house and still believed in the plan.
`;
let engine: Engine;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "storybot-asked-subject-"));
  await cp(OTHER_STORY, dir, { recursive: true });
  await writeFile(join(dir, "notes", "lind-sale.md"), NOTE);
  engine = createEngine({ corpus: await loadCorpus(dir, dir), decisions: { answer: ANSWER_ALL } });
});

describe("a subject said by the section's asked: list", () => {
  it("counts the names the asked: question says as said", async () => {
    const answer = await engine.answer("why did maria lind sell her voltaris shares?");
    expect(answer.excerpts[0]?.text).toContain("needed the money");
    expect(answer.confidence?.features.subject_unsaid).toBe(0);
  });
});
