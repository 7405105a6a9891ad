import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/errors.js";
import { loadKnowledge, parseDocument } from "../../src/knowledge/load.js";

const GOOD = `---
id: note
title: "A note"
publisher: "Someone"
published: 2025-01-27
url: https://example.org/a
kind: reference
as_of: 2026-01-01
---
Body text.
`;

function problemsOf(text: string): string[] {
  const result = parseDocument("knowledge/x.md", text);
  return "problems" in result ? result.problems : [];
}

describe("parsing a knowledge file", () => {
  it("accepts a complete file and records where the body starts", () => {
    const result = parseDocument("knowledge/x.md", GOOD);
    expect("doc" in result && result.doc.text.slice(result.doc.bodyStart)).toBe("Body text.\n");
  });

  it.each([
    ["front matter is missing", "Just text", /missing front matter/],
    ["the id is missing", GOOD.replace("id: note\n", ""), /missing "id"/],
    ["the title is missing", GOOD.replace('title: "A note"\n', ""), /missing "title"/],
    ["neither publisher nor authors is given", GOOD.replace('publisher: "Someone"\n', ""), /publisher" or "authors/],
    ["the date is not a date", GOOD.replace("published: 2025-01-27", "published: last week"), /"published" must be a date/],
    ["the URL is not a URL", GOOD.replace("https://example.org/a", "not a url"), /"url" is not a valid/],
    ["a reference has no URL", GOOD.replace("url: https://example.org/a\n", ""), /missing "url"/],
    ["the kind is unknown", GOOD.replace("kind: reference", "kind: blog"), /"kind" must be article or reference/],
    ["the body is empty", GOOD.replace("Body text.\n", "  \n"), /body is empty/],
    ["the YAML is broken", GOOD.replace('title: "A note"', 'title: "A note'), /not valid YAML/],
  ])("rejects a file when %s", (_, text, problem) => {
    expect(problemsOf(text).join("\n")).toMatch(problem);
  });

  it("lets the article go without a URL", () => {
    const text = GOOD.replace("url: https://example.org/a\n", "").replace("kind: reference", "kind: article");
    expect(problemsOf(text)).toEqual([]);
  });
});

describe("loading a knowledge folder", () => {
  async function folder(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "storybot-knowledge-"));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, ".."), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    return dir;
  }

  it("names the file and the problem when a file is broken", async () => {
    const dir = await folder({ "good.md": GOOD, "refs/bad.md": GOOD.replace("id: note", "id: other").replace("kind: reference", "kind: rumour") });
    const error = await loadKnowledge(dir, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toContain('refs/bad.md: "kind" must be article or reference');
  });

  it("refuses two files with the same id", async () => {
    const dir = await folder({ "a.md": GOOD, "b.md": GOOD });
    await expect(loadKnowledge(dir, dir)).rejects.toThrow(/b\.md: id "note" is already used by a\.md/);
  });

  it("refuses an empty folder", async () => {
    const dir = await folder({ "notes.txt": "not markdown" });
    await expect(loadKnowledge(dir, dir)).rejects.toThrow(/no Markdown files/);
  });

  it("records each file's path relative to the project root", async () => {
    const dir = await folder({ "knowledge/refs/a.md": GOOD });
    const [doc] = await loadKnowledge(join(dir, "knowledge"), dir);
    expect(doc?.path).toBe("knowledge/refs/a.md");
  });
});
