import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/corpus.js";
import { createEngine } from "../../src/engine/engine.js";
import { writeStory } from "../helpers/storyFolder.js";

// Two outlets on one loss, one of them in a sentence with a verb of saying that names the company before it.
const ARTICLE = "Harbourline's shares fell sharply on Monday after a tide flooded its docks.";
const NOTES = {
  // The section's asked: list names Reuters for both sentences; only the second is Reuters speaking.
  outlets: [
    "## The loss\n\nasked:\n- what did reuters say about the record harbourline loss\n",
    "A Gazette headline, read only as quoted elsewhere, put Harbourline's record loss at $85 million and called it the worst in its history.",
    "Reuters put Harbourline's loss at $80 million, a record for the port.",
  ].join("\n"),
  staff: "Harbourline employs 300 engineers at its northern site.",
  river: "The river beside the site floods most springs, a local paper reported.",
};

describe("a question asking what someone said", () => {
  it("leads with the one it names before its verb of saying, not another speaker on the same subject", async () => {
    const engine = createEngine({ corpus: await loadCorpus(await writeStory(ARTICLE, NOTES)), memoSize: 0 });
    const answer = await engine.answer("what did reuters say about the record harbourline loss?");
    expect(answer.declined).toBe(false);
    expect(answer.excerpts[0]?.text).toMatch(/^Reuters put/);
  });
});
