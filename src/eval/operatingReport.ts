import { type OperatingPoint, perFile, pointAt, type Seen, shortfall, TARGET } from "./operating.js";

/*
 * What `npm run train` prints about the decision to answer, for the reviewer of weights.json: the curve the point
 * was chosen on, and how each file fares when the model never saw it.
 */

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The risk–coverage curve on held-out probabilities, about twenty rows, with the chosen point marked. */
export function curveReport(points: readonly OperatingPoint[], chosen: OperatingPoint): string[] {
  const step = Math.max(1, Math.floor(points.length / 20));
  return [
    "Risk against coverage, each file's questions scored by a model fitted without that file:",
    "threshold  answered  right answers  risk    out declined  false declines  shortfall",
    ...points
      .filter((x, i) => i % step === 0 || x === chosen)
      .map((x) =>
        [
          x.threshold.toFixed(2).padStart(9),
          String(x.answered).padStart(8),
          pct(x.rightAnswers).padStart(13),
          pct(x.risk).padStart(6),
          pct(x.outDeclined).padStart(13),
          pct(x.falseDeclines).padStart(15),
          shortfall(x).toFixed(3).padStart(9),
          x === chosen ? "  <- chosen" : "",
        ].join(" "),
      ),
    `Chosen: the point nearest the targets (answer >= ${TARGET.rightAnswers}, out of scope declined >= ${TARGET.outDeclined}, false declines <= ${TARGET.falseDeclines}), the smallest summed shortfall.`,
  ];
}

/** Per file at the chosen threshold: held out (a model fitted without it) and in sample, and the gap between. */
export function heldOutReport(
  seen: readonly Seen[],
  held: ReadonlyMap<string, number>,
  inSample: ReadonlyMap<string, number>,
  threshold: number,
): string[] {
  const out = perFile(seen, held, threshold);
  const fit = perFile(seen, inSample, threshold);
  const all = (p: ReadonlyMap<string, number>) => pointAt(seen, p, threshold);
  const row = (name: string, h: OperatingPoint, f: OperatingPoint) =>
    `${name.padEnd(26)} ${pct(h.rightAnswers).padStart(7)} ${pct(h.outDeclined).padStart(7)} ${pct(h.falseDeclines).padStart(7)}   ${pct(f.rightAnswers).padStart(7)} ${pct(f.outDeclined).padStart(7)} ${pct(f.falseDeclines).padStart(7)}`;
  return [
    `Leave one file out, at threshold ${threshold.toFixed(2)}:`,
    `${"".padEnd(26)} held out: answer, out declined, false declines | in sample: the same`,
    ...out.map((h, i) => row(`${h.file} (${h.questions})`, h, fit[i]!)),
    row("all", all(held), all(inSample)),
  ];
}
