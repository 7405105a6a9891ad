import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/claims/types.js";
import { LIMITS, truncate } from "../../src/discord/limits.js";
import { embedLength, fitEmbed, inert } from "../../src/discord/neutralise.js";
import { renderAnswer, renderCheck, renderSources, renderSummary } from "../../src/discord/render.js";
import type { Answer, Excerpt, SourceInfo, Summary } from "../../src/engine/types.js";
import { say } from "../../src/messages/say.js";

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
    title: "A report",
    publisher: "Lab",
    published: "2024-12-27",
    url: "https://example.org/r",
    urlScope: "page",
    kind: "note",
    about: "Our notes cover: costs.",
  },
  {
    id: "site",
    title: "A column",
    publisher: "Paper",
    published: "2025-01-29",
    url: "https://paper.example.org/",
    urlScope: "site",
    kind: "note",
    about: "Our notes cover: chips.",
  },
  {
    id: "copy",
    title: "The report itself",
    publisher: "Lab",
    published: "2024-12-27",
    url: "https://example.org/copy",
    urlScope: "page",
    kind: "source",
    about: "Held word for word.",
  },
];
const CTX = { sources: SOURCES, asOf: "2026-11-28" };

function excerpt(text: string, docId = "ref"): Excerpt {
  const src = SOURCES.find((s) => s.id === docId)!;
  return {
    kind: src.kind,
    text,
    docId,
    title: src.title,
    url: src.url,
    path: `knowledge/${docId}.md`,
    start: 0,
    end: text.length,
  };
}

function answer(over: Partial<Answer> = {}): Answer {
  return {
    question: "what did it cost?",
    declined: false,
    answer: "It cost $5,576,000 [1]",
    excerpts: [excerpt("It cost $5,576,000.")],
    suggestions: [],
    retrieved: [],
    mode: "generated",
    subject: [],
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
    ...over,
  };
}

