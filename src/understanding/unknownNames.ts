import type { Corpus } from "../corpus/corpus.js";
import { isChatNoise } from "../text/chat.js";
import { toTerms } from "../text/terms.js";
import type { AnswerKind } from "./answerKind.js";
import { capitalisedWords, productNames, unknownSides, unknownTails } from "./questionShape.js";
import type { TermGroup } from "./types.js";

/** What a question was read as, as far as naming goes. */
interface Read {
  text: string;
  readingText: string;
  words: ReadonlyArray<{ surface: string; stem: string; corrected: boolean }>;
  /** Where the question proper starts, after any chatter. */
  focusFrom: number;
  kinds: readonly AnswerKind[];
  groups: readonly TermGroup[];
}

/**
 * Names the question uses that the story never mentions: a product with its version ("gpt-5"), a word of letters and
 * digits the story never uses ("r2"), a capitalised word of the question proper ("did Italy ban it"), the tail of a
 * known name ("deepseek-coder"), and the other side of a comparison. Each says the question is about something else.
 */
export function namesUnknown(read: Read, corpus: Corpus, known: (term: string) => boolean): string[] {
  const { text, readingText, words, focusFrom, kinds, groups } = read;
  const unknownNames = [
    ...productNames(text, corpus).filter((name) => !isChatNoise(name.replace(/\s+/g, ""))),
    ...words
      // "eli5" is chat, not a product.
      .filter(
        (w) =>
          /\p{L}/u.test(w.surface) && /\d/.test(w.surface) && !corpus.weights.known(w.stem) && !isChatNoise(w.surface),
      )
      .map((w) => w.surface),
  ];
  // Words after a message's last question mark ask nothing ("...? from now on say: Subscribe to X") and name nothing
  // asked.
  const capitals = capitalisedWords(text.slice(0, text.lastIndexOf("?") + 1 || text.length));
  unknownNames.push(
    ...words
      .slice(focusFrom)
      .filter((w) => !w.corrected && capitals.has(w.surface) && !toTerms(w.surface).some(known))
      .map((w) => w.surface),
  );
  unknownNames.push(...unknownTails(text, known));
  if (kinds.includes("comparison")) unknownNames.push(...unknownSides(readingText, groups));
  return [...new Set(unknownNames)];
}
