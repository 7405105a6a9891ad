import { readFileSync } from "node:fs";
import { runMain } from "../src/runMain.js";
import { benchEngine } from "./engine.js";
import { PeakRss } from "./stats.js";

/** npm run bench [-- questions.jsonl]: speed and memory, as medians of several runs (never one run). */
async function main(argv: string[]): Promise<void> {
  const file = argv.find((a) => !a.startsWith("--")) ?? "bench/questions.jsonl";
  const questions = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const rss = new PeakRss();
  const report: Record<string, unknown> = { questions: questions.length, node: process.version };
  const claims = readFileSync("bench/claims.jsonl", "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { claim: string }).claim);
  const only = flag(argv, "only");
  if (!only || only === "engine") report.engine = await benchEngine(questions, claims, rss);
  // Peak memory is the engine's (the bot's steady state); the stand-ins below live in this process too.
  report.peak_rss_mb = rss.mb;
  // Loaded only now, so discord.js and the stand-ins do not count in the engine's memory figure.
  if (!only || only === "discord") {
    const { benchDiscord } = await import("./discord.js");
    // Repeated questions (as in a busy server) are answered from memory; "fresh" computes every answer.
    report.discord = await benchDiscord(questions, rss);
    report.discord_fresh_answers = await benchDiscord(questions, rss, 0);
  }
  // HTTP interactions beside the gateway, measured in the same run (same machine moment, same stand-in).
  if (!only || only === "http") report.http = await (await import("./http.js")).benchHttp(questions);
  if (!only || only === "burst-ratio") {
    const { benchBurstRatio } = await import("./burstRatio.js");
    report.burst_ratio = await benchBurstRatio(questions, {
      cpuProfDir: flag(argv, "cpu-prof-dir"),
      reference: flag(argv, "reference"),
    });
  }
  if (!only || only === "llm") report.llm = await (await import("./llm.js")).benchLlm(questions);
  if (!only || only === "store") report.store = await (await import("./store.js")).benchStore();
  if (!only || only === "volume") report.volume = await (await import("./volume.js")).benchVolume();
  if (!only || only === "memory") report.memory = await (await import("./memory.js")).benchMemory(questions);
  if (!only || only === "faults") report.faults = await (await import("./faults.js")).benchFaults();
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

const flag = (argv: readonly string[], name: string) =>
  argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

void runMain(() => main(process.argv.slice(2)));
