import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkAgainstNotes } from "../../src/claims/verdicts.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

/* A chat line whose one known word a note sentence says ("lmaooo called it") is confirmed by nothing. The story: a
 * drone maker, Vantor, and what a rival called its drone. */

const ARTICLE = "Vantor launched the VX-9 drone.";
const NOTES: Record<string, string> = {
  rival: 'Kestrel called the VX-9 "an excellent drone".',
  launch: "Vantor launched the VX-9 on 10 March 2025.",
};

let corpus: Corpus;
let understander: Understander;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "storybot-oneword-"));
  await mkdir(join(dir, "notes"));
  const front = (id: string, kind: string) =>
    `---\nid: ${id}\ntitle: ${id}\npublisher: Wire\npublished: 2025-03-17\nurl: https://example.org/${id}\nkind: ${kind}\nas_of: 2026-01-01\n---\n`;
  await writeFile(join(dir, "article.md"), `${front("article", "article")}${ARTICLE}\n`);
  for (const [id, text] of Object.entries(NOTES))
    await writeFile(join(dir, "notes", `${id}.md`), `${front(id, "note")}${text}\n`);
  corpus = await loadCorpus(dir, dir);
  understander = createUnderstander(corpus);
});

const verdict = (statement: string) => checkAgainstNotes(statement, understander.understand(statement), corpus).verdict;

describe("support from the notes", () => {
  it("needs two known words: one, however well a sentence says it, confirms nothing", () => {
    expect(verdict("lmaooo called it 😂😂")).toBe("not_covered");
  });

  it("still finds a statement a sentence says in two words or more", () => {
    expect(verdict("kestrel called the vx-9 excellent")).toBe("supported");
  });
});
