import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine } from "../../src/engine/engine.js";

/* A source an operator adds: the verbatim text of a reference's page, quoted like the article. */

const ARTICLE =
  "---\nid: article\ntitle: A story\npublisher: Gazette\npublished: 2025-01-27\nkind: article\nas_of: 2025-01-27\n---\nThe lab's model was cheap to train.\n";
const SOURCE = `---
id: lab-report
title: "The lab's report"
publisher: "Lab"
published: 2024-12-27
url: https://example.org/report
kind: source
as_of: 2026-01-01
asked:
  - paragraph: "The final training run"
    questions:
      - how much did the final run cost
---
The final training run cost $5,576,000 at an assumed rental price of $2 per GPU-hour.
`;

describe("a source an operator adds", () => {
  it("is quoted in quotation marks, credited to the source with its date", async () => {
    const dir = await mkdtemp(join(tmpdir(), "storybot-source-"));
    await mkdir(join(dir, "sources"));
    await writeFile(join(dir, "article.md"), ARTICLE);
    await writeFile(join(dir, "sources", "lab-report.md"), SOURCE);
    const engine = createEngine({ corpus: await loadCorpus(dir, dir) });
    const answer = await engine.answer("how much did the final training run cost?");
    expect(answer.excerpts[0]).toMatchObject({ kind: "source", docId: "lab-report" });
    expect(answer.answer.split("\n")[0]).toBe(
      "The lab's report (Lab, 27 Dec 2024) says: “The final training run cost $5,576,000 at an assumed rental price of $2 per GPU-hour.” [1]",
    );
  });
});
