import { beforeAll, describe, expect, it } from "vitest";
import type { ClaimChecker } from "../../src/claims/checker.js";
import { dateOfOtherDocument } from "../../src/claims/publishing.js";
import type { Excerpt } from "../../src/text/excerpts.js";
import { storyChecker } from "../helpers/storyChecker.js";

/* Where and when a document came out. The story: Tidewell's TW-3 ferry, its design paper in the Harbour Journal, and
 * two news stories about it. */

const ARTICLE = "Tidewell's TW-3 ferry is the fastest in Norway, its makers say.";
const NOTES: Record<string, string> = {
  paper: "The TW-3 design paper was published in the Harbour Journal on 3 March 2025.",
  story: "Wire ran a news story about the TW-3 on 12 January 2025.",
  yard: "Tidewell built the TW-3 at a shipyard in Oslo.",
  fares: "A TW-3 ticket costs $12.",
};

let checker: ClaimChecker;
beforeAll(async () => {
  checker = await storyChecker(ARTICLE, NOTES);
});

describe("where a document came out", () => {
  it("is supported when a shown sentence names the journal", () => {
    expect(checker.check("the tw-3 design paper was published in the harbour journal").verdict).toBe("supported");
  });

  it("is not supported when no shown sentence names the journal the statement names", () => {
    expect(checker.check("the tw-3 design paper was published in science").verdict).not.toBe("supported");
  });
});

describe("when a document came out", () => {
  const shown = (text: string): Excerpt => ({
    kind: "note",
    text,
    docId: "story",
    title: "story",
    url: null,
    path: "notes/story.md",
    start: 0,
    end: text.length,
  });
  const story = shown('Anna Berg wrote the Wire news story "Tidewell unveils the TW-3", published on 12 January 2025.');
  const paper = shown("The TW-3 design paper was published in the Harbour Journal on 3 March 2025.");

  it("is not given by a sentence about another kind of document that came out that month", () => {
    expect(dateOfOtherDocument("wire published the tw-3 design paper in january 2025", [story])).toBe("january 2025");
  });

  it("is given by a sentence about the same kind of document", () => {
    expect(dateOfOtherDocument("the tw-3 design paper came out in march 2025", [story, paper])).toBeNull();
  });
});
