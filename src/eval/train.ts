import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import type { Engine } from "../engine/engine.js";
import { type Decision, type Decisions, probability } from "../fit/decisions.js";
import { runMain } from "../runMain.js";
import { answerCase, readCases, shownOf } from "./cases.js";
import { ACT_ALWAYS, DEV_POOL } from "./devPool.js";
import { fitVerdict } from "./fitVerdict.js";
import { type ClaimCase, type QuestionCase, scoreCase } from "./metrics.js";
import { chooseOperatingPoint, fitAnswer, operatingPoints, outOfFold, rowsOf, type Seen } from "./operating.js";
import { curveReport, heldOutReport } from "./operatingReport.js";

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
  const all: Array<Record<string, unknown>> = (files.length ? files : DEV_POOL).flatMap((f) =>
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
    `${JSON.stringify({ answer: decision, verdict: verdict.decision, trainedOn: { files: files.length ? files : DEV_POOL, questions: seen.length, claims: claims.length } }, null, 2)}\n`,
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

void runMain(() => main(process.argv.slice(2)));
