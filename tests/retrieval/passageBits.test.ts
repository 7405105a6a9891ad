import { describe, expect, it } from "vitest";
import type { Passage } from "../../src/knowledge/types.js";
import { PassageBits } from "../../src/retrieval/passageBits.js";
import { matchShare, type WeightedGroup } from "../../src/text/sentenceScore.js";

const VOCABULARY = ["nvidia", "share", "fall", "drop", "r1", "cost", "train", "chip", "h800", "ban"];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
}

describe("a passage's share of a question read off term bitsets", () => {
  // 70 passages: the bitsets run over three 32-bit words.
  const next = random(11);
  const passages = Array.from({ length: 70 }, (_, i) => ({ id: `p${i}` }) as Passage);
  const terms = new Map(passages.map((p) => [p, new Set(VOCABULARY.filter(() => next() < 0.3))]));
  const termsOf = (p: Passage) => terms.get(p) ?? new Set<string>();
  const bits = new PassageBits(passages, termsOf);
  const alternative = () => VOCABULARY.concat("unseen").filter(() => next() < 0.15);
  const question = (): WeightedGroup[] =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
      alternatives: Array.from({ length: Math.floor(next() * 4) }, alternative),
      weight: next() < 0.2 ? 0 : next() * 3,
    }));

  it("is matchShare of the passage's terms, to the bit, for every passage and many questions", () => {
    for (let q = 0; q < 200; q++) {
      const groups = question();
      const share = bits.shares(groups);
      for (const p of passages) expect(share(p)).toBe(matchShare(termsOf(p), groups));
    }
  });

  it("falls back to the passage's terms for a passage it was not built with", () => {
    const stranger = { id: "elsewhere" } as Passage;
    terms.set(stranger, new Set(["nvidia"]));
    expect(bits.shares([{ alternatives: [["nvidia"]], weight: 1 }])(stranger)).toBe(1);
  });
});
