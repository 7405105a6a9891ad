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

describe("help in the console", () => {
  it.each([
    ["/ask <question>"],
    ["Type a question on its own line"],
    ["/more"],
    ["/check <claim>"],
    ["/summary"],
    ["/sources"],
    ["/new"],
    ["/quit"],
    ["follows up the one before"],
    ["Up and Down recall earlier lines"],
  ])("gives the console's own syntax: %s", async (usage) => {
    expect(await session("/help")).toContain(usage);
  });

  it.each([["question:"], ["claim:"], ["private"], ["right-click"], ["(only you can see this)"]])(
    "shows nothing that only works in Discord: %s",
    async (discordOnly) => {
      expect(await session("/help")).not.toContain(discordOnly);
    },
  );

  it("answers an unknown command with the console's real commands", async () => {
    expect(await session("/dance")).toContain(
      "I don't know that command. Try /ask, /summary, /sources, /check, /help, /more, /new or /quit.",
    );
  });
});
