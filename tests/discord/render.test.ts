import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/claims/types.js";
import { LIMITS, truncate } from "../../src/discord/limits.js";
import { embedLength, fitEmbed, inert } from "../../src/discord/neutralise.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import { renderAnswer } from "../../src/discord/renderAnswer.js";
import { renderCheck } from "../../src/discord/renderCheck.js";
import { renderSources } from "../../src/discord/renderSources.js";
import { renderSummary } from "../../src/discord/renderSummary.js";
import type { Reply } from "../../src/discord/reply.js";
import type { Answer, Excerpt, SourceInfo, Summary } from "../../src/engine/types.js";
import { say } from "../../src/messages/say.js";
import { cardsOf, sectionsOf, textDisplays, visibleText } from "../helpers/visibleText.js";

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
    lines: [{ kind: "prose", text: "It cost $5,576,000 [1]", cites: [1] }],
    excerpts: [excerpt("It cost $5,576,000.")],
    suggestions: [],
    retrieved: [],
    mode: "generated",
    subject: [],
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
    ...over,
  };
}

/** The V2 message Discord is sent for a reply, as JSON. */
const v2 = (reply: Reply) => JSON.parse(JSON.stringify(toReplyOptions(reply, "key", true)));
/** The same reply as the embeds fallback sends it. */
const fallback = (reply: Reply): APIEmbed[] => toReplyOptions(reply, "key", true, "embeds").embeds as APIEmbed[];
/** Every component of a message, nested ones and accessories counted, as Discord counts them. */
type Node = { components?: Node[]; accessory?: unknown };
function componentTotal(components: Node[]): number {
  return components.reduce((n, c) => n + 1 + componentTotal(c.components ?? []) + (c.accessory ? 1 : 0), 0);
}

