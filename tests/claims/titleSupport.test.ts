import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ClaimChecker } from "../../src/claims/checker.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander } from "../../src/understanding/understand.js";
import { ALWAYS } from "../helpers/decisions.js";

/* What a statement says around its figures may be said by the title of the note that confirms them. The story: two
 * drone makers' shares on one Monday; only Vantor's note is titled with the record. */

const ARTICLE = "Drone makers' shares fell sharply on Monday after the VX-9 launch.";
const NOTES: Record<string, [string, string]> = {
  vantor: [
    "Vantor sheds a third of its market value, its biggest one-day loss in history",
    "Wire reported that Vantor's stock fell 31% to $12.40 on Monday 17 March 2025.",
  ],
  kestrel: ["Kestrel in 2020", "Kestrel's fall in 2020 was its biggest one-day loss in history, analysts said."],
  orbis: [
    "Orbis shares on 17 March 2025",
    "Wire reported that Orbis's stock fell 12% to $8.10 on Monday 17 March 2025.",
  ],
};

let checker: ClaimChecker;
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), "storybot-title-"));
  await mkdir(join(dir, "notes"));
  const front = (id: string, kind: string, title: string) =>
    `---\nid: ${id}\ntitle: "${title}"\npublisher: Wire\npublished: 2025-03-17\nurl: https://example.org/${id}\nkind: ${kind}\nas_of: 2026-01-01\n---\n`;
  await writeFile(join(dir, "article.md"), `${front("article", "article", "Drones")}${ARTICLE}\n`);
  for (const [id, [title, text]] of Object.entries(NOTES))
    await writeFile(join(dir, "notes", `${id}.md`), `${front(id, "note", title)}${text}\n`);
  const corpus = await loadCorpus(dir, dir);
  checker = new ClaimChecker(corpus, createUnderstander(corpus), ALWAYS);
});

describe("a figure's note title says what it is about", () => {
  it("supports what the statement says around the figure when the confirming note's title says it", () => {
    expect(checker.check("vantor lost ~31% on monday 17 march, its biggest one-day loss in history").verdict).toBe(
      "supported",
    );
  });

  it("gives no ✅ when neither the sentence nor its note's title says it", () => {
    expect(checker.check("orbis lost ~12% on monday 17 march, its biggest one-day loss in history").verdict).not.toBe(
      "supported",
    );
  });
});