describe("rendering an answer for Discord", () => {
  it("shows a cited note as our note, with the source's link, not as a block quote", () => {
    const [embed] = renderAnswer(answer(), CTX).embeds;
    expect(embed?.fields?.[0]).toEqual({
      name: "[1] From our notes",
      value:
        "It cost $5,576,000.\n— our notes on [A report](<https://example.org/r>) (Lab, 27 Dec 2024): our summary, not its words",
    });
  });

  it("shows a cited article sentence as a block quote of its words", () => {
    const [embed] = renderAnswer(answer({ excerpts: [excerpt("Shares fell 3.12%.", "article")] }), CTX).embeds;
    expect(embed?.fields?.[0]).toEqual({
      name: "[1] The article says",
      value: "> Shares fell 3.12%.\n— the article, 27 Jan 2025",
    });
  });

  it("shows a verbatim source an operator added as a block quote with its link", () => {
    const [embed] = renderAnswer(answer({ excerpts: [excerpt("The run cost $5,576,000.", "copy")] }), CTX).embeds;
    expect(embed?.fields?.[0]?.value).toBe(
      "> The run cost $5,576,000.\n— [The report itself](<https://example.org/copy>) (Lab, 27 Dec 2024)",
    );
  });

  it("says when a link reaches only the source's site, not its page", () => {
    const [embed] = renderAnswer(answer({ excerpts: [excerpt("A columnist said so.", "site")] }), CTX).embeds;
    expect(embed?.fields?.[0]?.value).toContain(
      "[paper.example.org, the site: exact page not known](<https://paper.example.org/>)",
    );
  });

  it("credits in one line an excerpt the answer already gives in full", () => {
    const line = "From our notes on A report (Lab, 27 Dec 2024): It cost $5,576,000. [1]";
    const [embed] = renderAnswer(answer({ answer: line, mode: "extractive" }), CTX).embeds;
    expect(embed?.fields).toEqual([
      {
        name: "Sources",
        value:
          "[1] From our notes on [A report](<https://example.org/r>) (Lab, 27 Dec 2024): our summary, not its words",
      },
    ]);
  });

  it("links the [n] markers in the answer to the excerpt's source", () => {
    expect(renderAnswer(answer(), CTX).embeds[0]?.description).toContain("[\\[1\\]](<https://example.org/r>)");
  });

  it("puts the corpus date and the answer mode in the footer", () => {
    expect(renderAnswer(answer({ mode: "extractive" }), CTX).embeds[0]?.footer?.text).toMatch(
      /no language model.*knowledge as of 28 Nov 2026/,
    );
  });

  it("makes a declined answer a private notice with the questions it can answer instead", () => {
    const reply = renderAnswer(
      answer({
        declined: true,
        answer: "Not covered.",
        excerpts: [],
        suggestions: ["how much did it cost", "who made it"],
      }),
      CTX,
    );
    expect(reply).toMatchObject({ ephemeral: true, embeds: [] });
    expect(reply.content).toBe("Not covered.\n\nYou could ask:\n• how much did it cost\n• who made it");
  });

  it("keeps every part of a huge answer within Discord's limits", () => {
    const long = "word ".repeat(3000);
    const reply = renderAnswer(
      answer({ question: long, answer: long, excerpts: [1, 2, 3, 4].map(() => excerpt(long)) }),
      CTX,
    );
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

  it("strips bidirectional overrides and isolates from the title", () => {
    const [embed] = renderAnswer(
      answer({ question: "what did \u202egnp.exe\u202c cost \u2066in\u2069 \u2067total\u2068?" }),
      CTX,
    ).embeds;
    expect(embed?.title).toBe("what did gnp.exe cost in total?");
  });

  it("shows a run of mentions in the title once", () => {
    const [embed] = renderAnswer(
      answer({ question: `${"@everyone ".repeat(45)}what did it cost? <@1> <@&2>, <#3>` }),
      CTX,
    ).embeds;
    expect(embed?.title).toBe("@\u200beveryone … what did it cost? <\u200b@1> …");
  });

  it("strips unsafe characters from answers and excerpts too", () => {
    const [embed] = renderAnswer(answer({ answer: "It cost \u202e$5,576,000\ufffd [1]" }), CTX).embeds;
    expect(embed?.description).not.toMatch(/[\u202e\ufffd]/);
  });

  it("keeps the excerpts beyond the first three for the More excerpts button", () => {
    const reply = renderAnswer(
      answer({ excerpts: ["a one.", "b two.", "c three.", "d four."].map((t) => excerpt(t)) }),
      CTX,
    );
    expect(reply.embeds[0]?.fields).toHaveLength(3);
    expect(reply.more?.embeds[0]?.fields?.[0]?.value).toContain("d four.");
    expect(reply.more?.ephemeral).toBe(true);
  });

  it("shows a retrieved note passage behind More excerpts as our note, not as a quote", () => {
    const passage = {
      docId: "ref",
      kind: "note" as const,
      path: "knowledge/ref.md",
      text: "The lab used 2,048 GPUs.",
      start: 100,
      end: 124,
      score: 1,
    };
    const reply = renderAnswer(answer({ retrieved: [passage] }), CTX);
    const field = reply.more?.embeds[0]?.fields?.find((f) => f.value.includes("2,048"));
    expect(field?.value.startsWith(">")).toBe(false);
    expect(field?.value).toContain("our notes on");
  });
});

describe("rendering the summary and the sources", () => {
  it("quotes the article's bullets and shows notes as our notes", () => {
    const summary: Summary = {
      origin: "automatic",
      title: "Catching up",
      sections: [{ heading: "What happened", bullets: [{ excerpt: 0 }, { lead: "Needs nuance", excerpt: 1 }] }],
      excerpts: [excerpt("A thing happened.", "article"), excerpt("It was smaller.")],
      asOf: "2026-11-28",
    };
    const field = renderSummary(summary, CTX).embeds[0]?.fields?.[0];
    expect(field).toMatchObject({ name: "What happened" });
    expect(field?.value).toContain("• “A thing happened.” — the article, 27 Jan 2025");
    expect(field?.value).toContain("• **Needs nuance** → It was smaller. — our notes on [A report]");
  });

  it("lists every source with its link, publisher, date and one line on what the bot holds from it", () => {
    const text = renderSources(CTX).embeds[0]?.description ?? "";
    expect(text).toContain("• **[A report](<https://example.org/r>)** — Lab, 27 Dec 2024\nOur notes cover: costs.");
    expect(text).toContain("• **The story** — Gazette, 27 Jan 2025\nThe story itself.");
    expect(text).toContain("**Sources I hold word for word** (1)");
  });
});

describe("rendering fact checks", () => {
  const result = (over: Partial<CheckResult> = {}): CheckResult => ({
    statement: "the lab used 20,000 GPUs",
    verdict: "contradicted",
    claimId: null,
    explanation: "Our notes on the sources give a different figure, as shown below.",
    articleExcerpt: null,
    evidence: [excerpt("The lab used 2,048 GPUs.")],
    ...over,
  });

  it("says there is nothing to check, privately, when a message states nothing", () => {
    expect(renderCheck({ results: [], unchecked: 0 }, CTX, false)).toMatchObject({
      ephemeral: true,
      content: say("en", "check.nothing"),
      embeds: [],
    });
  });

  it("shows the note it compared as our note, with its link", () => {
    const [embed] = renderCheck({ results: [result()], unchecked: 0 }, CTX, false).embeds;
    expect(embed?.title).toBe("❌ Contradicted by the sources");
    expect(embed?.fields?.[0]).toMatchObject({ name: " From our notes" });
    expect(embed?.fields?.[0]?.value.startsWith(">")).toBe(false);
  });

  it("puts every verdict of a message in one reply within Discord's limits, and says what was not checked", () => {
    const long = "word ".repeat(400);
    const reply = renderCheck(
      {
        results: [1, 2, 3].map(() =>
          result({ statement: long, explanation: long, evidence: [excerpt(long), excerpt(long)] }),
        ),
        unchecked: 4,
      },
      CTX,
      false,
    );
    expect(reply.embeds).toHaveLength(3);
    expect(reply.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(reply.embeds.at(-1)?.footer?.text).toMatch(/^I checked the first 3 statements; 4 more were not checked\./);
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
