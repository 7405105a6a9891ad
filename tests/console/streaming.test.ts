import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { runConsole } from "../../src/console/repl.js";
import type { Engine } from "../../src/engine/engine.js";
import { silentLogger } from "../../src/log.js";
import { type ChatRequest, type OpenAIStandIn, startOpenAIStandIn } from "../helpers/openaiStandIn.js";
import { fakeTerminal } from "../helpers/terminal.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const QUESTION = "how many H800 GPUs were used and what did the final run cost?";
const PROSE = /The lab used 2,048 H800 GPUs \[1\]\. Its final run cost \$5,576,000 \[2\]\./;

let openai: OpenAIStandIn;
let engine: Engine;

/** The model cites the passages by the prompt's numbers, which the checked answer renumbers in order of use. */
function modelAnswer(req: ChatRequest): string {
  const user = req.messages.find((m) => m.role === "user")?.content ?? "";
  const number = (needle: string) =>
    /^\[(\d+)\]/.exec(
      user
        .split(/\n(?=\[\d+\] \()/)
        .find((b) => b.includes(needle))!
        .trim(),
    )![1];
  const [h, c] = [number("2,048 H800"), number("$5,576,000")];
  return [
    "<answer>",
    `The lab used 2,048 H800 GPUs [${h}]. Its final run cost $5,576,000 [${c}].`,
    "</answer>",
    "<quotes>",
    `[${h}] The lab trained the model on 2,048 H800 GPUs.`,
    `[${c}] The final training run cost $5,576,000 at an assumed rental price of $2 per GPU-hour.`,
    "</quotes>",
  ].join("\n");
}

beforeAll(async () => {
  openai = await startOpenAIStandIn();
  const config = loadConfig({
    OPENAI_API_KEY: "test-key",
    OPENAI_BASE_URL: openai.baseUrl,
    OPENAI_MAX_RETRIES: "0",
    ANSWER_CACHE_SECONDS: "0",
    KNOWLEDGE_DIR: FIXTURE,
    CACHE_DIR: await mkdtemp(join(tmpdir(), "storybot-cache-")),
  });
  engine = await buildEngine(config, silentLogger);
});

afterAll(async () => {
  await openai?.close();
});

describe("a model's answer in the console", () => {
  it("streams into a terminal without citation numbers, then shows the checked answer once, numbered", async () => {
    openai.queueChat({ kind: "reply", content: modelAnswer, chunkDelayMs: 40 });
    const term = fakeTerminal();
    // Every screen the reader sees while the answer is being written, until the checked answer's footer appears.
    const whileWriting: string[] = [];
    term.output.on("data", () => {
      const screen = term.screen().join("\n");
      if (!screen.includes("word for word") && !screen.includes("language model")) whileWriting.push(screen);
    });
    const done = runConsole({ engine, input: term.input, output: term.output });
    term.input.write(`${QUESTION}\r`);

    await term.waitFor("Its final run cost");
    expect(whileWriting.some((s) => s.includes("Its final run cost"))).toBe(true);
    for (const screen of whileWriting) expect(screen).not.toMatch(/\[\d+\]/);

    await term.waitFor(/storybot>$/);
    term.input.write("\x04");
    await done;
    const screen = term.screen().join("\n");
    expect(screen).toMatch(PROSE);
    expect(screen.split("The lab used 2,048 H800 GPUs").length - 1).toBe(1);
  });

  it("prints the checked answer once when the output is not a terminal", async () => {
    openai.queueChat({ kind: "reply", content: modelAnswer });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole({ engine, input, output });
    input.end(`${QUESTION}\n`);
    await done;
    expect(printed).toMatch(PROSE);
    expect(printed.split("The lab used 2,048 H800 GPUs").length - 1).toBe(1);
  });
});
