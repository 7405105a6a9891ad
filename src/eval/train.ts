import { writeFileSync } from "node:fs";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import type { Engine } from "../engine/engine.js";
import type { Decision, Decisions } from "../fit/decisions.js";
import { fitLogistic, predict, type Row } from "../fit/logistic.js";
import { runMain } from "../runMain.js";
import { answerCase, readCases, shownOf } from "./cases.js";
import { fitVerdict } from "./fitVerdict.js";
import { type ClaimCase, type QuestionCase, scoreCase } from "./metrics.js";

/** Answers whatever can be answered, so that every composed answer is seen with its features. */
const ACT_ALWAYS: Decision = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
const DEFAULT_FILES = [
  "bench/eval/pool/questions-dev.jsonl",
  "bench/eval/questions-casual-dev.jsonl",
  "bench/eval/followups-dev.jsonl",
  "bench/eval/pool/claims-dev.jsonl",
  "bench/eval/claims-chat-dev.jsonl",
  "bench/eval/fresh/claims-fresh.jsonl",
  "bench/eval/fresh2/claims-fresh2.jsonl",
  "bench/eval/fresh3/claims-fresh3.jsonl",
];
const OUT = "src/fit/weights.json";

interface Seen {
  id: string;
  inScope: boolean;
  /** The composed answer is right (in scope, and every expected pattern is in the first reply). */
  right: boolean;
  /** Features of the composed answer; null when it was declined before any answer was composed (scope, input). */
  features: Record<string, number> | null;
}

async function see(engine: Engine, c: QuestionCase): Promise<Seen> {
  const answer = await answerCase(engine, c);
  const scored = scoreCase(c, answer, shownOf(answer, engine), process.cwd());
  return { id: c.id, inScope: c.in_scope, right: scored.answerHit, features: answer.confidence?.features ?? null };
}

/**
 * The risk and coverage at each threshold (Kamath et al., 2020): of the in-scope questions, how many get a right
 * answer; of the answers given, how many are wrong; of the out-of-scope ones, how many are declined.
 */
function operatingPoints(seen: readonly Seen[], p: ReadonlyMap<string, number>) {
  const inScope = seen.filter((s) => s.inScope).length;
  const out = seen.length - inScope;
  const thresholds = [...new Set([0, ...p.values()].map((x) => Math.round(x * 100) / 100))].sort((a, b) => a - b);
  return thresholds.map((t) => {
    const answered = seen.filter((s) => s.features && p.get(s.id)! >= t);
    const right = answered.filter((s) => s.right).length;
    const wrong = answered.length - right;
    const declinedOut = seen.filter((s) => !s.inScope && !answered.includes(s)).length;
    return {
      threshold: t,
      answered: answered.length,
      right_answers: right / Math.max(inScope, 1),
      risk: answered.length ? wrong / answered.length : 0,
      out_declined: declinedOut / Math.max(out, 1),
      handled: (right + declinedOut) / seen.length,
    };
  });
}

/**
 * npm run train [-- files…]: refits the decision to answer or decline on the dev pool, deterministically, and writes
 * src/fit/weights.json. Rerun it after the knowledge changes (new notes, asked: lists, synonyms), and review the
 * file's diff like code.
 */
async function main(argv: string[]): Promise<void> {
  const files = argv.filter((a) => !a.startsWith("--"));
  loadDotEnv();
  const all = (files.length ? files : DEFAULT_FILES).flatMap((f) => readCases(f));
  const cases = all.filter((c) => typeof c.question === "string") as unknown as QuestionCase[];
  const claims = all.filter((c) => typeof c.claim === "string") as unknown as ClaimCase[];
  const build = (decisions: Partial<Decisions>) =>
    buildEngine(loadConfig(), () => {}, { k: 4, mode: "extractive", decisions });
  // The ✅ decision first, on every claim found supported; then the answer decision, on answers whose fact checks
  // already follow it.
  const verdict = fitVerdict(await build({ answer: ACT_ALWAYS, verdict: ACT_ALWAYS }), claims);
  const engine = await build({ answer: ACT_ALWAYS, verdict: verdict.decision });
  const seen: Seen[] = [];
  for (const c of cases) seen.push(await see(engine, c));
  const rows = seen.filter((s) => s.features);
  const features = Object.keys(rows[0]?.features ?? {});
  const data: Row[] = rows.map((s) => ({ x: features.map((f) => s.features![f]!), y: s.right ? 1 : 0 }));
  const model = fitLogistic(features, data);
  const p = new Map(rows.map((s, i) => [s.id, predict(model, data[i]!.x)]));
  const points = operatingPoints(seen, p);
  // The most questions handled right (right answers plus right declines); on a tie the higher threshold, since a
  // wrong answer costs more trust than a decline.
  const best = points.reduce((a, b) => (b.handled >= a.handled ? b : a));
  const decision: Decision = { model, threshold: best.threshold };
  writeFileSync(
    OUT,
    `${JSON.stringify({ answer: decision, verdict: verdict.decision, trainedOn: { files: files.length ? files : DEFAULT_FILES, questions: seen.length, claims: claims.length } }, null, 2)}\n`,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `${cases.length} cases, ${rows.length} with a composed answer; ${features.length} features.`,
    "",
    "weight  feature (per spread of the feature)",
    ...model.features.map((f, i) => `${model.weights[i]!.toFixed(3).padStart(7)}  ${f}`),
    "",
    "threshold  answered  right answers  risk    out declined  handled",
    ...points
      .filter((_, i) => i % Math.max(1, Math.floor(points.length / 20)) === 0 || points[i] === best)
      .map(
        (x) =>
          `${x.threshold.toFixed(2).padStart(9)}  ${String(x.answered).padStart(8)}  ${pct(x.right_answers).padStart(13)}  ${pct(x.risk)} ${pct(x.out_declined).padStart(12)}  ${pct(x.handled)}${x === best ? "  <- chosen" : ""}`,
      ),
    "",
    ...verdict.report,
    "",
    `Wrote ${OUT}.`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

void runMain(() => main(process.argv.slice(2)));
