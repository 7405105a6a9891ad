import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/repl.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import { renderSummary } from "../../src/discord/renderSummary.js";
import { composeExtractive } from "../../src/engine/compose.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import type { WrittenBullet } from "../../src/engine/types.js";
import { loadDecisions } from "../../src/fit/decisions.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";
import { textDisplays, visibleText } from "../helpers/visibleText.js";

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let engine: Engine;
let consoleSummary: string;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  engine = createEngine({ corpus });
  const input = new PassThrough();
  const output = new PassThrough();
  consoleSummary = "";
  output.on("data", (chunk: Buffer) => (consoleSummary += chunk.toString()));
  const done = runConsole({ engine, input, output });
  input.end("/summary\n");
  await done;
});

/** A note's section: from its heading to the next heading. */
function section(doc: KnowledgeDoc, heading: string): string {
  const lines = doc.text.slice(doc.bodyStart).split("\n");
  const start = lines.findIndex((l) => l.replace(/^#+\s+/, "") === heading && l.startsWith("#"));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("#"));
  return lines.slice(start, end < 0 ? undefined : end).join("\n");
}

/** Figures in a text: amounts, percentages, counts and days ("$5.576", "17", "2,048", "24"), not names like "R1" or "H800". */
const figures = (text: string) =>
  text.match(/(?<![\p{L}\d.,-])\d[\d,.]*\d(?![\p{L}\d])|(?<![\p{L}\d.,-])\d(?![\p{L}\d])/gu) ?? [];

describe("the story's summary, as the console prints it", () => {
  it("gives the article's 3.12% for Friday 24 January", () => {
    expect(consoleSummary).toMatch(/3\.12% lower on Friday 24 January 2025/);
  });

  it("gives Monday 27 January's record fall of about 17% and about $589 billion", () => {
    expect(consoleSummary).toMatch(/Monday 27 January.*about 17%.*record.*about \$589 billion/);
  });

  it("corrects the cost: the $5.5 million was DeepSeek-V3's final training run", () => {
    expect(consoleSummary).toMatch(/\$5\.5 million \(\$5\.576 million\) prices DeepSeek-V3's final training run/);
  });

  it("corrects the chips: they were NVIDIA H800s", () => {
    expect(consoleSummary).toMatch(/trained on 2,048 NVIDIA H800s/);
  });

  it("corrects the comparison: o1, not GPT-4", () => {
    expect(consoleSummary).toMatch(/compares R1 with OpenAI's o1, not GPT-4/);
  });

  it("corrects the licence: open-weight rather than open source", () => {
    expect(consoleSummary).toMatch(/R1 is open-weight, not open source/);
  });

  it("says Nature's view as the article reports it is unverified, and China's lead is a forecast", () => {
    expect(consoleSummary).toMatch(/Nature's view as the article tells it.*is unverified/);
    expect(consoleSummary).toMatch(/China becoming the centre of AI is a forecast/);
  });

  it("lists the address of every source a line cites", () => {
    expect(consoleSummary).toContain(
      "<https://www.cnbc.com/2025/01/27/nvidia-sheds-almost-600-billion-in-market-cap-biggest-drop-ever.html>",
    );
  });
});

describe("the story's summary against knowledge/", () => {
  const written = () => engine.summary().sections.flatMap((s) => s.bullets) as WrittenBullet[];

  it("comes from knowledge/summary.md, in at most 8 bullets", () => {
    expect(engine.summary().origin).toBe("written");
    expect(written().length).toBeLessThanOrEqual(8);
  });

  it("rests every bullet on at least one note", () => {
    for (const b of written())
      expect(
        b.docs.some((id) => corpus.docById.get(id)?.kind === "note"),
        b.text,
      ).toBe(true);
  });

  it("states no figure that what the bullet cites does not give", () => {
    const file = corpus.summaryFile!;
    for (const b of file.sections.flatMap((s) => s.bullets)) {
      const cited = b.cites
        .map((c) =>
          c.kind === "article"
            ? c.text
            : c.kind === "note"
              ? section(corpus.docById.get(c.docId)!, c.section)
              : corpus.claims.find((k) => k.id === c.id)!.explanation,
        )
        .join("\n");
      // The article's date line counts for "dated 27 January".
      const sources = `${cited}\n${corpus.article!.published}`;
      for (const figure of figures(b.text))
        expect(sources, `"${figure}" in: ${b.text}`).toMatch(
          new RegExp(`(?<![\\d.,])${figure.replace(/[.$]/g, "\\$&")}(?![\\d])`),
        );
    }
  });

  it("names every corrected article claim it mentions with that claim's verdict beside it", () => {
    const file = corpus.summaryFile!;
    for (const b of file.sections.flatMap((s) => s.bullets)) {
      const cited = new Set(b.cites.flatMap((c) => (c.kind === "claim" ? [c.id] : [])));
      for (const c of b.cites) {
        if (c.kind !== "article") continue;
        const judged = corpus.claims.filter((k) => k.verdict !== "supported" && k.start < c.end && c.start < k.end);
        for (const k of judged) expect(cited.has(k.id), `${k.id} in: ${b.text}`).toBe(true);
      }
    }
  });

  it("is the same summary when a language model writes the answers", () => {
    const modelMode = createEngine({
      corpus,
      compose: () => async (s) => composeExtractive(s.understanding, s.context, corpus, loadDecisions().answer),
    });
    expect(modelMode.usesModel).toBe(true);
    expect(modelMode.summary()).toEqual(engine.summary());
  });
});

describe("the story's summary in Discord", () => {
  const card = () =>
    JSON.parse(
      JSON.stringify(
        toReplyOptions(renderSummary(engine.summary(), { sources: engine.sources(), asOf: engine.asOf }), null),
      ),
    );

  it("fits one message: the card's text within Discord's 4,000 characters, with nothing cut", () => {
    const texts = textDisplays(card().components);
    expect(texts.join("").length).toBeLessThanOrEqual(4000);
    expect(texts.every((t) => !t.includes("…"))).toBe(true);
  });

  it("reads on a phone: under 1,800 visible characters", () => {
    expect(visibleText(card()).length).toBeLessThan(1_800);
  });

  it("names every section", () => {
    expect(
      textDisplays(card().components)
        .filter((t) => /^\*\*[^*]+\*\*$/.test(t))
        .map((t) => t.slice(2, -2)),
    ).toEqual(["What happened", "The market", "What the article gets wrong", "Disputed or opinion"]);
  });
});
