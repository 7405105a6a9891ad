import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Engine } from "../../src/engine/engine.js";
import {
  type ChatBehaviour,
  type ChatRequest,
  type OpenAIStandIn,
  startOpenAIStandIn,
} from "../helpers/openaiStandIn.js";

/*
 * The model mode with nothing configured but where the model is: the default deadline, stall limit, timeout and
 * retries must answer every fault of a model server (each lasting 30 s, an hour or for ever) with the quick answer.
 * That the default deadline is under 15 s is the configuration's test; that the deadline is kept, the model tests'
 * (tests/e2e/llm.test.ts). Here a fault the defaults did not end would run into the test's timeout, so no test
 * counts milliseconds, which a loaded machine would stretch. The faults run side by side, each with its own
 * question, so the file takes one deadline's time.
 */

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const H800 = "The lab trained the model on 2,048 H800 GPUs.";

let openai: OpenAIStandIn;

beforeAll(async () => {
  openai = await startOpenAIStandIn();
});

afterAll(async () => {
  await openai?.close();
});

const userText = (req: ChatRequest) => req.messages.find((m) => m.role === "user")?.content ?? "";
const groundedAnswer = (req: ChatRequest) => {
  const n = /\[(\d+)\] \([^)]*\)\n[^[]*2,048 H800/.exec(userText(req))?.[1] ?? "1";
  return `<answer>\nThe lab trained on 2,048 H800 GPUs [${n}].\n</answer>\n<quotes>\n[${n}] ${H800}\n</quotes>`;
};

describe("with the default settings, every fault is answered with the quick answer", () => {
  const QUESTIONS: Array<[string, string, ChatBehaviour]> = [
    ["a hang", "how many H800 GPUs did the lab use?", { kind: "hang" }],
    [
      "headers after 30 s",
      "how many H800 chips did the lab train on?",
      { kind: "reply", content: groundedAnswer, delayMs: 30_000 },
    ],
    [
      "a stall after the first chunk",
      "what gpus did the lab use?",
      { kind: "reply", content: groundedAnswer, stallAfterChunks: 1 },
    ],
    [
      "the first token after 30 s",
      "how many cards did they train on?",
      { kind: "reply", content: groundedAnswer, firstChunkDelayMs: 30_000 },
    ],
    ["500s", "how many H800 GPUs were used in training?", { kind: "status", status: 500 }],
    [
      "a 429 with Retry-After 3600",
      "which GPUs did the lab train the model on?",
      { kind: "status", status: 429, headers: { "retry-after": "3600" } },
    ],
  ];
  let engine: Engine;
  beforeAll(async () => {
    const config = loadConfig({
      OPENAI_API_KEY: "test-key",
      OPENAI_BASE_URL: openai.baseUrl,
      KNOWLEDGE_DIR: FIXTURE,
      CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
    });
    engine = await buildEngine(config, () => {});
    const byQuestion = new Map(QUESTIONS.map(([, q, b]) => [q, b]));
    openai.setChatRouter((req) =>
      byQuestion.get(/<question>\s*([\s\S]*?)\s*<\/question>/.exec(userText(req))?.[1] ?? ""),
    );
  });
  afterAll(() => openai.setChatRouter(null));

  // Run side by side: each takes up to the 12 s default deadline.
  it.concurrent.each(QUESTIONS)("answers %s with the quick answer and its note", async (_, question) => {
    const answer = await engine.answer(question);
    expect(answer).toMatchObject({ declined: false, mode: "extractive" });
    expect(answer.lines.find((l) => l.kind === "remark")?.code).toMatch(/^note\./);
  });
});
