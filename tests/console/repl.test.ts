import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/repl.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(FIXTURE, FIXTURE) });
});

/** Types the lines into the console, closes its input (Ctrl-D) and returns everything it printed. */
async function session(...lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({ engine, input, output });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return printed;
}

describe("the local console", () => {
  it("answers /ask with the excerpt credited as our notes on its linked source", async () => {
    const out = await session("/ask how many H800 GPUs were used?");
    expect(out).toContain(
      "[1] From our notes\nThe lab trained the model on 2,048 H800 GPUs.\n— our notes on Cost report <https://example.org/cost-report> (Test Lab, 27 Dec 2024): our summary, not its words",
    );
  });

  it("prints a decline with the questions it can answer instead", async () => {
    const out = await session("/ask who won the football world cup?");
    expect(out).toMatch(/You could ask:\n• /);
  });

  it("treats a line without a slash as a question", async () => {
    expect(await session("what did training cost?")).toContain("$5,576,000");
  });

  it("prints the summary", async () => {
    expect(await session("/summary")).toMatch(/What happened[\s\S]*The model was trained for merely \$5\.5 million/);
  });

  it("lists the sources with their links", async () => {
    expect(await session("/sources")).toContain("Market report <https://example.org/market>");
  });

  it("shows the further excerpts behind the last answer with /more", async () => {
    expect(await session("/ask how much did training cost?", "/more")).toContain("More excerpts");
  });

  it("says so for an unknown command and keeps going", async () => {
    const out = await session("/dance", "/ask how many H800 GPUs?");
    expect(out).toContain("I don't know that command");
    expect(out).toContain("2,048 H800");
  });

  it("declines a blank /ask politely", async () => {
    expect(await session("/ask")).toContain("Please type a question");
  });

  it("stops at /quit without reading further", async () => {
    const out = await session("/quit", "/ask how many H800 GPUs?");
    expect(out).not.toContain("2,048");
  });
});
