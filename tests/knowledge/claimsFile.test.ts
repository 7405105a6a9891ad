import { describe, expect, it } from "vitest";
import { parseClaims } from "../../src/knowledge/claimsFile.js";
import { parseDocument } from "../../src/knowledge/load.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";

function doc(text: string): KnowledgeDoc {
  const result = parseDocument("knowledge/x.md", text);
  if ("problems" in result) throw new Error(`expected the file to parse: ${JSON.stringify(result.problems)}`);
  return result.doc;
}

const ARTICLE = doc(`---
id: article
title: "A small story"
publisher: "Test Gazette"
published: 2025-01-27
kind: article
as_of: 2025-01-27
---
The model was trained for merely $5.5 million.
Shares of the chip maker fell 3.12% in a single day.
`);

const NOTE = doc(`---
id: cost-note
title: "Cost report"
authors: "Test Lab"
published: 2024-12-27
url: https://example.org/cost
kind: note
as_of: 2026-01-01
---
## Training cost

asked:
- what did training cost

The final run cost $5,576,000.
`);

const DOCS = [ARTICLE, NOTE];

// The second claim starts on line 7: its claim is on line 8, its verdict on 9, its references on 11.
const CLAIMS = `- id: cost
  claim: "trained for merely $5.5 million"
  verdict: nuanced
  keywords: [cost, 5.5]
  explanation: Only the final run.
  references: [cost-note]
- id: fall
  claim: Shares of the chip maker fell 3.12%
  verdict: supported
  explanation: The Friday fall was 3.12%.
  references: [cost-note]
`;

const parse = (text: string, docs: readonly KnowledgeDoc[] = DOCS) => parseClaims("knowledge/claims.yaml", text, docs);

describe("parsing claims.yaml", () => {
  it("accepts claims copied word for word from the article", () => {
    expect(parse(CLAIMS)).toMatchObject({ claims: [{ id: "cost" }, { id: "fall" }], problems: [] });
  });

  it("gives each claim's offsets in the article file", () => {
    const { claims } = parse(CLAIMS);
    expect(claims.map((c) => ARTICLE.text.slice(c.start, c.end))).toEqual([
      "trained for merely $5.5 million",
      "Shares of the chip maker fell 3.12%",
    ]);
  });

  it("reads verdict, explanation, references and keywords", () => {
    expect(parse(CLAIMS).claims[0]).toMatchObject({
      verdict: "nuanced",
      explanation: "Only the final run.",
      references: ["cost-note"],
      keywords: ["cost", "5.5"],
    });
  });

  it("gives a claim without keywords an empty list", () => {
    expect(parse(CLAIMS).claims[1]?.keywords).toEqual([]);
  });

  it("reads an empty file as no claims", () => {
    expect(parse("# nothing checked yet\n")).toEqual({ claims: [], problems: [] });
  });

  it.each([
    [
      "a claim that is not word for word in the article",
      CLAIMS.replace("fell 3.12%", "fell 3.2%"),
      8,
      /claim "fall" is not word for word in the article/,
    ],
    [
      "a reference that is no knowledge file id",
      CLAIMS.replace("references: [cost-note]\n", "references: [cost-report]\n"),
      6,
      /claim "cost": "cost-report" is not the id of a note or source/,
    ],
    [
      "a verdict that is not one of the five",
      CLAIMS.replace("verdict: supported", "verdict: true"),
      9,
      /"1\.verdict" must be one of supported, nuanced, contradicted, unverified, opinion/,
    ],
    ["an id listed twice", CLAIMS.replace("id: fall", "id: cost"), 7, /claim "cost" is listed twice/],
    [
      "a missing explanation",
      CLAIMS.replace("  explanation: The Friday fall was 3.12%.\n", ""),
      7,
      /missing "1\.explanation"/,
    ],
    [
      "an empty explanation",
      CLAIMS.replace("explanation: The Friday fall was 3.12%.", 'explanation: ""'),
      10,
      /"1\.explanation" must not be empty/,
    ],
    [
      "a claim with no references",
      CLAIMS.replace("references: [cost-note]\n- id", "references: []\n- id"),
      6,
      /needs at least one note/,
    ],
    ["broken YAML", CLAIMS.replace("verdict: nuanced", "verdict: nuanced: yes"), 3, /not valid YAML/],
  ])("reports the line of %s", (_, text, line, problem) => {
    const { claims, problems } = parse(text);
    expect(problems).toContainEqual({ file: "knowledge/claims.yaml", line, problem: expect.stringMatching(problem) });
    expect(claims).toEqual([]);
  });

  it("refuses claims when there is no article to check them against", () => {
    expect(parse(CLAIMS, [NOTE]).problems).toContainEqual(
      expect.objectContaining({ problem: expect.stringMatching(/claims need an article/) }),
    );
  });

  it("looks for a claim in the article's body, not its front matter", () => {
    const text =
      '- id: title\n  claim: "A small story"\n  verdict: opinion\n  explanation: The title.\n  references: [cost-note]\n';
    expect(parse(text).problems).toContainEqual(
      expect.objectContaining({ line: 2, problem: expect.stringMatching(/not word for word/) }),
    );
  });

  it("refuses a claim backed by the article itself: the sources must back it", () => {
    const text = CLAIMS.replace("references: [cost-note]\n", "references: [article]\n");
    expect(
      parseClaims("claims.yaml", text, DOCS)
        .problems.map((p) => p.problem)
        .join("\n"),
    ).toMatch(/"article" is not the id of a note or source/);
  });
});
