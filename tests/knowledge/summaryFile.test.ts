import { cp, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/errors.js";
import { type KnowledgeBase, loadKnowledge } from "../../src/knowledge/load.js";
import { parseSummary, SUMMARY_MAX_BULLETS } from "../../src/knowledge/summaryFile.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledge(FIXTURE, FIXTURE);
});

/** A summary whose one bullet has the given citation lines, in a section. */
const withCites = (text: string, ...cites: string[]) =>
  ["## What happened", "", `- ${text}`, ...cites.map((c) => `  - ${c}`), ""].join("\n");
const parse = (text: string) => parseSummary("knowledge/summary.md", text, kb.docs, kb.claims);
const problemsOf = (text: string) => parse(text).problems.map((p) => `${p.line}: ${p.problem}`);

describe("the summary file", () => {
  it("reads a title, sections and bullets with their citations", () => {
    const { summary, problems } = parse(
      [
        "# The catch-up",
        "",
        withCites(
          "The chip maker's shares fell 3.12% on Friday, the fall the article reports.",
          'article: "fell 3.12% in a single day"',
          'note: market "Friday\'s fall"',
          "claim: fall",
        ),
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(summary).toEqual({
      title: "The catch-up",
      sections: [
        {
          heading: "What happened",
          bullets: [
            {
              text: "The chip maker's shares fell 3.12% on Friday, the fall the article reports.",
              line: 5,
              cites: [
                {
                  kind: "article",
                  docId: "article",
                  text: "fell 3.12% in a single day",
                  start: expect.any(Number),
                  end: expect.any(Number),
                },
                { kind: "note", docId: "market", section: "Friday's fall" },
                { kind: "claim", id: "fall" },
              ],
            },
          ],
        },
      ],
    });
  });

  it("lets a bullet's text run onto indented lines before its citations", () => {
    const { summary } = parse(
      ["## Market", "", "- Shares fell on Monday", "  by about 17%.", '  - note: market "Monday\'s fall"'].join("\n"),
    );
    expect(summary?.sections[0]?.bullets[0]?.text).toBe("Shares fell on Monday by about 17%.");
  });

  it.each([
    [
      "an article phrase the article does not contain",
      withCites("The article says so.", 'article: "shares rose 40%"'),
      /"shares rose 40%" is not word for word in the article/,
    ],
    [
      "a note that does not exist",
      withCites("It fell.", 'note: nowhere "Friday\'s fall"'),
      /"nowhere" is not the id of a note or source/,
    ],
    [
      "a note section that does not exist",
      withCites("It fell.", 'note: market "Tuesday\'s fall"'),
      /notes\/market\.md has no section headed "Tuesday's fall"/,
    ],
    [
      "a claim id that does not exist",
      withCites("It fell.", 'note: market "Friday\'s fall"', "claim: no-such-claim"),
      /"no-such-claim" is not the id of a claim/,
    ],
    ["a bullet with no citation", withCites("It fell."), /cites nothing/],
    ["a citation outside any bullet", "## Market\n  - claim: fall\n", /a citation must come under a bullet/],
    ["a line that is none of the above", "## Market\nJust a paragraph.\n", /expected '# title'/],
    [
      "a bullet citing the article without saying so",
      withCites("Shares fell 3.12%.", 'article: "fell 3.12% in a single day"', 'note: market "Friday\'s fall"'),
      /cites the article but does not say so/,
    ],
  ])("refuses %s, naming the line", (_, text, message) => {
    expect(problemsOf(text).join("\n")).toMatch(message);
    expect(parse(text).problems.every((p) => p.file === "knowledge/summary.md" && typeof p.line === "number")).toBe(
      true,
    );
  });

  it("refuses an article claim the sources correct unless its claim stands beside it", () => {
    const bare = withCites(
      "The article says no pricey chips were needed.",
      'article: "without any pricey chips"',
      'note: cost-report "Hardware"',
    );
    expect(problemsOf(bare).join("\n")).toMatch(/without claim chips: its correction must stand beside it/);
    expect(problemsOf(`${bare.trimEnd()}\n  - claim: chips\n`)).toEqual([]);
  });

  it("refuses a corrected claim cited with no note that corrects it", () => {
    const text = withCites(
      "The article says no pricey chips were needed; it used 2,048 H800s.",
      'article: "without any pricey chips"',
      "claim: chips",
    );
    expect(problemsOf(text).join("\n")).toMatch(/cites claim chips \(contradicted\) but no note section/);
  });

  it(`refuses more than ${SUMMARY_MAX_BULLETS} bullets`, () => {
    const bullet = ["- The shares fell.", '  - note: market "Friday\'s fall"'];
    const text = ["## Market", ...Array.from({ length: SUMMARY_MAX_BULLETS + 1 }, () => bullet).flat()].join("\n");
    expect(problemsOf(text).join("\n")).toMatch(/has 9 bullets; keep it to 8/);
  });

  it("refuses a summary too long for one message", () => {
    const long = "The shares fell, and then they fell again, and analysts wrote about it at great length. ".repeat(20);
    expect(problemsOf(withCites(long, 'note: market "Friday\'s fall"')).join("\n")).toMatch(
      /characters; keep it under 1500/,
    );
  });
});

describe("loading a knowledge folder with a summary", () => {
  async function folderWith(summary: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "storybot-summary-"));
    await cp(FIXTURE, dir, { recursive: true });
    await writeFile(join(dir, "summary.md"), summary);
    return dir;
  }

  it("reads summary.md as the summary, not as a document", async () => {
    const dir = await folderWith(
      withCites(
        "The shares fell 3.12%, the article says.",
        'article: "fell 3.12% in a single day"',
        'note: market "Friday\'s fall"',
      ),
    );
    const loaded = await loadKnowledge(dir, dir);
    expect(loaded.summary?.sections[0]?.heading).toBe("What happened");
    expect(loaded.docs.map((d) => d.path)).not.toContain("summary.md");
  });

  it("refuses to start when a citation does not exist, naming summary.md and the line", async () => {
    const dir = await folderWith(withCites("It fell.", 'note: market "Tuesday\'s fall"'));
    const error = await loadKnowledge(dir, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toContain(
      'summary.md:4: notes/market.md has no section headed "Tuesday\'s fall"',
    );
  });

  it("has no summary when there is no summary.md", async () => {
    expect((await loadKnowledge(FIXTURE, FIXTURE)).summary).toBeNull();
  });
});
