import { beforeAll, describe, expect, it } from "vitest";
import { buildEngine } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Engine } from "../../src/engine/engine.js";
import { turnOf } from "../../src/engine/followUp.js";

/* The shipped knowledge, where a follow-up after an unrelated question used to quote $5.5 million unchecked. */

let engine: Engine;

beforeAll(async () => {
  engine = await buildEngine(loadConfig({}), () => {}, { mode: "extractive" });
});

describe("a follow-up's fact check", () => {
  it("keeps the check of a figure it quotes after an unrelated question in the thread", async () => {
    const earlier = await engine.answer("how far did nvidia fall?");
    const followUp = await engine.answer("how much did it cost to train?", { earlier: [turnOf(earlier)] });
    expect(followUp.answer).toContain("$5.5 million");
    expect(followUp.answer).toMatch(/Fact check \(Needs nuance\)/);
  });
});
