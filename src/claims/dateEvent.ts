import type { Corpus } from "../corpus/corpus.js";
import { entryTest, wordPattern } from "../language/words.js";
import { saysGroup, type WeightedGroup } from "../text/sentenceScore.js";

const RISING = wordPattern("rising");
const FALLING = wordPattern("falling");
/** A word of a move either way ("fell", "rallied"). */
export const MOVE = entryTest(["rising", "falling"]);

const RELEASE_SLANG = new RegExp(wordPattern("release-slang").source, "gi");

/**
 * Which way a text says things moved on its days: null when it says no move, or moves both ways. "Dropped" may be a
 * release ("r1 dropped jan 20"), so it moves nothing here.
 */
export function wayOf(text: string): "up" | "down" | null {
  const moves = text.replace(RELEASE_SLANG, " ");
  const up = RISING.test(moves);
  return up === FALLING.test(moves) ? null : up ? "up" : "down";
}

/**
 * For a statement whose only figures are dates: whether a sentence says what the statement says happened on them, the
 * same way. A day is an event's, and a sentence giving the day of another event confirms nothing: "NVIDIA praised R1
 * in its 27 January statement" is no release of R1 on the 27th, "CNBC published the analysts' reactions on 27
 * January" no rise of NVIDIA's shares that day. The statement's own words other than its names and its moves must be
 * said (any one of them); which way things moved is the dates' direction (FigureReader.bind).
 */
export function eventSaid(topic: readonly WeightedGroup[], corpus: Corpus): (terms: ReadonlySet<string>) => boolean {
  const event = topic.filter(
    (g) =>
      !g.alternatives.some((a) => a.length === 1 && MOVE(a[0]!)) &&
      !g.alternatives[0]!.every((t) => corpus.entityTerms.has(t)),
  );
  return (terms) => event.length === 0 || event.some((g) => saysGroup(terms, g));
}
