import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import type { Engine } from "../engine/engine.js";
import { type Decision, type Decisions, probability } from "../fit/decisions.js";
import { fitLogistic, predict, type Row } from "../fit/logistic.js";
import { runMain } from "../runMain.js";
import { answerCase, readCases, shownOf } from "./cases.js";
import { type ClaimCase, type QuestionCase, scoreCase } from "./metrics.js";
import { chooseOperatingPoint, fitAnswer, operatingPoints, outOfFold, rowsOf, type Seen } from "./operating.js";
import { curveReport, heldOutReport } from "./operatingReport.js";

/** Answers whatever can be answered, so that every composed answer is seen with its features. */
const ACT_ALWAYS: Decision = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
const DEFAULT_FILES = [
  "bench/eval/pool/questions-dev.jsonl",
  "bench/eval/questions-casual-dev.jsonl",
  "bench/eval/followups-dev.jsonl",
  // Sets written after earlier work and scored once each: spent, so they teach now (their READMEs say since when).
  "bench/eval/fresh/questions-fresh.jsonl",
  "bench/eval/fresh2/questions-fresh2.jsonl",
  "bench/eval/fresh3/questions-fresh3.jsonl",
  "bench/eval/pool/claims-dev.jsonl",
  "bench/eval/claims-chat-dev.jsonl",
  "bench/eval/fresh/claims-fresh.jsonl",
  "bench/eval/fresh2/claims-fresh2.jsonl",
  "bench/eval/fresh3/claims-fresh3.jsonl",
];
/** A ✅ is the checker's worst error when wrong: its threshold keeps wrong ones at or under this share of the claims that are not true. */
const FALSE_SUPPORTED = 0.02;
const OUT = "src/fit/weights.json";

async function see(engine: Engine, c: QuestionCase & { file: string }): Promise<Seen> {
  const answer = await answerCase(engine, c);
  const scored = scoreCase(c, answer, shownOf(answer, engine), process.cwd());
  return {
    id: `${c.file}#${c.id}`,
    file: c.file,
    inScope: c.in_scope,
    right: scored.answerHit,
    features: answer.confidence?.features ?? null,
  };
}

/**
 * npm run train [-- files…]: refits the decision to answer or decline on the dev pool, deterministically, and writes
 * src/fit/weights.json. Rerun it after the knowledge changes (new notes, asked: lists, synonyms), and review the
 * file's diff like code.
 */