describe("rendering an answer as an evidence card", () => {
  it("is one V2 message whose first card holds the question, the answer and the buttons", () => {
    const message = v2(renderAnswer(answer(), CTX));
    expect(message.flags & (1 << 15)).toBe(1 << 15);
    expect(message.content).toBeUndefined();
    expect(message.embeds).toBeUndefined();
    const [card] = message.components;
    expect(card.type).toBe(17);
    expect(textDisplays([card]).slice(0, 2)).toEqual([
      "### what did it cost?",
      "It cost $5,576,000 [\\[1\\]](<https://example.org/r>)",
    ]);
    expect(card.components.at(-1).type).toBe(1);
  });

  it("shows a cited note as our note, with the source's link, not as a block quote", () => {
    const [section] = sectionsOf(v2(renderAnswer(answer(), CTX)));
    expect(textDisplays(section!.components)).toEqual([
      "**\\[1\\] From our notes**\nIt cost $5,576,000.\n-# our notes on [A report](<https://example.org/r>) (Lab, 27 Dec 2024): our summary, not its words · ✓ Checked word for word against knowledge/ref.md",
    ]);
    expect(section!.accessory).toMatchObject({ type: 2, style: 5, url: "https://example.org/r", label: "Open" });
  });

  it("shows a cited article sentence as a block quote of its words", () => {
    const text = textDisplays(
      v2(renderAnswer(answer({ excerpts: [excerpt("Shares fell 3.12%.", "article")] }), CTX)).components,
    );
    expect(text).toContain(
      "**\\[1\\] The article says**\n> Shares fell 3.12%.\n-# the article, 27 Jan 2025 · ✓ Checked word for word against knowledge/article.md",
    );
  });

  it("shows a verbatim source an operator added as a block quote with its link", () => {
    const [section] = sectionsOf(
      v2(renderAnswer(answer({ excerpts: [excerpt("The run cost $5,576,000.", "copy")] }), CTX)),
    );
    expect(textDisplays(section!.components)[0]).toContain(
      "> The run cost $5,576,000.\n-# [The report itself](<https://example.org/copy>) (Lab, 27 Dec 2024)",
    );
  });

  it("says when a link reaches only the source's site, not its page", () => {
    expect(
      visibleText(v2(renderAnswer(answer({ excerpts: [excerpt("A columnist said so.", "site")] }), CTX))),
    ).toContain("A column (paper.example.org, the site: exact page not known)");
  });

  it("gives each excerpt a section of its own, in the answer's order, naming its kind", () => {
    const excerpts = [
      { ...excerpt("Shares fell.", "article"), url: "https://example.org/a" },
      excerpt("It cost a lot."),
      excerpt("The run cost.", "copy"),
    ];
    const message = v2(renderAnswer(answer({ excerpts }), CTX));
    const heads = sectionsOf(message).map((s) => textDisplays(s.components)[0]!.split("\n")[0]);
    expect(heads).toEqual([
      "**\\[1\\] The article says**",
      "**\\[2\\] From our notes**",
      "**\\[3\\] The source says**",
    ]);
  });

  it("shows the fact check as a card of its own in the verdict's colour", () => {
    const lines: Answer["lines"] = [
      { kind: "note", text: "It cost $5,576,000.", path: "knowledge/ref.md", start: 0, end: 19, cites: [1] },
      { kind: "fact_check", verdict: "nuanced", claimId: "c1", text: "The figure is for one run.", cites: [1] },
    ];
    const cards = cardsOf(v2(renderAnswer(answer({ lines, mode: "extractive" }), CTX)));
    expect(cards).toHaveLength(2);
    expect(cards[1]).toEqual({
      accent: 0xfee75c,
      texts: ["### ⚠️ Fact check: Needs nuance", "The figure is for one run. [\\[1\\]](<https://example.org/r>)"],
    });
  });

  it("words the bot's remarks in the reader's language, from their codes", () => {
    const lines: Answer["lines"] = [
      { kind: "prose", text: "It cost $5,576,000 [1]", cites: [1] },
      { kind: "remark", code: "note.late", values: {}, cites: [] },
    ];
    expect(visibleText(v2(renderAnswer(answer({ lines }), { ...CTX, locale: "fr" })))).toContain(
      say("fr", "note.late"),
    );
  });

  it("puts the corpus date and the answer mode in the small print", () => {
    expect(visibleText(v2(renderAnswer(answer({ mode: "extractive" }), CTX)))).toMatch(
      /no language model.*knowledge as of 28 Nov 2026/,
    );
  });

  it("makes a declined answer a private notice with the questions it can answer instead", () => {
    const reply = renderAnswer(
      answer({
        declined: true,
        declineReason: "off_topic",
        answer: "Not covered.",
        lines: [],
        excerpts: [],
        suggestions: ["how much did it cost", "who made it"],
      }),
      { ...CTX, topic: "the story" },
    );
    expect(reply).toMatchObject({ ephemeral: true, embeds: [] });
    expect(reply.cards).toBeUndefined();
    expect(reply.content).toBe(
      `${say("en", "decline.off_topic", { covers: say("en", "decline.covers", { topic: "the story" }) })}\n\nYou could ask:\n• how much did it cost\n• who made it`,
    );
  });

  it("keeps the longest answer within Discord's limits on a card and in the fallback", () => {
    const long = "word ".repeat(3000);
    const reply = renderAnswer(
      answer({
        question: long,
        lines: [
          { kind: "prose", text: `${long} [1] [2] [3]`, cites: [1, 2, 3] },
          { kind: "remark", code: "note.fallback", values: {}, cites: [] },
          { kind: "remark", code: "answer.read_as_follow_up", values: { subject: long }, cites: [] },
          { kind: "fact_check", verdict: "supported", claimId: "c", text: long, cites: [1, 2] },
        ],
        excerpts: [1, 2, 3, 4].map(() => excerpt(long)),
      }),
      CTX,
    );
    const message = v2(reply);
    expect(textDisplays(message.components).join("").length).toBeLessThanOrEqual(4000);
    expect(componentTotal(message.components)).toBeLessThanOrEqual(40);
    const embeds = fallback(reply);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const e of embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
  });

  it("shows the same words in the embeds fallback as on the card", () => {
    const lines: Answer["lines"] = [
      { kind: "prose", text: "It cost $5,576,000 [1]", cites: [1] },
      { kind: "fact_check", verdict: "nuanced", claimId: "c1", text: "The figure is for one run.", cites: [1] },
    ];
    const reply = renderAnswer(
      answer({ lines, excerpts: [excerpt("It cost $5,576,000."), excerpt("Shares fell.", "article")] }),
      CTX,
    );
    const card = visibleText(v2(reply));
    const embeds = fallback(reply).map(visibleText).join("\n");
    for (const words of [
      "what did it cost?",
      "It cost $5,576,000 [1]",
      "[1] From our notes",
      "It cost $5,576,000.",
      "[2] The article says",
      "Shares fell.",
      "our notes on A report (Lab, 27 Dec 2024): our summary, not its words",
      "✓ Checked word for word against knowledge/ref.md",
      "Fact check: Needs nuance",
      "The figure is for one run. [1]",
      "knowledge as of 28 Nov 2026",
    ]) {
      expect(card, words).toContain(words);
      expect(embeds, words).toContain(words);
    }
    expect(embeds.indexOf("Shares fell.")).toBeGreaterThan(embeds.indexOf("It cost $5,576,000."));
  });

  it("neutralises mentions and Markdown coming from the question and the documents", () => {
    const reply = renderAnswer(
      answer({ question: "@everyone <@123> <@&456> **hi**", excerpts: [excerpt("@here said <@789> **so**")] }),
      CTX,
    );
    const message = v2(reply);
    expect(message.allowedMentions).toEqual({ parse: [] });
    const text = textDisplays(message.components).join("\n");
    expect(text).not.toMatch(/@everyone|@here|<@123>|<@&456>|<@789>/);
    expect(text).toContain("\\*\\*hi\\*\\*");
  });

  it("strips bidirectional overrides and isolates from the title", () => {
    const [title] = textDisplays(
      v2(renderAnswer(answer({ question: "what did \u202egnp.exe\u202c cost \u2066in\u2069 \u2067total\u2068?" }), CTX))
        .components,
    );
    expect(title).toBe("### what did gnp.exe cost in total?");
  });

  it("shows a run of mentions in the title once", () => {
    const [title] = textDisplays(
      v2(renderAnswer(answer({ question: `${"@everyone ".repeat(45)}what did it cost? <@1> <@&2>, <#3>` }), CTX))
        .components,
    );
    expect(title).toBe("### @\u200beveryone … what did it cost? <\u200b@1> …");
  });

  it("strips unsafe characters from answers and excerpts too", () => {
    const lines: Answer["lines"] = [{ kind: "prose", text: "It cost \u202e$5,576,000\ufffd [1]", cites: [1] }];
    expect(textDisplays(v2(renderAnswer(answer({ lines }), CTX)).components).join("")).not.toMatch(/[\u202e\ufffd]/);
  });

  it("keeps the excerpts beyond the first three for the More excerpts button", () => {
    const reply = renderAnswer(
      answer({ excerpts: ["a one.", "b two.", "c three.", "d four."].map((t) => excerpt(t)) }),
      CTX,
    );
    expect(sectionsOf(v2(reply))).toHaveLength(3);
    const more = visibleText(v2(reply.more!));
    expect(more).toContain("[4] From our notes\nd four.");
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
    const shown = textDisplays(v2(reply.more!).components).find((t) => t.includes("2,048"));
    expect(shown?.split("\n")[1]).toBe("The lab used 2,048 GPUs.");
    expect(shown).toContain("our notes on");
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
    const [heading, bullets] = textDisplays(v2(renderSummary(summary, CTX)).components).slice(2);
    expect(heading).toBe("**What happened**");
    expect(bullets).toContain("• “A thing happened.” — the article, 27 Jan 2025");
    expect(bullets).toContain("• Needs nuance → It was smaller. — our notes on [A report]");
  });

  it("lists every source with its link, publisher, date and one line on what the bot holds from it", () => {
    const text = textDisplays(v2(renderSources(CTX)).components).join("\n");
    expect(text).toContain("• [A report](<https://example.org/r>) — Lab, 27 Dec 2024\nOur notes cover: costs.");
    expect(text).toContain("• The story — Gazette, 27 Jan 2025\nThe story itself.");
    expect(text).toContain("**Sources I hold word for word (1)**");
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

  it("shows the note it compared as our note, with its link, on a card in the verdict's colour", () => {
    const message = v2(renderCheck({ results: [result()], unchecked: 0 }, CTX, false));
    const [card] = cardsOf(message);
    expect(card?.accent).toBe(0xed4245);
    expect(card?.texts[0]).toBe("### ❌ Contradicted by the sources");
    const [section] = sectionsOf(message);
    expect(textDisplays(section!.components)[0]).toMatch(/^\*\*From our notes\*\*\nThe lab used 2,048 GPUs\./);
    expect(section!.accessory).toMatchObject({ style: 5, url: "https://example.org/r" });
  });

  it("says the checker's own explanation in the reader's language, from its code", () => {
    const text = visibleText(
      v2(
        renderCheck(
          { results: [result({ explanationCode: "explanation.other_figure" })], unchecked: 0 },
          { ...CTX, locale: "de" },
          false,
        ),
      ),
    );
    expect(text).toContain(say("de", "explanation.other_figure"));
    expect(text).not.toContain(result().explanation);
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
    const message = v2(reply);
    expect(cardsOf(message)).toHaveLength(3);
    expect(textDisplays(message.components).join("").length).toBeLessThanOrEqual(4000);
    expect(componentTotal(message.components)).toBeLessThanOrEqual(40);
    expect(cardsOf(message).at(-1)?.texts.at(-1)).toMatch(
      /^-# I checked the first 3 statements; 4 more were not checked\./,
    );
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
