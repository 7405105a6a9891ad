import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/repl.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { fakeTerminal } from "../helpers/terminal.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const H800_COUNT = "The lab trained the model on 2,048 H800 GPUs.";
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(FIXTURE, FIXTURE) });
});

/** Pipes the lines into the console (no terminal), closes its input (end of file) and returns what it printed. */
async function piped(...lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const done = runConsole({ engine, input, output });
  input.end(lines.map((l) => `${l}\n`).join(""));
  await done;
  return printed;
}

describe("follow-ups in the console", () => {
  it("reads a question that names nothing in the light of the question before", async () => {
    const out = await piped("what is the h800?", "how many were used?");
    expect(out).toContain(H800_COUNT);
  });

  it("says the question was read as a follow-up, and about what, as Discord does", async () => {
    const out = await piped("what is the h800?", "how many were used?");
    expect(out).toContain("Read as a follow-up about h800, from the question before.");
  });

  it("shows the follow-up line as plain text, without Discord's italics", async () => {
    const out = await piped("what is the h800?", "how many were used?");
    expect(out).toMatch(/^Read as a follow-up about h800/m);
  });

  it("reads a follow-up after a follow-up in the same conversation", async () => {
    const out = await piped("what is the h800?", "where is it sold?", "how many were used?");
    expect(out).toContain(H800_COUNT);
  });

  it("reads a question on its own when nothing was asked before it", async () => {
    const out = await piped("how many were used?");
    expect(out).not.toContain(H800_COUNT);
    expect(out).not.toContain("Read as a follow-up");
  });

  it("starts over after /new: the next question is read on its own", async () => {
    const out = await piped("what is the h800?", "/new", "how many were used?");
    const afterNew = out.slice(out.indexOf("Starting over"));
    expect(afterNew).toContain("You could ask:");
    expect(afterNew).not.toContain(H800_COUNT);
  });

  it("says that it starts over when /new is typed", async () => {
    expect(await piped("/new")).toContain("Starting over: the next question is read on its own.");
  });

  it("reads a follow-up typed as /ask like one typed as a plain question", async () => {
    const out = await piped("/ask what is the h800?", "/ask how many were used?");
    expect(out).toContain(H800_COUNT);
  });

  it("reads follow-ups in a terminal too", async () => {
    const term = fakeTerminal();
    const done = runConsole({ engine, input: term.input, output: term.output });
    term.input.write("what is the h800?\r");
    await term.waitFor("H800 is a cut-down chip");
    term.input.write("how many were used?\r");
    await term.waitFor("Read as a follow-up about h800");
    term.input.write("\x04");
    await done;
    expect(term.screen().join("\n")).toContain(H800_COUNT);
  });
});
