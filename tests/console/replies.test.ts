import { describe, expect, it } from "vitest";
import { replyToText } from "../../src/console/text.js";
import { renderAnswer } from "../../src/discord/renderAnswer.js";
import { renderHelp } from "../../src/discord/renderHelp.js";
import { renderSources } from "../../src/discord/renderSources.js";
import { renderStats } from "../../src/discord/renderStats.js";
import { renderSummary } from "../../src/discord/renderSummary.js";
import type { Answer, Excerpt, SourceInfo, Summary } from "../../src/engine/types.js";

/** Words that look like Markdown: the console must print them as they are, and add none of its own. */
const STARRED = "a *starred* [bracketed] word_with_underscores";
const MARKDOWN = /\*\*|\]\(|\\[[\]*_\\]/;

const SOURCES: SourceInfo[] = [
  {
    id: "article",
    title: "The story",
    publisher: "Gazette",
    published: "2025-01-27",
    url: null,
    urlScope: "page",
    kind: "article",
    about: "The story itself.",
  },
  {
    id: "ref",
    title: `A report on ${STARRED}`,
    publisher: "Lab",
    published: "2024-12-27",
    url: "https://example.org/r",
    urlScope: "page",
    kind: "note",
    about: "Our notes cover: costs.",
  },
];
const CTX = { sources: SOURCES, asOf: "2026-11-28" };
const excerpt = (text: string, docId = "ref"): Excerpt => ({
  kind: docId === "article" ? "article" : "note",
  text,
  docId,
  title: docId,
  url: SOURCES.find((s) => s.id === docId)!.url,
  path: `knowledge/${docId}.md`,
  start: 0,
  end: text.length,
});
const SUMMARY: Summary = {
  origin: "written",
  title: "Catching up",
  sections: [
    {
      heading: "What happened",
      bullets: [
        { text: `It cost ${STARRED}.`, docs: ["ref", "article"], claims: [] },
        { lead: "Needs nuance", excerpt: 0 },
      ],
    },
  ],
  excerpts: [excerpt("Shares fell.", "article")],
  asOf: "2026-11-28",
};
const answer = (over: Partial<Answer>): Answer => ({
  question: "what did it cost?",
  declined: false,
  answer: "It cost a lot [1]",
  lines: [{ kind: "prose", text: "It cost a lot [1]", cites: [1] }],
  excerpts: ["a.", "b.", "c.", `d ${STARRED}.`].map((t) => excerpt(t)),
  suggestions: [],
  retrieved: [],
  mode: "extractive",
  subject: [],
  timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
  ...over,
});
const STATS = {
  guildId: "1",
  days: 7,
  since: "2026-11-21T00:00:00.000Z",
  questions: 3,
  declined: 1,
  declinesByReason: [{ reason: "off_topic", count: 1 }],
  up: 2,
  down: 1,
  medianLatencyMs: 40,
  topQuestions: [{ text: `what is ${STARRED}?`, count: 2 }],
  toImprove: [{ text: "who won the cup?", why: "declined: off_topic", at: "2026-11-22" }],
};

describe("replies printed in the console", () => {
  it.each([
    ["/summary", () => renderSummary(SUMMARY, CTX)],
    ["/sources", () => renderSources(CTX)],
    ["/stats", () => renderStats(STATS, true)],
    ["/help", () => renderHelp("the story")],
    ["More excerpts", () => renderAnswer(answer({}), CTX).more!],
    ["a decline", () => renderAnswer(answer({ declined: true, suggestions: [`what is ${STARRED}?`] }), CTX)],
  ])("prints %s as plain text: no Markdown marks, escapes or link syntax", (_, reply) => {
    const text = replyToText(reply());
    expect(text).not.toMatch(MARKDOWN);
    expect(text).not.toContain("`");
  });

  it("prints someone's starred or bracketed words exactly as written", () => {
    expect(replyToText(renderSummary(SUMMARY, CTX))).toContain(`It cost ${STARRED}.`);
    expect(replyToText(renderStats(STATS, true))).toContain(`2× what is ${STARRED}?`);
    expect(replyToText(renderAnswer(answer({}), CTX).more!)).toContain(`d ${STARRED}.`);
    expect(replyToText(renderAnswer(answer({ declined: true, suggestions: [`what ${STARRED}?`] }), CTX))).toContain(
      `• what ${STARRED}?`,
    );
  });

  it("prints a source's link as its title and its address", () => {
    expect(replyToText(renderSources(CTX))).toContain(
      `• A report on ${STARRED} <https://example.org/r> — Lab, 27 Dec 2024\nOur notes cover: costs.`,
    );
  });

  it("prints a summary's citations as numbers, with each number's address listed under it, before the footer", () => {
    const text = replyToText(renderSummary(SUMMARY, CTX), { hints: false });
    expect(text).toContain(`• It cost ${STARRED}. [1]\n`);
    expect(text).toMatch(/\n\n\[1\] <https:\/\/example\.org\/r>\n\n-- Knowledge as of 28 Nov 2026/);
  });

  it("prints a summary's sections as headings over their bullets", () => {
    expect(replyToText(renderSummary(SUMMARY, CTX))).toContain("What happened\n\n• It cost");
  });
});
