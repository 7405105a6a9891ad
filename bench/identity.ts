import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { runMain } from "../src/runMain.js";

/**
 * Proof that a change made for speed changes no answer: every question and claim of the eval sets (each line read
 * both as a question and as a claim), through this build's engine and through another build's (`--against=<its
 * dist folder>`, e.g. a worktree of the commit before), compared field by field, timings aside. Each line is asked
 * twice here, so an answer remembered or computed from a cache is compared too. Prints every difference; exit
 * code 1 when there is one.
 *
 *   npm run build && node dist/bench/identity.js --against=/tmp/base/dist
 */
const FILES = [
  "bench/eval/questions-casual-dev.jsonl",
  "bench/eval/pool/questions-dev.jsonl",
  "bench/eval/claims-chat-dev.jsonl",
  "bench/eval/pool/claims-dev.jsonl",
];

interface EngineLike {
  answer(question: string): Promise<Record<string, unknown>>;
  check(text: string): unknown;
  summary(): unknown;
}

async function engineFrom(dist: string): Promise<EngineLike> {
  const { loadCorpus } = await import(`${dist}/src/corpus/corpus.js`);
  const { createEngine } = await import(`${dist}/src/engine/engine.js`);
  return createEngine({ corpus: await loadCorpus("knowledge") });
}

/** What an engine says about one text: its answer (without the timings, which differ every run) and its check. */
async function outputOf(engine: EngineLike, text: string) {
  const { timings: _, ...answer } = await engine.answer(text);
  return JSON.parse(JSON.stringify({ answer, check: engine.check(text) }));
}

async function main(argv: string[]): Promise<void> {
  const against = argv.find((a) => a.startsWith("--against="))?.slice("--against=".length);
  if (!against) throw new Error("usage: node dist/bench/identity.js --against=<another build's dist folder>");
  const texts = FILES.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { question?: string; claim?: string })
      .map((row) => row.question ?? row.claim ?? ""),
  );
  const ours = await engineFrom(new URL("..", import.meta.url).pathname);
  const theirs = await engineFrom(against.replace(/\/$/, ""));
  let differences = 0;
  const report = (text: string, what: string, a: unknown, b: unknown) => {
    differences++;
    process.stdout.write(`${JSON.stringify({ text, what, ours: a, theirs: b })}\n`);
  };
  for (const pass of ["first", "again"]) {
    for (const text of texts) {
      const [a, b] = [await outputOf(ours, text), await outputOf(theirs, text)];
      if (!isDeepStrictEqual(a.answer, b.answer)) report(text, `answer (${pass})`, a.answer, b.answer);
      if (!isDeepStrictEqual(a.check, b.check)) report(text, `check (${pass})`, a.check, b.check);
    }
  }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(ours.summary())), JSON.parse(JSON.stringify(theirs.summary()))))
    report("", "summary", ours.summary(), theirs.summary());
  process.stdout.write(`${JSON.stringify({ texts: texts.length, passes: 2, differences })}\n`);
  if (differences > 0) process.exitCode = 1;
}

void runMain(() => main(process.argv.slice(2)));
