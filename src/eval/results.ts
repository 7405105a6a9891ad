import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

interface Scored {
  file: string;
  type: "questions" | "claims";
  metrics: Record<string, unknown>;
}

const HEADER = `# Evaluation scorings

Every scoring of an evaluation file that is meant to be compared over time is logged here by
\`npm run eval -- FILES --log LABEL\`: when, at which commit, with what mode, and the figures per file.
Dev files are for tuning; test files are scored rarely (at most once per milestone) and each scoring shows
here, so nobody can quietly tune on them. The dev−test gap is the difference between the two rows of the same
commit.
`;

/**
 * The commit scored, marked "+changes" when the tree differs from it (a scoring of work not yet committed); the log
 * itself does not count, so two scorings of one commit name the same commit.
 */
function commitOf(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync(
      "git",
      ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/eval/RESULTS.md"],
      {
        encoding: "utf8",
      },
    ).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return "unknown";
  }
}

/** One row of figures for a file: the metrics a reader compares, in a fixed order. */
function figures(r: Scored): string {
  const m = r.metrics;
  if (r.type === "claims")
    return `claims ${m.cases}: verdicts ${m.verdict_accuracy}, false ✅ ${m.false_supported}; by kind ${JSON.stringify(m.by_kind)}`;
  return `questions ${m.cases}: answer ${m.answer_accuracy}, lead ${m.answer_lead_accuracy}, false declines ${m.false_decline_rate}, out of scope declined ${m.decline_accuracy}, verbatim ${m.quote_verbatim_rate}; by tag ${JSON.stringify(m.by_tag)}`;
}

/** Appends one scoring to the log, creating it with its header the first time. */
export function appendScoring(path: string, label: string, mode: string, reports: readonly Scored[]): void {
  if (!existsSync(path)) writeFileSync(path, HEADER);
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const lines = [
    "",
    `## ${when} UTC · ${commitOf()} · ${mode} · ${label}`,
    "",
    ...reports.map((r) => `- \`${basename(r.file)}\`: ${figures(r)}`),
    "",
  ];
  appendFileSync(path, lines.join("\n"));
}
