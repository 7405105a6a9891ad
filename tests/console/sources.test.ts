import { readdir } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/repl.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine } from "../../src/engine/engine.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let printed = "";
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  const input = new PassThrough();
  const output = new PassThrough();
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({ engine: createEngine({ corpus }), input, output });
  input.end("/sources\n");
  await done;
});

describe("/sources in the console", () => {
  it("lists every file in knowledge/notes/ with its title and link (saying so when only the site is known)", async () => {
    const files = (await readdir(new URL("../../knowledge/notes", import.meta.url))).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const doc = corpus.docs.find((d) => d.path === `knowledge/notes/${file}`)!;
      if (doc.urlScope === "page") expect(printed, file).toContain(`${doc.title} <${doc.url}>`);
      else
        expect(printed, file).toContain(
          `${doc.title} (${new URL(doc.url!).hostname.replace(/^www\./, "")}, the site: exact page not known <${doc.url}>)`,
        );
    }
  });

  it("prints the list in full, every page of it, with nothing cut", () => {
    expect(printed).toMatch(/What I have read \(1 of (\d+)\)/);
    const pages = Number(/\(1 of (\d+)\)/.exec(printed)![1]);
    expect(printed).toContain(`What I have read (${pages} of ${pages})`);
    expect(printed).not.toContain("…");
  });
});
