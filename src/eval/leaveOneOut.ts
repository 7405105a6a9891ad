import { buildEngine } from "../app.js";
import { loadConfig, loadDotEnv } from "../config.js";
import type { Decisions } from "../fit/decisions.js";
import { runMain } from "../runMain.js";
import { readCases } from "./cases.js";
import { ACT_ALWAYS, DEV_POOL } from "./devPool.js";
import { fitVerdict } from "./fitVerdict.js";
import type { ClaimCase } from "./metrics.js";

/** The dev pool's claim files. */
const CLAIM_FILES = DEV_POOL.filter((f) => f.includes("claims"));

/**
 * npx tsx src/eval/leaveOneOut.ts [claim files…]: for each dev claim file, the ✅ decision fitted on the other files
 * and the file left out scored with it, so a rule or weight that only lifts the file it came from shows. The hand
 * rules are the same in every fold: a rule tuned on one file shows as that file's figure standing out from the rest.
 */
async function main(argv: string[]): Promise<void> {
  loadDotEnv();
  const files = argv.length ? argv : CLAIM_FILES;
  const byFile = new Map(files.map((f) => [f, readCases(f) as unknown as ClaimCase[]]));
  const build = (decisions: Partial<Decisions>) =>
    buildEngine(loadConfig(), () => {}, { k: 4, mode: "extractive", decisions });
  const open = await build({ verdict: ACT_ALWAYS });
  let right = 0;
  let all = 0;
  let falseSupported = 0;
  let notTrue = 0;
  const lines: string[] = ["file left out                          verdicts  false ✅"];
  for (const out of files) {
    const training = files.filter((f) => f !== out).flatMap((f) => byFile.get(f)!);
    const { decision } = fitVerdict(open, training);
    const engine = await build({ verdict: decision });
    const cases = byFile.get(out)!;
    const got = cases.map((c) => ({ c, v: engine.check(c.claim).results[0]?.verdict ?? "not_covered" }));
    const ok = got.filter((g) => g.v === g.c.verdict).length;
    const nt = got.filter((g) => g.c.verdict !== "supported");
    const fs = nt.filter((g) => g.v === "supported").length;
    right += ok;
    all += cases.length;
    falseSupported += fs;
    notTrue += nt.length;
    lines.push(
      `${out.padEnd(38)} ${(ok / cases.length).toFixed(3).padStart(8)}  ${`${fs}/${nt.length}`.padStart(8)}   (threshold ${decision.threshold})`,
    );
  }
  lines.push(
    `${"all, each scored when left out".padEnd(38)} ${(right / all).toFixed(3).padStart(8)}  ${`${falseSupported}/${notTrue}`.padStart(8)}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

void runMain(() => main(process.argv.slice(2)));
