import { fitLogistic, type LogisticModel, predict, type Row } from "../fit/logistic.js";

/*
 * Where the decision to answer stops answering (Kamath et al., 2020: risk against coverage), chosen by a stated rule
 * on probabilities the model gave questions it was not fitted on, so the point holds for writers it has not seen.
 */

/** A dev question as the always-answering engine saw it. */
export interface Seen {
  /** Unique over the pool (files may reuse ids). */
  id: string;
  /** The file it came from: one writer or set, held out whole in the cross-check. */
  file: string;
  inScope: boolean;
  /** The composed answer is right (in scope, and every expected pattern is in the first reply). */
  right: boolean;
  /** Features of the composed answer; null when it was declined before any answer was composed (scope, input). */
  features: Record<string, number> | null;
}

export interface OperatingPoint {
  threshold: number;
  answered: number;
  /** Right answers, of the in-scope questions (the eval's answer rate). */
  rightAnswers: number;
  /** Wrong answers, of the answers given. */
  risk: number;
  /** Out-of-scope questions declined, of the out-of-scope ones. */
  outDeclined: number;
  /** In-scope questions declined, of the in-scope ones (the eval's false declines). */
  falseDeclines: number;
}

/** The targets for a never-seen set: the rule measures each point by how far it falls short of them. */
export const TARGET = { rightAnswers: 0.85, outDeclined: 0.9, falseDeclines: 0.05 };

/** Risk and coverage at every threshold a question's probability suggests, from 0 (answer all) up. */
export function operatingPoints(seen: readonly Seen[], p: ReadonlyMap<string, number>): OperatingPoint[] {
  const thresholds = [...new Set([0, ...p.values()].map((x) => Math.round(x * 100) / 100))].sort((a, b) => a - b);
  return thresholds.map((t) => pointAt(seen, p, t));
}

/** The figures when the questions whose probability is at least the threshold are answered. */
export function pointAt(seen: readonly Seen[], p: ReadonlyMap<string, number>, threshold: number): OperatingPoint {
  const inScope = seen.filter((s) => s.inScope).length;
  const out = seen.length - inScope;
  const answered = seen.filter((s) => s.features && p.get(s.id)! >= threshold);
  const right = answered.filter((s) => s.right).length;
  const answeredIn = answered.filter((s) => s.inScope).length;
  return {
    threshold,
    answered: answered.length,
    rightAnswers: right / Math.max(inScope, 1),
    risk: answered.length ? (answered.length - right) / answered.length : 0,
    outDeclined: (out - (answered.length - answeredIn)) / Math.max(out, 1),
    falseDeclines: (inScope - answeredIn) / Math.max(inScope, 1),
  };
}

/** How far a point falls short of the targets, summed over the three: 0 when it meets them all. */
export const shortfall = (x: OperatingPoint) =>
  Math.max(0, TARGET.rightAnswers - x.rightAnswers) +
  Math.max(0, TARGET.outDeclined - x.outDeclined) +
  Math.max(0, x.falseDeclines - TARGET.falseDeclines);

/**
 * The rule: the point nearest the targets, the smallest summed shortfall of right answers, out-of-scope
 * declines and false declines; of points as near, the lowest threshold (the most answers, Kamath's coverage). Each
 * term is a rate, so the out-of-scope fifth of the pool weighs as much as the in-scope rest, as the targets do; and
 * a decline costs twice over only when it is false (an answerable question declined is both a lost answer and a
 * false decline), while declining a trap or a wrong answer costs nothing, so the rule declines where the evidence is
 * weakest and stops where answerable questions start to go. Met targets earn nothing more: past them, a point is
 * judged on the others.
 */
export function chooseOperatingPoint(points: readonly OperatingPoint[]): OperatingPoint {
  return points.reduce((a, b) => (shortfall(b) < shortfall(a) - 1e-9 ? b : a));
}

export type Fit = (features: readonly string[], rows: readonly Row[]) => LogisticModel;
export const fitAnswer: Fit = (features, rows) => fitLogistic(features, rows);

/** The rows a model is fitted on: questions that reached a composed answer, labelled by whether it was right. */
export function rowsOf(seen: readonly Seen[], features: readonly string[]): Row[] {
  return seen
    .filter((s) => s.features)
    .map((s) => ({ x: features.map((f) => s.features![f] ?? 0), y: s.right ? 1 : 0 }));
}

/**
 * Each question's probability from a model fitted without its file (leave one file out): what the decision would say
 * to a set written by someone it never learnt from.
 */
export function outOfFold(seen: readonly Seen[], features: readonly string[], fitter: Fit = fitAnswer) {
  const p = new Map<string, number>();
  const composed = seen.filter((s) => s.features);
  for (const file of [...new Set(composed.map((s) => s.file))]) {
    const held = composed.filter((s) => s.file === file);
    const model = fitter(
      features,
      rowsOf(
        composed.filter((s) => s.file !== file),
        features,
      ),
    );
    for (const s of held)
      p.set(
        s.id,
        predict(
          model,
          features.map((f) => s.features![f] ?? 0),
        ),
      );
  }
  return p;
}

/** Per file, the figures at a threshold: with out-of-fold probabilities, a model fitted without that file. */
export function perFile(seen: readonly Seen[], p: ReadonlyMap<string, number>, threshold: number) {
  return [...new Set(seen.map((s) => s.file))].map((file) => {
    const mine = seen.filter((s) => s.file === file);
    return { file, questions: mine.length, ...pointAt(mine, p, threshold) };
  });
}
