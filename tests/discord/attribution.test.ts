import { beforeAll, describe, expect, it } from "vitest";
import { replyToText } from "../../src/console/text.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { inert } from "../../src/discord/neutralise.js";
import { toReplyOptions } from "../../src/discord/payload.js";
import { renderAnswer } from "../../src/discord/renderAnswer.js";
import type { RenderContext } from "../../src/discord/renderContext.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { type AnswerLine, evidenceLineOf } from "../../src/engine/lines.js";
import type { Answer, Excerpt } from "../../src/engine/types.js";
import { evidenceLine } from "../../src/text/attribution.js";
import { excerptOf } from "../../src/text/excerpts.js";
import { sectionsOf, textDisplays } from "../helpers/visibleText.js";

/*
 * The one promise the bot makes: what stands in quotation marks is exactly what that document says. Our notes are
 * our summaries, so none of their sentences may ever be shown as a quote or credited as the source's own words.
 */

const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
let corpus: Corpus;
let engine: Engine;
let ctx: RenderContext;
beforeAll(async () => {
  corpus = await loadCorpus(KNOWLEDGE, ROOT);
  engine = createEngine({ corpus });
  ctx = { sources: engine.sources(), asOf: engine.asOf };
});

const sentencesOf = (kind: string): Excerpt[] =>
  corpus.passages
    .filter((p) => corpus.docById.get(p.docId)?.kind === kind)
    .flatMap((p) => p.sentences.map((s) => excerptOf(corpus.docById, p.docId, s)));

function answerWith(e: Excerpt, lines: AnswerLine[]): Answer {
  return {
    question: "q",
    declined: false,
    answer: "",
    lines,
    excerpts: [e],
    suggestions: [],
    retrieved: [],
    mode: "extractive",
    subject: [],
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
  };
}

/** Every place `text` stands in `shown`, with what comes just before it. */
function contexts(shown: string, text: string): string[] {
  const out: string[] = [];
  for (let at = shown.indexOf(text); at >= 0; at = shown.indexOf(text, at + 1))
    out.push(shown.slice(Math.max(0, at - 2), at));
  return out;
}

const QUOTED = /[“"]\s*$|^>\s?$|\n>\s?$/;

describe("our notes are never shown as a source's words", () => {
  it("keeps every note sentence out of quotation marks in the answer line, in Discord and in the console", () => {
    const notes = sentencesOf("note");
    expect(notes.length).toBeGreaterThan(300);
    for (const e of notes) {
      const reply = renderAnswer(answerWith(e, [evidenceLineOf(e, 1)]), ctx);
      const discord = textDisplays(toReplyOptions(reply, null).components as never).join("\n");
      const before = contexts(discord, inert(e.text).slice(0, 60));
      expect(before.length, e.text).toBeGreaterThan(0);
      for (const b of before) expect(b, e.text).not.toMatch(QUOTED);
      for (const b of contexts(replyToText(reply), e.text.slice(0, 60))) expect(b, e.text).not.toMatch(QUOTED);
    }
  });

  it("keeps every note sentence out of block quotes when it is shown under a model's answer, in Discord and in the console", () => {
    for (const e of sentencesOf("note")) {
      const prose: AnswerLine = { kind: "prose", text: "A model's summary [1]", cites: [1] };
      const reply = renderAnswer({ ...answerWith(e, [prose]), mode: "generated" }, ctx);
      const message = JSON.parse(JSON.stringify(toReplyOptions(reply, null)));
      const shown = sectionsOf(message).map((sec) => textDisplays(sec.components)[0]!);
      const section = shown.find((t) => t.includes(inert(e.text).slice(0, 60)))!;
      const [head, words] = section.split("\n");
      expect(head, e.text).toBe("**\\[1\\] From our notes**");
      expect(words!.startsWith(">"), e.text).toBe(false);
      expect(section, e.text).toContain("our summary, not its words");
      for (const b of contexts(replyToText(reply), e.text.slice(0, 60))) expect(b, e.text).not.toMatch(QUOTED);
    }
  });

  it("quotes every sentence of the article as the article's words", () => {
    for (const e of sentencesOf("article")) {
      const line = evidenceLine(e, corpus.docById.get(e.docId)!);
      expect(line).toBe(`The article says: “${e.text}”`);
    }
  });

  it("never puts a note excerpt in quotation marks in any answer to the questions the notes answer", async () => {
    const questions = corpus.asked
      .filter((a) => corpus.docById.get(a.question.docId)?.kind === "note")
      .map((a) => a.question.text);
    let notesShown = 0;
    for (const q of questions) {
      const answer = await engine.answer(q);
      for (const e of answer.excerpts.filter((x) => x.kind === "note")) {
        notesShown++;
        for (const b of contexts(answer.answer, e.text)) expect(b, `${q}: ${e.text}`).not.toMatch(QUOTED);
      }
    }
    expect(notesShown).toBeGreaterThan(100);
  });
});
