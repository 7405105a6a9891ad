import { basename } from "node:path";
import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import type { Engine } from "../engine/engine.js";
import { StorybotError } from "../errors.js";
import { runMain } from "../runMain.js";
import { answerCase, readCases, shownOf } from "./cases.js";
import {
  byKind,
  byTag,
  type CaseResult,
  type ClaimCase,
  type ClaimResult,
  type QuestionCase,
  scoreCase,
  summarise,
  summariseClaims,
} from "./metrics.js";
import { appendScoring } from "./results.js";

interface Args {
  files: string[];
  json: boolean;
  /** Append this scoring, under this label, to bench/eval/RESULTS.md. */
  log: string | null;
  k: number;
  mode: "auto" | "extractive" | "llm";
}

const USAGE =
  "usage: npm run eval -- <file.jsonl> [more files] [--json] [--k N] [--mode auto|extractive|llm] [--log LABEL]";

function parseArgs(argv: string[]): Args {
  const flagValue = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const valued = new Set(["--k", "--mode", "--log"]);
  const files = argv.filter((a, i) => !a.startsWith("--") && !valued.has(argv[i - 1] ?? ""));
  if (files.length === 0) throw new StorybotError("usage", USAGE);
  const k = Number(flagValue("--k") ?? 4);
  if (!Number.isInteger(k) || k < 1)
    throw new StorybotError("usage", "--k takes a whole number of passages, 1 or more");
  const mode = flagValue("--mode") ?? "auto";
  if (mode !== "auto" && mode !== "extractive" && mode !== "llm")
    throw new StorybotError("usage", "--mode takes auto, extractive or llm");
  const log = argv.includes("--log") ? (flagValue("--log") ?? "") : null;
  if (log === "" || log?.startsWith("--")) throw new StorybotError("usage", "--log takes a label for the scoring");
  return { files, json: argv.includes("--json"), log, k, mode };
}

type FileReport =
  | { file: string; type: "questions"; metrics: QuestionMetrics; results: CaseResult[] }
  | { file: string; type: "claims"; metrics: ClaimMetrics; results: ClaimResult[] };
type QuestionMetrics = ReturnType<typeof summarise> & { by_tag: Record<string, string> };
type ClaimMetrics = ReturnType<typeof summariseClaims> & { by_kind: Record<string, string> };

async function runFile(engine: Engine, file: string): Promise<FileReport> {
  const all = readCases(file);
  const claims = all.filter((c): c is Record<string, unknown> & ClaimCase => typeof c.claim === "string");
  if (claims.length > 0) {
    const results = claims.map((c) => {
      const t = performance.now();
      const got = engine.check(c.claim).results[0]?.verdict ?? "not_covered";
      return { id: c.id, claim: c.claim, expected: c.verdict, got, ms: performance.now() - t, kind: c.kind };
    });
    return { file, type: "claims", metrics: { ...summariseClaims(results), by_kind: byKind(results) }, results };
  }
  const cases = all.filter((c): c is Record<string, unknown> & QuestionCase => typeof c.question === "string");
  const results: CaseResult[] = [];
  for (const c of cases) {
    const answer = await answerCase(engine, c);
    results.push(scoreCase(c, answer, shownOf(answer, engine), process.cwd()));
  }
  return { file, type: "questions", metrics: { ...summarise(results), by_tag: byTag(results) }, results };
}

/**
 * npm run eval -- <file.jsonl> [...]: the evaluation of the shared eval README through the same engine, per file and
 * over all question files and all claim files together.
 */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  loadDotEnv();
  const engine = await buildEngine(loadConfig(), () => {}, { k: args.k, mode: args.mode });
  const reports: FileReport[] = [];
  for (const file of args.files) reports.push(await runFile(engine, file));
  const questionResults = reports.flatMap((r) => (r.type === "questions" ? r.results : []));
  const claimResults = reports.flatMap((r) => (r.type === "claims" ? r.results : []));
  const total = {
    ...(questionResults.length ? { questions: summarise(questionResults) } : {}),
    ...(claimResults.length ? { claims: summariseClaims(claimResults) } : {}),
  };
  if (args.log !== null)
    appendScoring("bench/eval/RESULTS.md", args.log, engine.usesModel ? "llm" : "extractive", reports);
  if (args.json) {
    const files = reports.map((r) => ({
      file: r.file,
      ...r.metrics,
      failures:
        r.type === "questions"
          ? r.results.filter((x) => x.failure).map((x) => ({ id: x.id, question: x.question, failure: x.failure }))
          : r.results
              .filter((x) => x.got !== x.expected)
              .map(({ id, claim, expected, got }) => ({ id, claim, expected, got })),
    }));
    process.stdout.write(
      `${JSON.stringify({ k: args.k, mode: engine.usesModel ? "llm" : "extractive", files, total }, null, 2)}\n`,
    );
    return;
  }
  const out: string[] = [];
  for (const r of reports) {
    out.push(`== ${basename(r.file)}`);
    if (r.type === "questions") {
      for (const x of r.results)
        out.push(
          `${x.failure ? "FAIL" : "ok  "}  ${x.id.padEnd(8)} ${x.latencyMs.toFixed(2).padStart(7)} ms  ${String(x.replyChars).padStart(5)} ch  ${x.question}`,
        );
      out.push("", ...metricLines(r.metrics));
      const failures = r.results.filter((x) => x.failure);
      if (failures.length)
        out.push("", "Failing cases:", ...failures.map((f) => `  ${f.id}: ${f.failure} — ${f.question}`));
    } else {
      for (const x of r.results)
        out.push(
          `${x.got === x.expected ? "ok  " : "FAIL"}  ${x.id.padEnd(8)} ${x.expected.padEnd(13)} ${x.got.padEnd(13)} ${x.claim}`,
        );
      out.push("", ...metricLines(r.metrics));
    }
    out.push("");
  }
  if (reports.length > 1) {
    out.push("== total");
    if (total.questions) out.push(...metricLines(total.questions));
    if (total.claims) out.push(...metricLines(total.claims));
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

function metricLines(metrics: Record<string, unknown>): string[] {
  return Object.entries(metrics).map(
    ([name, value]) => `${name.padEnd(24)} ${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
  );
}

void runMain(() => main(process.argv.slice(2)));
