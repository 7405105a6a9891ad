import type { Sentence } from "../knowledge/types.js";
import { sameValue, type Value, valuesIn } from "../text/values.js";
import type { Understanding } from "../understanding/understand.js";
import { type Candidate, sameFact } from "./candidate.js";

/** The kinds of figure a question may take as given ("nvidia only dropped 3%", "they only used 2,000 GPUs"). */
const PREMISE_KINDS = new Set<Value["kind"]>(["percent", "money", "count"]);
/** A sentence's figures, read once: the same sentences are candidates for question after question. */
const figuresOf = new WeakMap<Sentence, Value[]>();
function figures(sentence: Sentence): Value[] {
  let values = figuresOf.get(sentence);
  if (!values) {
    values = valuesIn(sentence.text);
    figuresOf.set(sentence, values);
  }
  return values;
}

const FIGURE_START = /(?:^|[^\p{L}\p{N}-])\d/u;

/** How far apart two figures of a kind are to be two readings of a fact, not one rounded. */
const FAR = 2;

/**
 * A figure the asker takes as given is one reading of the fact: "isn't it true nvidia only dropped 3%" is answered by
 * the article's 3% drop, and the sources' 17% the next trading day is the same fact read otherwise. The best sentence
 * on the lead's fact giving a figure of the same kind that is not the asker's is shown too, so the premise is
 * weighed, not only confirmed.
 */
export function otherReading(
  u: Understanding,
  candidates: readonly Candidate[],
  chosen: readonly Candidate[],
): Candidate | undefined {
  // Every figure it takes is written in digits, not inside a name ("r1", "gb200"): most questions have none, and
  // reading values is not free.
  if (!FIGURE_START.test(u.text)) return undefined;
  const stated = valuesIn(u.text).filter((v) => PREMISE_KINDS.has(v.kind));
  if (stated.length === 0) return undefined;
  const lead = chosen[0]!;
  // Another reading, not the same one rounded: 17% against "3%", not 3.58%.
  const apart = (a: Value, b: Value) => Math.max(a.low, b.low) >= FAR * Math.max(Math.min(a.low, b.low), 1e-9);
  const other = (v: Value) =>
    stated.some((s) => s.kind === v.kind && apart(s, v)) && !stated.some((t) => sameValue(t, v));
  return candidates.find(
    (c) =>
      !chosen.includes(c) &&
      c.kindOk &&
      c.subjectHit &&
      sameFact(c, lead) &&
      c.value >= 0.5 * lead.value &&
      figures(c.sentence).some(other),
  );
}
