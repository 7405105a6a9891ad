import { describe, expect, it } from "vitest";
import { anchorParagraphAsked, parseBodyAsked } from "../../src/knowledge/asked.js";
import { chunkDocument } from "../../src/knowledge/chunk.js";
import { parseDocument } from "../../src/knowledge/load.js";

/** A note whose body starts on line 10. */
function note(body: string): string {
  return `---
id: market
title: "Market report"
publisher: "Test Wire"
published: 2025-01-27
url: https://example.org/market
kind: note
as_of: 2026-01-01
---
${body}`;
}

/** An article whose front matter holds `asked` (YAML lines, indented as in the file); the body follows. */
function article(asked: string, body: string): string {
  return `---
id: article
title: "A small story"
publisher: "Test Gazette"
published: 2025-01-27
kind: article
as_of: 2025-01-27
${asked}---
${body}`;
}

function parse(text: string) {
  const result = parseDocument("knowledge/x.md", text);
  if ("problems" in result) throw new Error(`expected the file to parse: ${JSON.stringify(result.problems)}`);
  return result.doc;
}

function problemsOf(text: string) {
  const result = parseDocument("knowledge/x.md", text);
  return "problems" in result ? result.problems : [];
}

const MONDAY = `## Monday's fall

Shares fell about 17% on Monday.

### Who sold

Funds sold first.

`;
const FRIDAY = `## Friday's fall

The Friday fall was 3.12%.
`;

describe("asked: lists in a note's body", () => {
  const text = note(`# Market report

${MONDAY.replace("\n\nShares", "\n\nasked:\n- how bad did the shares tank monday\n- what happened monday\n\nShares")}${FRIDAY}`);

  it("reads each question of the list", () => {
    expect(parse(text).asked.map((q) => q.text)).toEqual([
      "how bad did the shares tank monday",
      "what happened monday",
    ]);
  });

  it("applies a list to its whole section, subsections included, up to the next heading of its level", () => {
    const doc = parse(text);
    const section = doc.text.slice(doc.asked[0]!.target.start, doc.asked[0]!.target.end);
    expect(section).toMatch(/^## Monday's fall\n/);
    expect(section).toContain("Funds sold first.");
    expect(section).not.toContain("Friday");
  });

  it("records the line of the file each question is written on", () => {
    expect(parse(text).asked.map((q) => q.line)).toEqual([15, 16]);
  });

  it("hides the list's lines, so no passage contains a question", () => {
    const passages = chunkDocument(parse(text));
    expect(passages.map((p) => p.text).join("\n")).not.toMatch(/asked:|how bad did|what happened monday/);
  });

  it("still cuts the section's own text into passages", () => {
    const passages = chunkDocument(parse(text));
    expect(passages.map((p) => p.text)).toContain("Shares fell about 17% on Monday.");
  });

  it("hides exactly the list, from 'asked:' to the blank line that ends it", () => {
    const doc = parse(text);
    expect(doc.hidden.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "asked:\n- how bad did the shares tank monday\n- what happened monday\n",
    ]);
  });

  it("gives a note without asked: lists no questions and hides nothing", () => {
    const doc = parse(note(`${MONDAY}${FRIDAY}`));
    expect([doc.asked, doc.hidden]).toEqual([[], []]);
  });

  it("accepts a list whose questions each sit under their own section", () => {
    const doc = parse(
      note(`## One\n\nasked:\n- first question here\n\nOne.\n\n## Two\n\nasked:\n- second question here\n\nTwo.\n`),
    );
    const sections = doc.asked.map((q) => doc.text.slice(q.target.start, q.target.end).split("\n")[0]);
    expect(sections).toEqual(["## One", "## Two"]);
  });
});

