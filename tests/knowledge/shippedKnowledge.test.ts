import { beforeAll, describe, expect, it } from "vitest";
import { type KnowledgeBase, loadKnowledge } from "../../src/knowledge/load.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import type { KnowledgeDoc } from "../../src/knowledge/types.js";
import { valuesIn } from "../../src/text/values.js";

// These tests read the knowledge shipped in this repository, not a fixture: they hold its editors to the house rules.
const KNOWLEDGE = new URL("../../knowledge", import.meta.url).pathname;

/** Words of our own working process that mean nothing to a reader of the bot's replies. */
const INTERNAL_WORDING = /\b(the brief|placeholder|third-party note|our sources|this note)\b/i;

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledge(KNOWLEDGE);
});

/** The body's sentences a user can be shown: everything but the hidden asked: lists. */
function shownSentences(doc: KnowledgeDoc): string[] {
  let body = doc.text;
  for (const span of [...doc.hidden].sort((a, b) => b.start - a.start))
    body = body.slice(0, span.start) + " ".repeat(span.end - span.start) + body.slice(span.end);
  return splitSentences(body.slice(doc.bodyStart)).map((s) => s.text);
}

describe("the knowledge shipped with the bot", () => {
  it("shows no internal working words in any note's title, publisher, caveats or sentences", () => {
    const found: string[] = [];
    for (const doc of kb.docs.filter((d) => d.kind === "note")) {
      for (const text of [doc.title, doc.publisher ?? "", doc.authors ?? "", doc.note ?? "", ...shownSentences(doc)]) {
        if (INTERNAL_WORDING.test(text)) found.push(`${doc.path}: ${text.slice(0, 120)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("keeps judgements of the article out of the notes: they report their source, the claims file judges", () => {
    const judging = kb.docs
      .filter((d) => d.kind === "note")
      .flatMap((d) =>
        shownSentences(d)
          .filter((t) => /\b(the|this) (article|post)('s)?\b/i.test(t))
          .map((t) => `${d.path}: ${t.slice(0, 120)}`),
      );
    expect(judging).toEqual([]);
  });

  it("shows no internal working words in any fact check's explanation", () => {
    expect(kb.claims.filter((c) => INTERNAL_WORDING.test(c.explanation)).map((c) => c.id)).toEqual([]);
  });

  it("has a fact check for every sentence of the article that states a figure", () => {
    const article = kb.docs.find((d) => d.kind === "article")!;
    const uncovered = splitSentences(article.text.slice(article.bodyStart), article.bodyStart)
      .filter((s) =>
        valuesIn(s.text).some(
          (v) => v.kind === "money" || v.kind === "percent" || (v.kind === "count" && v.unit !== ""),
        ),
      )
      .filter((s) => !kb.claims.some((c) => c.start < s.end && c.end > s.start))
      .map((s) => s.text);
    expect(uncovered).toEqual([]);
  });

  it("dates no note to a day it does not know: month-level sources stay month-level", () => {
    const byId = new Map(kb.docs.map((d) => [d.id, d.published]));
    expect([byId.get("nvidia-h800"), byId.get("nvidia-h200"), byId.get("lawfare-what-r1-means")]).toEqual([
      "2023-03",
      "2023-11",
      "2025-01",
    ]);
  });
});
