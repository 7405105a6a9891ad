import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { closestName, editDistance } from "../../src/console/didYouMean.js";
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

describe("a mistyped command in the console", () => {
  it("is answered with the command it was likely meant to be", async () => {
    expect(await session("/sumary")).toContain("Did you mean /summary?");
  });

  it("still lists every command the console knows", async () => {
    expect(await session("/sumary")).toContain("I don't know that command. Try /ask, /summary,");
  });

  it("is matched against the console's own commands too", async () => {
    expect(await session("/mroe")).toContain("Did you mean /more?");
  });

  it("is matched whatever its letter case", async () => {
    expect(await session("/SOURCSE")).toContain("Did you mean /sources?");
  });

  it("gets no guess when no command is close", async () => {
    expect(await session("/dance")).not.toContain("Did you mean");
  });
});

describe("the nearest command name", () => {
  it("counts one edit for a missing letter", () => {
    expect(editDistance("sumary", "summary")).toBe(1);
  });

  it("counts one edit for two neighbouring letters swapped", () => {
    expect(editDistance("sourcse", "sources")).toBe(1);
  });

  it("allows two slips in a longer name", () => {
    expect(closestName("smmry", ["ask", "summary"])).toBe("summary");
  });

  it("allows only one slip in a short name", () => {
    expect(closestName("xx", ["ask"])).toBeNull();
  });

  it("prefers the closest of two candidates", () => {
    expect(closestName("mor", ["more", "new"])).toBe("more");
  });

  it("guesses nothing for an empty name", () => {
    expect(closestName("", ["ask"])).toBeNull();
  });
});