describe("problems in a note's asked: lists", () => {
  it.each([
    [
      "questions are on the same line as 'asked:'",
      "## A\n\nasked: how much did it cost\n\nText.\n",
      3,
      /write each question of an asked: list on its own line/,
    ],
    [
      "a list comes before any heading",
      "asked:\n- how much did it cost\n\n## A\n\nText.\n",
      1,
      /must sit under a section heading/,
    ],
    [
      "a section has a second list",
      "## A\n\nasked:\n- how much did it cost\n\nText.\n\nasked:\n- what was the price\n\nMore.\n",
      8,
      /a second asked: list in the same section/,
    ],
    [
      "a line inside a list does not start with '- '",
      "## A\n\nasked:\n- how much did it cost\nwhat was the price\n\nText.\n",
      5,
      /expected '- question'/,
    ],
    ["a list is empty", "## A\n\nasked:\n\nText.\n", 3, /the asked: list has no questions/],
    ["a question is too short", "## A\n\nasked:\n- hm\n\nText.\n", 4, /the question is too short to be a question/],
  ])("reports the line when %s", (_, body, line, problem) => {
    expect(parseBodyAsked(body, 0, "n").problems).toContainEqual({ line, problem: expect.stringMatching(problem) });
  });

  it("counts a problem's line from the top of the file, front matter included", () => {
    expect(problemsOf(note("## A\n\nasked:\n\nText.\n"))).toContainEqual({
      line: 12,
      problem: "the asked: list has no questions",
    });
  });

  it("refuses the file when a list is malformed", () => {
    expect(parseDocument("knowledge/x.md", note("## A\n\nasked: how much did it cost\n\nText.\n"))).not.toHaveProperty(
      "doc",
    );
  });
});

describe("asked: lists in the article's front matter", () => {
  const BODY = "The model was trained for merely $5.5 million.\nShares of the chip maker fell 3.12% in a single day.\n";
  const ASKED =
    'asked:\n  - paragraph: "Shares of the chip maker fell"\n    questions:\n      - how much did the shares fall\n      - what did the chip maker lose\n';

  it("anchors the questions to the phrase copied from the paragraph", () => {
    const doc = parse(article(ASKED, BODY));
    expect(doc.asked.map((q) => doc.text.slice(q.target.start, q.target.end))).toEqual([
      "Shares of the chip maker fell",
      "Shares of the chip maker fell",
    ]);
  });

  it("records the line each question is written on", () => {
    expect(parse(article(ASKED, BODY)).asked.map((q) => [q.text, q.line])).toEqual([
      ["how much did the shares fall", 11],
      ["what did the chip maker lose", 12],
    ]);
  });

  it("reports the line of a phrase that is not word for word in the body", () => {
    const text = article(ASKED.replace("Shares of the chip maker fell", "Shares of the chipmaker fell"), BODY);
    expect(problemsOf(text)).toContainEqual({
      line: 9,
      problem: expect.stringMatching(/is not word for word in the body/),
    });
  });

  it("reports the line of a phrase found more than once", () => {
    const text = article(
      ASKED.replace("Shares of the chip maker fell", "chip maker"),
      BODY.replace("The model", "The chip maker's model"),
    );
    expect(problemsOf(text)).toContainEqual({ line: 9, problem: expect.stringMatching(/occurs more than once/) });
  });

  it("does not look for the phrase in the front matter", () => {
    const text = "---\nx: Shares fell\n---\nBody without it.\n";
    const { problems } = anchorParagraphAsked(
      [{ paragraph: "Shares fell", questions: ["how far did they fall"] }],
      text,
      text.indexOf("Body"),
      "a",
      () => 5,
    );
    expect(problems).toContainEqual({ line: 5, problem: expect.stringMatching(/not word for word/) });
  });

  it("refuses a phrase too short to find one paragraph", () => {
    const text = article(ASKED.replace("Shares of the chip maker fell", "Shares"), BODY);
    expect(problemsOf(text)).toContainEqual({
      line: 9,
      problem: expect.stringMatching(/too short to find one paragraph/),
    });
  });
});
