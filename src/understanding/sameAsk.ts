import { wordSet } from "../language/words.js";
import { toTerms } from "../text/terms.js";
import type { AnswerKind } from "./answerKind.js";
import { askedFacts } from "./askedFacts.js";
import type { TermGroup, Understanding } from "./types.js";

/*
 * Whether another question (an asked: question of the knowledge) asks what the asker asked, closely enough to answer
 * it in its place. Word overlap alone is not enough: "how many employees does deepseek have" shares its words with
 * "does deepseek's cost include employees", and "how much did amd stock drop" with "how much did nvidia drop".
 */

/** Kinds whose answer is one figure: another question asks for it when it asks for that kind or for "a figure". */
const FIGURE_KINDS: ReadonlySet<AnswerKind> = new Set(["money", "percent", "change", "count"]);

/** A day of the week says when, not what about. */
const DAYS = new Set([...wordSet("days")].flatMap((d) => toTerms(d)));

/** The things the question proper names (not a weekday). */
function named(u: Understanding): TermGroup[] {
  return u.subject.filter((g) => g.focus && !g.alternatives[0]!.some((t) => DAYS.has(t)));
}

/**
 * True when `other` asks for the kind of fact `asker` asks for (when that is a figure or a date) and names every
 * thing `asker` names, in any of its ways, and asks for every kind of fact (asked-facts) `asker` asks for.
 */
export function asksTheSame(asker: Understanding, other: Understanding): boolean {
  const kind = asker.kinds[0]!;
  if (FIGURE_KINDS.has(kind) && !other.kinds.some((k) => k === kind || k === "figure")) return false;
  if (kind === "date" && !other.kinds.includes("date")) return false;
  // "how much did the founder's net worth drop" is not "how much did the company's market value drop".
  const theirs = new Set(askedFacts(other).map(String));
  if (askedFacts(asker).some((k) => !theirs.has(String(k)))) return false;
  const terms = new Set(other.groups.flatMap((g) => g.terms));
  return named(asker).every((g) => g.alternatives.some((alt) => alt.length > 0 && alt.every((t) => terms.has(t))));
}
