import { readFileSync } from "node:fs";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import { answerText } from "../engine/format.js";
import { StorybotError } from "../errors.js";
import type { Engine } from "../engine/engine.js";
import { scoreCase, summarise, type QuestionCase } from "./metrics.js";

interface Args {
  file: string;
  json: boolean;
  k: number;
  mode: "auto" | "extractive" | "llm";
}

function parseArgs(argv: string[]): Args {
  const file = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--k" && argv[i - 1] !== "--mode");
  if (!file) throw new StorybotError("usage", "usage: npm run eval -- <questions.jsonl> [--json] [--k N] [--mode auto|extractive|llm]");
  const kAt = argv.indexOf("--k");
  const k = kAt >= 0 ? Number(argv[kAt + 1]) : 4;
  if (!Number.isInteger(k) || k < 1) throw new StorybotError("usage", "--k takes a whole number of passages, 1 or more");
  const modeAt = argv.indexOf("--mode");
  const mode = modeAt >= 0 ? argv[modeAt + 1] : "auto";
  if (mode !== "auto" && mode !== "extractive" && mode !== "llm") throw new StorybotError("usage", "--mode takes auto, extractive or llm");
  return { file, json: argv.includes("--json"), k, mode };
}

function readCases(file: string): QuestionCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      try {
        return JSON.parse(line) as QuestionCase;
      } catch {
        throw new StorybotError("usage", `${file}:${i + 1} is not valid JSON`);
      }
    });
}

/** npm run eval -- <file.jsonl> [--json] [--k N]: the evaluation of ../shared/eval/README.md, through the same engine. */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  loadDotEnv();
  const config = loadConfig();
  const engine = await buildEngine(config, () => {}, { k: args.k, mode: args.mode });
  const all = readCases(args.file);
  const claimCases = all.filter((c): c is QuestionCase & ClaimCase => typeof (c as Partial<ClaimCase>).claim === "string");
  if (claimCases.length > 0) return reportClaims(engine, claimCases, args.json);
  const cases = all.filter((c) => typeof c.question === "string");
  const results = [];
  for (const c of cases) {
    const answer = await engine.answer(c.question);
    results.push(scoreCase(c, answer, answerText(answer, engine.sources()), process.cwd()));
  }
  const metrics = summarise(results);
  const failures = results.filter((r) => r.failure).map((r) => ({ id: r.id, question: r.question, failure: r.failure }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...metrics, k: args.k, mode: engine.usesModel ? "llm" : "extractive", failures }, null, 2)}\n`);
    return;
  }
  const rows = results.map((r) => `${r.failure ? "FAIL" : "ok  "}  ${r.id.padEnd(8)} ${r.latencyMs.toFixed(2).padStart(7)} ms  ${String(r.replyChars).padStart(5)} ch  ${r.question}`);
  process.stdout.write(`${rows.join("\n")}\n\n`);
  for (const [name, value] of Object.entries(metrics)) process.stdout.write(`${name.padEnd(24)} ${typeof value === "object" ? JSON.stringify(value) : value}\n`);
  if (failures.length) process.stdout.write(`\nFailing cases:\n${failures.map((f) => `  ${f.id}: ${f.failure} — ${f.question}`).join("\n")}\n`);
}

interface ClaimCase {
  id: string;
  claim: string;
  verdict: string;
}

/** Claim files: one verdict per claim, scored as verdict_accuracy. */
function reportClaims(engine: Engine, cases: ClaimCase[], json: boolean): void {
  const rows = cases.map((c) => {
    const t = performance.now();
    const got = engine.check(c.claim)[0]?.verdict ?? "not_covered";
    return { id: c.id, claim: c.claim, expected: c.verdict, got, ms: performance.now() - t };
  });
  const correct = rows.filter((r) => r.got === r.expected).length;
  const verdict_accuracy = Math.round((correct / Math.max(rows.length, 1)) * 1000) / 1000;
  const failures = rows.filter((r) => r.got !== r.expected).map(({ id, claim, expected, got }) => ({ id, claim, expected, got }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ cases: rows.length, verdict_accuracy, failures }, null, 2)}\n`);
    return;
  }
  for (const r of rows) process.stdout.write(`${r.got === r.expected ? "ok  " : "FAIL"}  ${r.id.padEnd(8)} ${r.expected.padEnd(13)} ${r.got.padEnd(13)} ${r.claim}\n`);
  process.stdout.write(`\nverdict_accuracy         ${verdict_accuracy}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(error instanceof StorybotError ? `${error.message}\n` : `${String(error)}\n`);
  process.exit(1);
});
