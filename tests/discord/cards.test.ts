import { type APIEmbed, createComponentBuilder } from "discord.js";
import { describe, expect, it } from "vitest";
import { toReplyOptions } from "../../src/discord/payload.js";
import { renderAnswer } from "../../src/discord/renderAnswer.js";
import { renderHelp } from "../../src/discord/renderHelp.js";
import { renderSources } from "../../src/discord/renderSources.js";
import { renderStats } from "../../src/discord/renderStats.js";
import { renderSummary } from "../../src/discord/renderSummary.js";
import type { Reply } from "../../src/discord/reply.js";
import type { Answer, Excerpt, SourceInfo, Summary } from "../../src/engine/types.js";
import type { Stats } from "../../src/store/index.js";
import { pressablesOf, textDisplays, visibleText } from "../helpers/visibleText.js";

const COMPONENTS_V2 = 1 << 15;
const PING = /@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>/;
/** Someone's words meant to ping and to format: every reply must show them inert. */
const HOSTILE = "@everyone <@123> <@&456> <#789> **bold** [x](https://evil.example)";
const long = (n: number) => `${HOSTILE} ${"word ".repeat(n)}`.trim();

const source = (i: number, kind: SourceInfo["kind"] = "note"): SourceInfo => ({
  id: `s${i}`,
  title: `${HOSTILE} source ${i}`,
  publisher: `Publisher ${i}`,
  published: "2025-01-27",
  url: `https://example.org/s${i}`,
  urlScope: "page",
  kind,
  about: long(40),
});
const SOURCES = [source(0, "article"), ...Array.from({ length: 60 }, (_, i) => source(i + 1))];
const CTX = { sources: SOURCES, asOf: "2026-11-28" };

const excerpt = (i: number, text = long(400)): Excerpt => ({
  kind: i % 2 ? "note" : "source",
  text,
  docId: `s${i + 1}`,
  title: `source ${i + 1}`,
  url: `https://example.org/s${i + 1}`,
  path: `knowledge/s${i + 1}.md`,
  start: 0,
  end: text.length,
});

/** The longest summary: many sections of long bullets, written and quoted, citing many sources. */
const SUMMARY: Summary = {
  origin: "written",
  title: long(80),
  sections: Array.from({ length: 6 }, (_, s) => ({
    heading: `${HOSTILE} section ${s}`,
    bullets: [
      ...Array.from({ length: 6 }, (_, b) => ({ text: long(60), docs: [`s${s + b + 1}`, "s0"], claims: [] })),
      { lead: HOSTILE, excerpt: s },
    ],
  })),
  excerpts: Array.from({ length: 6 }, (_, i) => excerpt(i, long(50))),
  asOf: "2026-11-28",
};

/** The longest figures: every list full, every question as long as it may be. */
const STATS: Stats = {
  guildId: "1",
  days: 7,
  since: "2026-11-21T00:00:00.000Z",
  questions: 120,
  declined: 7,
  declinesByReason: [{ reason: "off_topic", count: 7 }],
  up: 9,
  down: 3,
  medianLatencyMs: 412,
  topQuestions: Array.from({ length: 5 }, (_, i) => ({ text: `${long(80)} ${i}`, count: 9 - i })),
  toImprove: Array.from({ length: 10 }, (_, i) => ({ text: long(80), why: `👎 ${HOSTILE}`, at: `2026-11-2${i}` })),
};

/** A More excerpts reply at its longest: eight long excerpts behind the button. */
function more(): Reply {
  const answer: Answer = {
    question: "what did it cost?",
    declined: false,
    answer: "It cost a lot [1]",
    lines: [{ kind: "prose", text: "It cost a lot [1]", cites: [1] }],
    excerpts: Array.from({ length: 11 }, (_, i) => excerpt(i)),
    suggestions: [],
    retrieved: [],
    mode: "extractive",
    subject: [],
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
  };
  return renderAnswer(answer, CTX).more!;
}

const SURFACES: Array<[string, () => Reply[]]> = [
  ["/summary", () => [renderSummary(SUMMARY, CTX)]],
  ["/sources, every page", () => [...(renderSources(CTX).pages ?? [])]],
  ["/stats", () => [renderStats(STATS, false)]],
  ["/help", () => [renderHelp(HOSTILE)]],
  ["More excerpts", () => [more()]],
];

/** The V2 message Discord is sent for a reply, as JSON. */
const v2 = (reply: Reply) => JSON.parse(JSON.stringify(toReplyOptions(reply, "key", true)));
/** The same reply as the embeds fallback sends it. */
const fallback = (reply: Reply) => JSON.parse(JSON.stringify(toReplyOptions(reply, "key", true, "embeds")));
type Node = { components?: Node[]; accessory?: unknown };
const componentTotal = (components: Node[]): number =>
  components.reduce((n, c) => n + 1 + componentTotal(c.components ?? []) + (c.accessory ? 1 : 0), 0);
