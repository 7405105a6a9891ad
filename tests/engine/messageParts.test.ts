import { describe, expect, it } from "vitest";
import { answerMessage } from "../../src/engine/messageParts.js";
import type { Answer, Turn } from "../../src/engine/types.js";

// A message asking two things has each asked on its own; a later one that names nothing is read with the one before.
const answerTo = (question: string, subject: string[]): Answer =>
  ({
    question,
    declined: false,
    answer: `about ${subject.join(", ")}`,
    lines: [],
    excerpts: [],
    suggestions: [],
    retrieved: [],
    subject,
    timings: { retrieveMs: 0, answerMs: 0, totalMs: 0 },
    confidence: { p: 0.9, features: {} },
  }) as unknown as Answer;

describe("the questions of one message", () => {
  it("asks a later question with the one before it, so 'he' is the person the first one named", async () => {
    const asked: Array<{ question: string; before: readonly Turn[] }> = [];
    await answerMessage("how old is voltaris's chief executive? where did he study?", async (question, before = []) => {
      asked.push({ question, before });
      return answerTo(question, question.includes("voltaris") ? ["voltaris"] : []);
    });
    const second = asked.find((a) => a.question === "where did he study?")!;
    expect(second.before.map((t) => [t.question, t.subject])).toEqual([
      ["how old is voltaris's chief executive?", ["voltaris"]],
    ]);
  });

  it("asks the first question, and the whole message, with nothing before them", async () => {
    const asked: Array<{ question: string; before: readonly Turn[] }> = [];
    await answerMessage("how old is voltaris's chief executive? where did he study?", async (question, before = []) => {
      asked.push({ question, before });
      return answerTo(question, []);
    });
    expect(asked.filter((a) => a.before.length === 0).map((a) => a.question)).toEqual([
      "how old is voltaris's chief executive? where did he study?",
      "how old is voltaris's chief executive?",
    ]);
  });
});
