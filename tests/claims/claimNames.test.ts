import { beforeAll, describe, expect, it } from "vitest";
import { namesOutside } from "../../src/claims/claimNames.js";
import type { Claim } from "../../src/claims/types.js";
import { type Corpus, loadCorpus } from "../../src/corpus/corpus.js";
import { createUnderstander, type Understander } from "../../src/understanding/understand.js";
import { writeStory } from "../helpers/storyFolder.js";

/* A statement naming a thing of the story's that a known claim never names is another statement. The story: a drone
 * maker, Vantor, copied in the open by Kestrel Labs, and reviewed by the magazine Orbis. */

const ARTICLE = "Engineers abroad are attempting to replicate the VX-9's success.";
const NOTES: Record<string, string> = {
  replication: "Kestrel Labs started open-vx, an effort to replicate the VX-9 in the open, on 3 March 2025.",
  kestrel: "Kestrel Labs is a small robotics lab in Oslo. Kestrel Labs publishes its code on GitHub.",
  review: "The magazine Orbis reviewed the VX-9 in April 2025, and Orbis praised its battery life.",
  rival: "In May 2025 the magazine Orbis also reviewed the K90, finding it slower than the VX-9.",
  battery: "The VX-9 carries a 5,000 mAh battery.",
  camera: "The VX-9 films at 60 frames a second.",
  weight: "The VX-9 weighs 900 grams.",
  price: "The VX-9 sells for $1,200.",
  range: "The VX-9 flies up to 12 kilometres.",
  factory: "Vantor builds the VX-9 in Lyon.",
};
const CLAIM = {
  id: "replication",
  claim: "Engineers abroad are attempting to replicate the VX-9's success",
  verdict: "supported",
  keywords: ["replicate", "reproduce", "copy", "open-vx", "Kestrel Labs"],
  explanation: "Kestrel Labs started open-vx, an effort to replicate the VX-9 in the open.",
  references: ["replication"],
  start: 0,
  end: 10,
} as unknown as Claim;

let corpus: Corpus;
let understander: Understander;
beforeAll(async () => {
  const dir = await writeStory(ARTICLE, NOTES);
  corpus = await loadCorpus(dir, dir);
  understander = createUnderstander(corpus);
});

const outside = (statement: string) => namesOutside(understander.understand(statement), CLAIM, corpus);

describe("a statement naming what the claim never names", () => {
  it("is another statement: the claim's words are shared, its subject is not", () => {
    expect(outside("the open-vx replication project is orbis's, they're copying vantor")).toBe(true);
  });

  it("still makes the claim when every name it gives is the claim's", () => {
    expect(outside("kestrel labs is trying to copy the vx-9 in the open")).toBe(false);
    expect(outside("engineers are trying to replicate it")).toBe(false);
  });
});
