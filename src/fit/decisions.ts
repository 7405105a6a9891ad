import { readFileSync } from "node:fs";
import type { LogisticModel } from "./logistic.js";
import { predict } from "./logistic.js";

/**
 * The decisions the engine makes by fitted weights (`npm run train` writes `weights.json` beside this file): each is
 * a logistic model over generic features and the probability above which the engine acts.
 */
export interface Decision {
  model: LogisticModel;
  /** Act (answer) when the model's probability is at least this. */
  threshold: number;
}

export interface Decisions {
  /** Answer a question, or decline it: the probability that the composed answer is right. */
  answer: Decision;
  /** Show a ✅, or rule nothing: the probability that a claim found supported is true as stated. */
  verdict: Decision;
}

const FILE = new URL("./weights.json", import.meta.url);

/** The fitted decisions shipped with the code. Read once. */
export function loadDecisions(): Decisions {
  cached ??= JSON.parse(readFileSync(FILE, "utf8")) as Decisions;
  return cached;
}
let cached: Decisions | undefined;

/** The probability a decision's model gives for named feature values (any missing feature counts as 0). */
export function probability(decision: Decision, values: Readonly<Record<string, number>>): number {
  return predict(
    decision.model,
    decision.model.features.map((f) => values[f] ?? 0),
  );
}
