import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { ARTICLE_PARAGRAPHS, type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand } from "./run.js";

let site: FixtureSite;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

async function add(path: string, ...args: string[]) {
  const dir = knowledgeCopy();
  const run = await runCommand(knowledgeAdd, [site.url(path), "--allow-private", ...args], {
    env: { KNOWLEDGE_DIR: dir },
    now: () => new Date("2026-02-03T10:00:00Z"),
  });
  return { ...run, dir };
}

describe("npm run knowledge:add", () => {
  it("writes the article body and none of the navigation, ads, comments or cookie banner", async () => {
    const { code, dir } = await add("/article", "--id", "lantern");
    expect(code).toBe(0);
    const text = readFileSync(join(dir, "sources", "lantern.md"), "utf8");
    for (const p of ARTICLE_PARAGRAPHS) expect(text).toContain(`\n${p}\n`);
    expect(text).not.toMatch(/Markets|Quantum Blender|cookies|Reader42|Careers/);
  });

  it("writes front matter the bot loads: a source with title, publisher, url, the page's date, fetched date and hash", async () => {
    const { dir } = await add("/article", "--id", "lantern");
    const doc = (await loadKnowledge(dir)).docs.find((d) => d.id === "lantern");
    expect(doc).toMatchObject({
      kind: "source",
      title: "The Lantern Room: where DeepSeek kept its spare chips",
      publisher: "Harbour Times",
      published: "2025-01-29",
      asOf: "2026-02-03",
      url: site.url("/article"),
    });
    expect(doc?.text).toMatch(/\nfetched: 2026-02-03\n[\s\S]*\ncontent_hash: sha256:[0-9a-f]{64}\n/);
  });

  it("prints what it wrote: title, date, characters, paragraphs and the first lines", async () => {
    const { stdout } = await add("/article", "--id", "lantern");
    expect(stdout).toContain("title:      The Lantern Room");
    expect(stdout).toContain("published:  2025-01-29");
    expect(stdout).toMatch(/characters: \d{3}\n {2}paragraphs: 4\n/);
    expect(stdout).toContain("First lines:\n  DeepSeek's training budget");
  });

  it("names the source after its title when no id is given", async () => {
    const { stdout } = await add("/article");
    expect(stdout).toMatch(/sources\/the-lantern-room-where-deepseek-kept-its-spare-chips\.md/);
  });

  it("follows a chain of three redirects to the article and records the address it ended at", async () => {
    const { code, dir } = await add("/hop1", "--id", "hops");
    expect(code).toBe(0);
    expect(readFileSync(join(dir, "sources", "hops.md"), "utf8")).toContain(`url: ${site.url("/article")}\n`);
  });

  it("extracts a PDF's text, with its title and date from the PDF's own metadata", async () => {
    const { code, dir } = await add("/paper.pdf", "--id", "paper");
    expect(code).toBe(0);
    const text = readFileSync(join(dir, "sources", "paper.md"), "utf8");
    expect(text).toContain("title: DeepSeek-R1 technical note\n");
    expect(text).toContain("published: 2025-01-20\n");
    expect(text).toContain("released under the MIT licence together with the weights of the main model");
  });

  it("decodes a page in the charset it declares (ISO-8859-1)", async () => {
    const { dir } = await add("/latin1", "--id", "latin");
    expect(readFileSync(join(dir, "sources", "latin.md"), "utf8")).toContain(
      "Le café de la Défense a fermé ses portes à 17 h.",
    );
  });

  it("replaces a source of the same id when --force is given", async () => {
    const { dir } = await add("/article", "--id", "lantern");
    const again = await runCommand(
      knowledgeAdd,
      [site.url("/paper.pdf"), "--allow-private", "--id", "lantern", "--force"],
      {
        env: { KNOWLEDGE_DIR: dir },
      },
    );
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, "sources", "lantern.md"), "utf8")).toContain("MIT licence");
  });
});
