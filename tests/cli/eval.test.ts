import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEntryPoint } from "../helpers/entryPoint.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

async function files(contents: Record<string, string[]>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), "storybot-eval-"));
  return Promise.all(
    Object.entries(contents).map(async ([name, lines]) => {
      await writeFile(join(dir, name), `${lines.join("\n")}\n`);
      return join(dir, name);
    }),
  );
}

describe("npm run eval", () => {
  it("scores several files at once, each on its own and all together", async () => {
    const [questions, claims] = await files({
      "questions.jsonl": [
        JSON.stringify({
          id: "q1",
          question: "how many H800 GPUs did the lab use?",
          in_scope: true,
          expect: ["2,048"],
        }),
        JSON.stringify({ id: "q2", question: "best lasagna recipe?", in_scope: false, expect: [] }),
      ],
      "claims.jsonl": [
        JSON.stringify({ id: "c1", claim: "the weather in Paris is sunny today", verdict: "not_covered" }),
      ],
    });
    const { code, stdout, stderr } = await runEntryPoint(
      "src/eval/run.ts",
      { KNOWLEDGE_DIR: FIXTURE },
      { args: [questions!, claims!, "--json"] },
    ).exited;
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([questions, claims]);
    expect(report.files[0]).toMatchObject({
      cases: 2,
      answer_accuracy: 1,
      answer_lead_accuracy: 1,
      decline_accuracy: 1,
    });
    expect(report.files[1]).toMatchObject({ cases: 1, verdict_accuracy: 1 });
    expect(report.total.questions).toMatchObject({ cases: 2, answer_lead_accuracy: 1 });
    expect(report.total.claims).toMatchObject({ cases: 1, verdict_accuracy: 1 });
  });
});
