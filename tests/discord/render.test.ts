import { describe, expect, it } from "vitest";
import { embedLength, fitEmbed, inert, renderAnswer, renderSources, renderSummary } from "../../src/discord/render.js";
import { LIMITS, truncate } from "../../src/discord/limits.js";
import type { Answer, Quote, SourceInfo, Summary } from "../../src/engine/types.js";

const SOURCES: SourceInfo[] = [
  { id: "article", title: "The story", publisher: "Gazette", published: "2025-01-27", url: null, note: null, kind: "article" },
  { id: "ref", title: "A report", publisher: "Lab", published: "2024-12-27", url: "https://example.org/r", note: "URL unverified", kind: "note" },
];
const CTX = { sources: SOURCES, asOf: "2026-11-28" };

function quote(text: string, docId = "ref"): Quote {
  return { text, docId, title: "A report", url: docId === "ref" ? "https://example.org/r" : null, path: "knowledge/r.md", start: 0, end: text.length };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: "what did it cost?",
    declined: false,
    answer: "It cost $5,576,000 [1]",
    quotes: [quote("It cost $5,576,000.")],
    retrieved: [],
    mode: "extractive",
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
    ...over,
  };
}

describe("rendering an answer for Discord", () => {
  it("shows each quote as a block quote with its linked source and date", () => {
    const [embed] = renderAnswer(answer(), CTX).embeds;
    expect(embed?.fields?.[0]?.value).toBe("> It cost $5,576,000.\n— [A report](<https://example.org/r>), 27 Dec 2024");
  });

  it("links the [n] markers in the answer to the quoted source", () => {
    expect(renderAnswer(answer(), CTX).embeds[0]?.description).toContain("[\\[1\\]](<https://example.org/r>)");
  });

  it("puts the corpus date and the answer mode in the footer", () => {
    expect(renderAnswer(answer(), CTX).embeds[0]?.footer?.text).toMatch(/no language model.*knowledge as of 28 Nov 2026/);
  });

  it("makes a declined answer a private notice with no quotes", () => {
    const reply = renderAnswer(answer({ declined: true, answer: "Not covered.", quotes: [] }), CTX);
    expect(reply).toMatchObject({ ephemeral: true, content: "Not covered.", embeds: [] });
  });

  it("keeps every part of a huge answer within Discord's limits", () => {
    const long = "word ".repeat(3000);
    const reply = renderAnswer(answer({ question: long, answer: long, quotes: [1, 2, 3, 4].map(() => quote(long)) }), CTX);
    const [embed] = reply.embeds;
    expect(embed!.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed!.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    for (const f of embed!.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedLength(embed!)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("neutralises mentions and Markdown coming from the question", () => {
    const [embed] = renderAnswer(answer({ question: "@everyone <@123> <@&456> **hi**" }), CTX).embeds;
    expect(embed?.title).not.toMatch(/@everyone|<@123>|<@&456>/);
    expect(embed?.title).toContain("\\*\\*hi\\*\\*");
  });

  it("keeps the excerpts beyond the first three for the More excerpts button", () => {
    const reply = renderAnswer(answer({ quotes: ["a one.", "b two.", "c three.", "d four."].map((t) => quote(t)) }), CTX);
    expect(reply.embeds[0]?.fields).toHaveLength(3);
    expect(reply.more?.embeds[0]?.fields?.[0]?.value).toContain("d four.");
    expect(reply.more?.ephemeral).toBe(true);
  });
});

describe("rendering the summary and the sources", () => {
  it("renders each summary bullet as a quote with its source", () => {
    const summary: Summary = { sections: [{ heading: "What happened", bullets: [{ quote: 0 }] }], quotes: [quote("A thing happened.", "article")], asOf: "2026-11-28" };
    const field = renderSummary(summary, CTX).embeds[0]?.fields?.[0];
    expect(field).toMatchObject({ name: "What happened" });
    expect(field?.value).toContain("“A thing happened.” — the article");
  });

  it("lists every source with its link, date and caveat", () => {
    const text = renderSources(CTX).embeds[0]?.description ?? "";
    expect(text).toContain("[A report](<https://example.org/r>) — Lab, 27 Dec 2024 *(URL unverified)*");
    expect(text).toContain("The story — Gazette, 27 Jan 2025");
  });
});

describe("trimming text", () => {
  it.each([
    ["short text", 50, "short text"],
    ["cut between whole words please", 20, "cut between whole…"],
  ])("trims %j to at most %i characters at a word boundary", (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
    expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });

  it("drops fields rather than exceed the 6,000-character total", () => {
    const fields = Array.from({ length: 10 }, () => ({ name: "n", value: "v".repeat(1000) }));
    expect(embedLength(fitEmbed({ description: "d", fields }))).toBeLessThanOrEqual(6000);
  });

  it("breaks mentions so they cannot resolve", () => {
    expect(inert("@here <#42>")).not.toMatch(/@here|<#42>/);
  });
});
