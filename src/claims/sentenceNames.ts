import type { Corpus } from "../corpus/corpus.js";
import type { Sentence } from "../knowledge/types.js";
import { escapeRegExp } from "../text/regex.js";
import type { Value } from "../text/values.js";
import type { FigureReader } from "./figureReading.js";

/** The names a note sentence mentions, as the figure reader reads them ("R1-Zero" is not "R1"), read once. */
const sentenceMentions = new WeakMap<Sentence, Set<string>>();
export function mentionsOf(sentence: Sentence, reader: FigureReader): Set<string> {
  let names = sentenceMentions.get(sentence);
  if (!names) {
    names = new Set(reader.mentions(sentence.text).map((m) => m.term));
    sentenceMentions.set(sentence, names);
  }
  return names;
}
/** A sentence names `n` as itself, in full ("DeepSeek-R1" for "R1") or as a dated version ("o1-1217" for "o1"). */
export function names(mentions: ReadonlySet<string>, n: string): boolean {
  for (const m of mentions)
    if (m === n || m.endsWith(`-${n}`) || new RegExp(`^${escapeRegExp(n)}-\\d+$`).test(m)) return true;
  return false;
}

/** The values a note sentence states, read once: checks keep asking about the same few sentences. */
const sentenceValues = new WeakMap<Sentence, Value[]>();
export function valuesOf(sentence: Sentence, reader: FigureReader): Value[] {
  let values = sentenceValues.get(sentence);
  if (!values) {
    values = reader.values(sentence.text);
    sentenceValues.set(sentence, values);
  }
  return values;
}

/**
 * A note sentence comparing the same two things the other way ("o1 scored 75.7% to R1's 71.5%" against "r1 beats
 * o1"), on whatever it measures; null when every sentence comparing them agrees. `way` reads a sentence's direction.
 */
export function comparedOtherWay(
  corpus: Corpus,
  reader: FigureReader,
  compared: readonly string[],
  way: (text: string) => "more" | "less" | null,
  stated: "more" | "less",
): Sentence | null {
  for (const passage of corpus.passages) {
    if (corpus.docById.get(passage.docId)?.kind === "article") continue;
    for (const sentence of passage.sentences) {
      if (!compared.every((n) => names(mentionsOf(sentence, reader), n))) continue;
      const theirs = way(sentence.text);
      if (theirs && theirs !== stated) return sentence;
    }
  }
  return null;
}
