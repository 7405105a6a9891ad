import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { readInContext } from "../../src/engine/followUp.js";
import type { Turn } from "../../src/engine/types.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;
let understander: Understander;

beforeAll(async () => {
  understander = createUnderstander(await loadCorpus(FIXTURE));
});

const turn = (question: string, subject: string[]): Turn[] => [{ question, subject, answer: "…" }];
const read = (question: string, earlier: Turn[]) => readInContext(understander, question, earlier);

describe("a follow-up that asks the earlier question again about something else", () => {
  it("puts its day in place of the earlier question's day", () => {
    const r = read("and on friday?", turn("how much did the shares fall on monday?", ["shares", "monday"]));
    expect(r).toMatchObject({ text: "how much did the shares fall on friday?", borrowed: true });
  });

  it("adds its day when the earlier question named none", () => {
    expect(read("and on friday?", turn("how much did the shares fall?", ["shares"])).text).toBe(
      "how much did the shares fall on friday?",
    );
  });

  it("puts its name in place of the earlier name after the same preposition", () => {
    const earlier = turn("how many gpus did the lab use for the h800?", ["lab", "h800"]);
    expect(read("and for the h100?", earlier).text).toBe("how many gpus did the lab use for the h100?");
  });

  it("puts its name in place of the earlier subject, keeping the earlier question's own words around it", () => {
    expect(read("what about the h100's?", turn("what is the h800's price?", ["h800"])).text).toBe(
      "what is the h100's price?",
    );
  });

  it("keeps every earlier name and adds its own when nothing tells which one it stands for", () => {
    expect(read("what about the h100?", turn("what did the lab pay for the h800?", ["lab", "h800"])).text).toBe(
      "what did the lab pay for the h800 the h100?",
    );
  });

  it("is read the usual way when it asks something of its own", () => {
    const r = read("and how much did it cost?", turn("what is the h800?", ["h800"]));
    expect(r.text).not.toContain("what is");
    expect(r.text).toContain("h800");
  });
});