async function main(argv: string[]): Promise<void> {
  const files = argv.filter((a) => !a.startsWith("--"));
  loadDotEnv();
  const all: Array<Record<string, unknown>> = (files.length ? files : DEFAULT_FILES).flatMap((f) =>
    readCases(f).map((c) => ({ ...c, file: basename(f, ".jsonl") })),
  );
  const cases = all.filter((c) => typeof c.question === "string") as unknown as Array<QuestionCase & { file: string }>;
  const claims = all.filter((c) => typeof c.claim === "string") as unknown as ClaimCase[];
  const build = (decisions: Partial<Decisions>) =>
    buildEngine(loadConfig(), () => {}, { k: 4, mode: "extractive", decisions });
  // The ✅ decision first, on every claim found supported; then the answer decision, on answers whose fact checks
  // already follow it.
  const verdict = fitVerdict(await build({ answer: ACT_ALWAYS, verdict: ACT_ALWAYS }), claims);
  const engine = await build({ answer: ACT_ALWAYS, verdict: verdict.decision });
  const seen: Seen[] = [];
  for (const c of cases) seen.push(await see(engine, c));
  const features = Object.keys(seen.find((s) => s.features)?.features ?? {});
  const model = fitAnswer(features, rowsOf(seen, features));
  // The threshold is chosen on what models fitted without each file said of it: in-sample probabilities flatter the
  // fit, and a point chosen on them declines fewer traps from a new writer than it did on dev.
  const held = outOfFold(seen, features);
  const points = operatingPoints(seen, held);
  const best = chooseOperatingPoint(points);
  const decision: Decision = { model, threshold: best.threshold };
  writeFileSync(
    OUT,
    `${JSON.stringify({ answer: decision, verdict: verdict.decision, trainedOn: { files: files.length ? files : DEFAULT_FILES, questions: seen.length, claims: claims.length } }, null, 2)}\n`,
  );
  const inSample = new Map(seen.filter((s) => s.features).map((s) => [s.id, probability(decision, s.features!)]));
  const lines = [
    `${cases.length} cases, ${seen.filter((s) => s.features).length} with a composed answer; ${features.length} features.`,
    "",
    "weight  feature (per spread of the feature)",
    ...model.features.map((f, i) => `${model.weights[i]!.toFixed(3).padStart(7)}  ${f}`),
    "",
    ...curveReport(points, best),
    "",
    ...heldOutReport(seen, held, inSample, best.threshold),
    "",
    ...verdict.report,
    "",
    `Wrote ${OUT}.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

/**
 * The ✅ decision: over every claim the checker finds supported, whether it is (the expected verdict is supported).
 * The threshold keeps false ✅ at or under FALSE_SUPPORTED of the claims that are not true, and the most right ✅
 * with the fewest false: precision first, since a ✅ on a false claim undoes the trust the quotes earn.
 */
function fitVerdict(engine: Engine, claims: readonly ClaimCase[]): { decision: Decision; report: string[] } {
  const found = claims.flatMap((c) => {
    const r = engine.check(c.claim).results[0];
    return r?.verdict === "supported" && r.confidence ? [{ c, features: r.confidence.features }] : [];
  });
  const features = Object.keys(found[0]?.features ?? {});
  const data: Row[] = found.map((f) => ({
    x: features.map((k) => f.features[k]!),
    y: f.c.verdict === "supported" ? 1 : 0,
  }));
  // Few rows: a stronger penalty keeps the weights from learning the rows by heart.
  const model = fitLogistic(features, data, { l2: 0.1 });
  const p = data.map((r) => predict(model, r.x));
  const notTrue = claims.filter((c) => c.verdict !== "supported").length;
  const trueOnes = claims.length - notTrue;
  const thresholds = [...new Set([0, ...p.map((x) => Math.round(x * 100) / 100), 1.01])].sort((a, b) => a - b);
  const rows = thresholds.map((t) => {
    const kept = data.filter((_, i) => p[i]! >= t);
    const wrong = kept.filter((r) => r.y === 0).length;
    return { t, kept: kept.length, right: kept.length - wrong, falseRate: wrong / Math.max(notTrue, 1) };
  });
  // Within the budget, the most right ✅; of thresholds keeping as many, the highest, so no false ✅ is kept that
  // costs nothing to drop.
  const allowed = rows.filter((r) => r.falseRate <= FALSE_SUPPORTED);
  const most = Math.max(...allowed.map((r) => r.right));
  const chosen = allowed.filter((r) => r.right === most).at(-1) ?? rows.at(-1)!;
  const report = [
    `Verdicts: ${claims.length} claims, ${found.length} found supported before the fitted check.`,
    "",
    "weight  feature",
    ...model.features.map((f, i) => `${model.weights[i]!.toFixed(3).padStart(7)}  ${f}`),
    "",
    "threshold  ✅ kept  right ✅ (of true claims)  false ✅ (of claims not true)",
    ...rows.map(
      (r) =>
        `${r.t.toFixed(2).padStart(9)}  ${String(r.kept).padStart(7)}  ${`${r.right}/${trueOnes}`.padStart(24)}  ${`${r.kept - r.right}/${notTrue}`.padStart(12)}${r === chosen ? "  <- chosen" : ""}`,
    ),
  ];
  return { decision: { model, threshold: chosen.t }, report };
}

void runMain(() => main(process.argv.slice(2)));
