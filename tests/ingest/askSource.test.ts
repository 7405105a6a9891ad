import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../commands/ask.js";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { cardsText } from "../../src/console/cardText.js";
import { recordOptions } from "../../src/discord/command.js";
import type { Engine } from "../../src/engine/engine.js";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand } from "./run.js";

let site: FixtureSite;
let engine: Engine;
let file: string;
const logged: string[] = [];
const QUESTION = "what did DeepSeek's engineers call the Hangzhou warehouse with the spare boards?";

beforeAll(async () => {
  site = await startFixtureSite();
  const dir = knowledgeCopy();
  await runCommand(knowledgeAdd, [site.url("/article"), "--allow-private", "--id", "lantern"], {
    env: { KNOWLEDGE_DIR: dir },
  });
  file = join(dir, "sources", "lantern.md");
  engine = await buildEngine(loadConfig({ KNOWLEDGE_DIR: dir }), (event) => void logged.push(event));
});
afterAll(() => site.close());

describe("a source added with knowledge:add, asked about", () => {
  it("answers a fact only that source holds with an excerpt of it that is exactly the file's text", async () => {
    const answer = await engine.answer(QUESTION);
    expect(answer.declined).toBe(false);
    const quoted = answer.excerpts.find((e) => e.docId === "lantern");
    expect(quoted?.kind).toBe("source");
    expect(quoted?.text).toContain("Lantern Room");
    expect(readFileSync(file, "utf8").slice(quoted!.start, quoted!.end)).toBe(quoted!.text);
  });

  it("passes verification: no excerpt of the answer is dropped as not matching its file", async () => {
    await engine.answer(QUESTION);
    expect(logged).not.toContain("excerpts_dropped");
  });

  it("shows the source's words in quotation marks under /ask, exactly as the file has them", async () => {
    const reply = await ask.execute({ engine, options: recordOptions({ question: QUESTION }) });
    // What a reader sees of the card, as the console prints it: the quoted words stand in quotation marks.
    const shown = cardsText(reply.cards ?? []);
    const quotes = [...shown.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quotes.some((q) => q.includes("Lantern Room"))).toBe(true);
    for (const q of quotes) expect(readFileSync(file, "utf8")).toContain(q);
  });
});
