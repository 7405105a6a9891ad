import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/errors.js";
import { loadKnowledge, parseDocument } from "../../src/knowledge/load.js";

// Line numbers matter below: the front matter's keys sit on lines 2 to 8, "---" on 9, the body starts on line 10.
const NOTE = `---
id: cost-note
title: "Cost report"
publisher: "Test Lab"
published: 2025-01-27
url: https://example.org/cost
kind: note
as_of: 2026-01-01
---
## Training cost

asked:
- how much did training cost

The final run cost $5,576,000.
`;

const ARTICLE = `---
id: article
title: "A small story"
publisher: "Test Gazette"
published: 2025-01-27
kind: article
as_of: 2025-01-27
---
The model was trained for merely $5.5 million.
Shares fell 3.12% in a single day.
`;

type Problem = { line?: number; problem: string };

function problemsOf(text: string): Problem[] {
  const result = parseDocument("knowledge/x.md", text);
  return "problems" in result ? result.problems : [];
}

function docOf(text: string) {
  const result = parseDocument("knowledge/x.md", text);
  if ("problems" in result) throw new Error(`expected the file to parse: ${JSON.stringify(result.problems)}`);
  return result.doc;
}

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "storybot-load-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

async function loadError(dir: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(dir, dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe("parsing a knowledge file", () => {
  it("reads every front-matter field of a complete note", () => {
    const doc = docOf(NOTE);
    expect(doc).toMatchObject({
      id: "cost-note",
      title: "Cost report",
      publisher: "Test Lab",
      authors: null,
      published: "2025-01-27",
      url: "https://example.org/cost",
      urlScope: "page",
      kind: "note",
      asOf: "2026-01-01",
      note: null,
      path: "knowledge/x.md",
    });
  });

  it("starts the body just after the closing '---' line", () => {
    const doc = docOf(NOTE);
    expect(doc.text.slice(doc.bodyStart)).toBe(NOTE.slice(NOTE.indexOf("## Training cost")));
  });

  it("keeps the whole file text, so offsets refer to the file", () => {
    expect(docOf(NOTE).text).toBe(NOTE);
  });

  it("joins the address and date caveats into the note shown next to the source", () => {
    const text = NOTE.replace("kind: note\n", 'kind: note\nurl_note: "URL unverified"\ndate_note: "month only"\n');
    expect(docOf(text).note).toBe("URL unverified; month only");
  });

  it("lets the article go without a URL", () => {
    expect(docOf(ARTICLE).url).toBeNull();
  });

  it("accepts url_scope: site when the URL is the site's home page", () => {
    const text = NOTE.replace("url: https://example.org/cost\n", "url: https://example.org/\nurl_scope: site\n");
    expect(docOf(text).urlScope).toBe("site");
  });

  it.each([
    ["the id is missing", NOTE.replace("id: cost-note\n", ""), 2, /missing "id"/],
    [
      "the id is not lowercase letters, digits and dashes",
      NOTE.replace("id: cost-note", "id: Cost Note"),
      2,
      /"id" must be lowercase letters, digits and dashes/,
    ],
    ["the title is missing", NOTE.replace('title: "Cost report"\n', ""), 2, /missing "title"/],
    ["the id is not text", NOTE.replace("id: cost-note", "id: [cost]"), 2, /"id" must be text/],
    [
      "neither publisher nor authors is given",
      NOTE.replace('publisher: "Test Lab"\n', ""),
      2,
      /needs "publisher" or "authors"/,
    ],
    [
      "the date is not a date",
      NOTE.replace("published: 2025-01-27", "published: last week"),
      5,
      /"published" must be a date like 2025-01-27, or 2025-01 or 2025/,
    ],
    [
      "the month does not exist",
      NOTE.replace("published: 2025-01-27", "published: 2025-13"),
      5,
      /"published" is not a real date/,
    ],
    [
      "the precision is finer than the date written",
      NOTE.replace("published: 2025-01-27", "published: 2025-01\npublished_precision: day"),
      6,
      /"published_precision" is finer than the date written \(2025-01\)/,
    ],
    [
      "a date note admits a placeholder",
      NOTE.replace("kind: note", 'date_note: "The day is a placeholder."\nkind: note'),
      7,
      /"date_note" describes a placeholder/,
    ],
    [
      "the URL carries Markdown",
      NOTE.replace("https://example.org/cost", "'https://example.org/cost)[x](https://evil.example'"),
      6,
      /"url" is not a valid http\(s\) URL/,
    ],
    [
      "the URL carries a space",
      NOTE.replace("https://example.org/cost", '"https://example.org/co st"'),
      6,
      /"url" is not a valid http\(s\) URL/,
    ],
    [
      "the URL carries a user name",
      NOTE.replace("https://example.org/cost", "https://user@example.org/cost"),
      6,
      /"url" is not a valid http\(s\) URL/,
    ],
    [
      "the date does not exist",
      NOTE.replace("published: 2025-01-27", "published: 2025-02-30"),
      5,
      /"published" is not a real date/,
    ],
    [
      "the URL is not an http(s) URL",
      NOTE.replace("https://example.org/cost", "ftp://example.org/cost"),
      6,
      /"url" is not a valid http\(s\) URL/,
    ],
    [
      "a note has no URL",
      NOTE.replace("url: https://example.org/cost\n", ""),
      2,
      /missing "url" \(only the article may go without one\)/,
    ],
    ["the kind is unknown", NOTE.replace("kind: note", "kind: blog"), 7, /"kind" must be article, note, source/],
    [
      "url_scope is site but the URL is not a home page",
      NOTE.replace("url: https://example.org/cost\n", "url: https://example.org/cost\nurl_scope: site\n"),
      6,
      /"url" must be the site's home page when url_scope is site/,
    ],
    [
      "a note has an asked: list in its front matter",
      NOTE.replace(
        "as_of: 2026-01-01\n",
        'as_of: 2026-01-01\nasked:\n  - paragraph: "The final run cost"\n    questions:\n      - what did it cost\n',
      ),
      10,
      /"asked" in a note goes under each section heading/,
    ],
    ["the YAML is broken", NOTE.replace('title: "Cost report"', 'title: "Cost report'), 3, /not valid YAML/],
    ["the front matter is missing", "Just text\n", 1, /missing front matter/],
  ])("reports the line when %s", (_, text, line, problem) => {
    expect(problemsOf(text)).toContainEqual({ line, problem: expect.stringMatching(problem) });
  });

  it("keeps a URL with balanced parentheses, as Wikipedia's addresses have", () => {
    expect(docOf(NOTE.replace("https://example.org/cost", "https://en.wikipedia.org/wiki/Mercury_(planet)")).url).toBe(
      "https://en.wikipedia.org/wiki/Mercury_(planet)",
    );
  });

  it.each([
    ["a month", "published: 2023-03", "2023-03"],
    ["a year", "published: 2023", "2023"],
    ["a day trusted only to its month", "published: 2025-01-29\npublished_precision: month", "2025-01"],
  ])("keeps only what is known of a date given as %s", (_, line, published) => {
    expect(docOf(NOTE.replace("published: 2025-01-27", line)).published).toBe(published);
  });

  it("names a key that is there but wrong as wrong, not as missing", () => {
    expect(problemsOf(NOTE.replace("url: https://example.org/cost", "url: 5")).map((p) => p.problem)).toEqual([
      '"url" must be an http(s) URL',
    ]);
  });

  it("reports an empty body", () => {
    const text = `${NOTE.slice(0, NOTE.indexOf("## Training cost"))}  \n`;
    expect(problemsOf(text).map((p) => p.problem)).toContain("the body is empty");
  });

  it("reports a malformed asked: list in the body with its line in the file", () => {
    const text = NOTE.replace("asked:\n- how much did training cost", "asked: how much did training cost");
    expect(problemsOf(text)).toContainEqual({ line: 12, problem: expect.stringMatching(/on its own line/) });
  });
});

describe("loading a knowledge folder", () => {
  it("loads every Markdown file below the folder", async () => {
    const dir = await folder({ "article.md": ARTICLE, "notes/cost.md": NOTE });
    const kb = await loadKnowledge(dir, dir);
    expect(kb.docs.map((d) => d.id).sort()).toEqual(["article", "cost-note"]);
  });

  it("ignores README.md files", async () => {
    const dir = await folder({ "article.md": ARTICLE, "README.md": "# How to edit this folder\n" });
    const kb = await loadKnowledge(dir, dir);
    expect(kb.docs.map((d) => d.path)).toEqual(["article.md"]);
  });

  it("names the file and line of a broken file", async () => {
    const dir = await folder({ "article.md": ARTICLE, "notes/bad.md": NOTE.replace("kind: note", "kind: rumour") });
    expect((await loadError(dir)).message).toContain('notes/bad.md:7: "kind" must be article, note, source');
  });

  it("reports every broken file, not only the first", async () => {
    const dir = await folder({
      "a.md": NOTE.replace("id: cost-note", "id: a").replace("kind: note", "kind: rumour"),
      "b.md": NOTE.replace("id: cost-note", "id: b").replace("published: 2025-01-27", "published: soon"),
    });
    const files = (await loadError(dir)).problems.map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining(["a.md", "b.md"]));
  });

  it("refuses two files with the same id", async () => {
    const dir = await folder({ "a.md": NOTE, "b.md": NOTE });
    expect((await loadError(dir)).message).toMatch(/b\.md: id "cost-note" is already used by a\.md/);
  });

  it("reads a file that starts with a UTF-8 byte-order mark", async () => {
    const { docs } = await loadKnowledge(await folder({ "article.md": `\uFEFF${ARTICLE}` }));
    expect(docs[0]?.text.startsWith("---")).toBe(true);
  });

  it("refuses two articles", async () => {
    const dir = await folder({ "a.md": ARTICLE, "b.md": ARTICLE.replace("id: article", "id: other-article") });
    expect((await loadError(dir)).message).toMatch(/more than one file has kind: article/);
  });

  it("refuses a folder without Markdown files", async () => {
    const dir = await folder({ "notes.txt": "not markdown" });
    expect((await loadError(dir)).message).toMatch(/no Markdown files found/);
  });

  it("refuses a folder that does not exist", async () => {
    const dir = await folder({});
    await expect(loadKnowledge(join(dir, "missing"), dir)).rejects.toThrow(/cannot read the folder/);
  });

  it("records each file's path relative to the project root, with forward slashes", async () => {
    const dir = await folder({ "knowledge/notes/cost.md": NOTE });
    const kb = await loadKnowledge(join(dir, "knowledge"), dir);
    expect(kb.docs[0]?.path).toBe("knowledge/notes/cost.md");
  });

  it("loads the synonym rules of synonyms.txt", async () => {
    const dir = await folder({ "article.md": ARTICLE, "synonyms.txt": "# slang\ntank, crater => fall\n" });
    const kb = await loadKnowledge(dir, dir);
    expect(kb.synonyms).toEqual([{ from: ["tank", "crater"], to: ["fall"], line: 2 }]);
  });

  it("loads the claims of claims.yaml with their place in the article", async () => {
    const claims =
      '- id: cost\n  claim: "trained for merely $5.5 million"\n  verdict: nuanced\n  explanation: Only the final run.\n  references: [cost-note]\n';
    const dir = await folder({ "article.md": ARTICLE, "notes/cost.md": NOTE, "claims.yaml": claims });
    const kb = await loadKnowledge(dir, dir);
    const article = kb.docs.find((d) => d.kind === "article")!;
    expect(kb.claims.map((c) => article.text.slice(c.start, c.end))).toEqual(["trained for merely $5.5 million"]);
  });

  it("loads a folder without synonyms.txt or claims.yaml", async () => {
    const dir = await folder({ "article.md": ARTICLE });
    const kb = await loadKnowledge(dir, dir);
    expect([kb.synonyms, kb.claims]).toEqual([[], []]);
  });

  it("names the line of a broken synonyms rule", async () => {
    const dir = await folder({
      "article.md": ARTICLE,
      "synonyms.txt": "# slang\ntank => fall\nplunge => drop => fall\n",
    });
    expect((await loadError(dir)).message).toContain("synonyms.txt:3: more than one '=>' in a rule");
  });

  it("names the file and line of a malformed asked: list", async () => {
    const dir = await folder({
      "article.md": ARTICLE,
      "notes/cost.md": NOTE.replace("- how much did training cost", "how much did training cost"),
    });
    expect((await loadError(dir)).message).toContain("notes/cost.md:13: expected '- question' in the asked: list");
  });

  it("names the line of a claim that is not in the article", async () => {
    const claims =
      '- id: cost\n  claim: "trained for only $6 million"\n  verdict: nuanced\n  explanation: Only the final run.\n  references: [cost-note]\n';
    const dir = await folder({ "article.md": ARTICLE, "notes/cost.md": NOTE, "claims.yaml": claims });
    expect((await loadError(dir)).message).toContain('claims.yaml:2: claim "cost" is not word for word in the article');
  });
});