/** Visible words, emphasis aside (a card's small print is subtext, an embed's italics). */
const words = (text: string) => text.replace(/\*/g, "").replace(/^— /gm, "");

describe.each(SURFACES)("%s as a card", (_, replies) => {
  it("is a Components V2 message, and nothing else", () => {
    for (const reply of replies()) {
      const message = v2(reply);
      expect(message.flags & COMPONENTS_V2).toBe(COMPONENTS_V2);
      expect(message.embeds).toBeUndefined();
      expect(message.content).toBeUndefined();
    }
  });

  it("keeps its longest case within 4,000 characters of text and 40 components", () => {
    for (const reply of replies()) {
      const message = v2(reply);
      expect(textDisplays(message.components).join("").length).toBeLessThanOrEqual(4000);
      expect(componentTotal(message.components)).toBeLessThanOrEqual(40);
    }
  });

  it("is sent as JSON that discord.js's own builders take and give back unchanged, on a card and in the fallback", () => {
    for (const reply of replies())
      for (const message of [v2(reply), fallback(reply)])
        for (const c of message.components) expect(createComponentBuilder(c).toJSON()).toEqual(c);
  });

  it("can ping nobody, whatever the words it shows say", () => {
    for (const reply of replies())
      for (const message of [v2(reply), fallback(reply)]) {
        expect(message.allowedMentions).toEqual({ parse: [] });
        expect(JSON.stringify(message)).not.toMatch(PING);
      }
  });

  it("shows someone's Markdown as written, never as formatting or a link", () => {
    const text = textDisplays(v2(replies()[0]!).components).join("\n");
    expect(text).toContain("\\*\\*bold\\*\\*");
    expect(text).not.toContain("[x](https://evil.example)");
  });

  it("shows the same words in the embeds fallback, within an embed's limits", () => {
    for (const reply of replies()) {
      const card = words(visibleText(v2(reply)));
      const embeds = fallback(reply).embeds as APIEmbed[];
      const shown = words(visibleText({ embeds }));
      // A long excerpt is cut to each form's own limits: what both show of it is its start.
      for (const line of card.split("\n").map((l) => l.replace(/ · ✓.*$/, "")))
        expect(shown, line).toContain(line.endsWith("…") ? line.slice(0, 100) : line);
      for (const e of embeds) expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
    }
  });
});

describe("/sources split into pages", () => {
  it("puts the previous and next buttons on every page's card, each page a card of its own", () => {
    const pages = renderSources(CTX).pages!;
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, page] of pages.entries()) {
      const message = v2(page);
      expect(message.components).toHaveLength(1);
      expect(pressablesOf(message).map((b) => [b.custom_id, Boolean(b.disabled)])).toEqual([
        [`page:sources:${i - 1}`, i === 0],
        [`page:sources:${i + 1}`, i === pages.length - 1],
      ]);
    }
  });

  it("lists every source once across its pages, each with its link", () => {
    const text = renderSources(CTX)
      .pages!.map((p) => textDisplays(v2(p).components).join("\n"))
      .join("\n");
    for (const s of SOURCES) expect(text.split(`](<${s.url}>)`).length - 1, s.id).toBe(1);
  });

  it("says a group goes on from the page before", () => {
    const second = visibleText(v2(renderSources(CTX).pages![1]!));
    expect(second).toContain("Its sources (continued)");
  });
});

describe("the summary's citations", () => {
  it("link each written line's sources by number, the same source the same number", () => {
    const summary = {
      ...SUMMARY,
      sections: SUMMARY.sections.slice(0, 2).map((x) => ({ ...x, bullets: x.bullets.slice(0, 2) })),
    };
    const text = textDisplays(v2(renderSummary(summary, CTX)).components).join("\n");
    expect(text).toContain("[\\[1\\]](<https://example.org/s1>)");
    // Every line cites s0 too: the second source cited, [2] wherever it stands.
    const s0 = text.match(/\[\\\[\d+\\\]\]\(<https:\/\/example\.org\/s0>\)/g)!;
    expect(s0).toHaveLength(4);
    expect(new Set(s0)).toEqual(new Set(["[\\[2\\]](<https://example.org/s0>)"]));
  });
});

describe("/stats as a card", () => {
  it("says private questions are counted, never listed, and that recording is off when it is", () => {
    const text = visibleText(v2(renderStats(STATS, false)));
    expect(text).toContain("private questions are counted, never listed");
    expect(text).toContain("Recording is off");
    expect(visibleText(v2(renderStats(STATS, true)))).not.toContain("Recording is off");
  });

  it("says so when there is nothing to list", () => {
    const text = visibleText(v2(renderStats({ ...STATS, topQuestions: [], toImprove: [] }, true)));
    expect(text).toContain("Top questions\nNone.");
  });

  it("shows a note above the card, inside it, when the knowledge is stale", () => {
    const message = v2({ ...renderStats(STATS, true), content: "⚠️ The last reload failed" });
    expect(message.content).toBeUndefined();
    expect(textDisplays(message.components)[0]).toBe("⚠️ The last reload failed");
  });
});
