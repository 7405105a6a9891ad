import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/console/repl.js";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine, type Engine } from "../../src/engine/engine.js";
import { fakeTerminal } from "../helpers/terminal.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
const UP = "\x1b[A";
const BACKSPACE = "\x7f";
const CTRL_C = "\x03";
const CTRL_D = "\x04";
let engine: Engine;
beforeAll(async () => {
  engine = createEngine({ corpus: await loadCorpus(FIXTURE, FIXTURE) });
});

function start() {
  const term = fakeTerminal();
  const done = runConsole({ engine, input: term.input, output: term.output });
  return { term, done, type: (keys: string) => term.input.write(keys) };
}

describe("the console in a terminal", () => {
  it("shows a prompt", async () => {
    const { term, done, type } = start();
    await term.waitFor("storybot>");
    type(CTRL_D);
    await done;
    expect(term.screen().at(-1)).toMatch(/^storybot> ?$/);
  });

  it("lets the line be edited before it is sent", async () => {
    const { term, done, type } = start();
    type(`/sourcez${BACKSPACE}s\r`);
    await term.waitFor("What I have read");
    type(CTRL_D);
    await done;
    expect(term.screen().join("\n")).not.toContain("I don't know that command");
  });

  it("recalls the previous line with the Up arrow", async () => {
    const { term, done, type } = start();
    type("/sources\r");
    await term.waitFor("What I have read");
    type(`${UP}\r`);
    await term.waitFor(/What I have read[\s\S]*What I have read/);
    type(CTRL_D);
    await done;
    expect(term.raw()).not.toContain("^[[A");
  });

  it("clears a half-typed line on Ctrl-C and leaves on Ctrl-C at an empty prompt", async () => {
    const { term, done, type } = start();
    type(`/sour${CTRL_C}`);
    type("/help\r");
    await term.waitFor("Type a question on its own line");
    type(CTRL_C);
    await done;
    expect(term.screen().join("\n")).not.toContain("/sour/help");
  });

  it("prints an answer, then prompts again", async () => {
    const { term, done, type } = start();
    type("how many H800 GPUs were used?\r");
    await term.waitFor(/2,048 H800[\s\S]*storybot>$/);
    type(CTRL_D);
    await done;
    const screen = term.screen().join("\n");
    expect(screen.indexOf("2,048 H800")).toBeLessThan(screen.lastIndexOf("storybot>"));
  });
});

describe("the console with piped input", () => {
  it("prints no prompt and no terminal codes", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const done = runConsole({ engine, input, output });
    input.end("/sources\n");
    await done;
    expect(printed).toContain("What I have read");
    expect(printed).not.toContain("storybot> ");
    expect(printed).not.toContain("\x1b[");
  });
});
