import type { FactKind } from "../text/facts.js";
import type { AnswerKind } from "./answerKind.js";

/** The facts that satisfy each kind of question; null: any sentence on the topic can answer. */
const NEEDS: Record<AnswerKind, readonly FactKind[] | null> = {
  money: ["money"],
  percent: ["percent"],
  change: ["percent", "money"],
  count: ["count"],
  figure: ["number"],
  date: ["date"],
  duration: ["duration"],
  entity: ["entity"],
  reason: ["reason"],
  comparison: ["comparison", "percent"],
  list: ["list"],
  view: ["view"],
  definition: null,
  yesno: null,
  other: null,
};

/** True when a text holding these kinds of fact (see factKinds) answers the kind of question asked. */
export function carriesKind(facts: ReadonlySet<FactKind>, kind: AnswerKind): boolean {
  const needs = NEEDS[kind];
  return !needs || needs.some((k) => facts.has(k));
}

/** Kinds whose answer must hold a specific fact; for the others, a sentence on the topic answers. */
export function isSpecific(kind: AnswerKind): boolean {
  return NEEDS[kind] !== null;
}
