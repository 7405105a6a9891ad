import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "../src/corpus/corpus.js";
import { createEngine } from "../src/engine/engine.js";
import { openKeptReadings } from "../src/understanding/keptReadings.js";
import { median, type PeakRss, percentile, round } from "./stats.js";

/**
 * The engine without a model: load + index time (the knowledge files, synonyms, asked: lists and claims, read,
 * validated and indexed, and the engine built on them), per-answer latency and answers per second (one event loop,
 * so one core), each as the median of several runs.
 */
export async function benchEngine(
  questions: readonly string[],
  claims: readonly string[],
  rss: PeakRss,
  runs = 5,
  repeat = 40,
) {
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    createEngine({ corpus: await loadCorpus("knowledge") });
    loads.push(performance.now() - t);
    rss.sample();
  }
  // The same with the readings kept by an earlier start (CACHE_DIR), as every start after a machine's first has them.
  const cache = mkdtempSync(join(tmpdir(), "storybot-bench-cache-"));
  const code = fileURLToPath(new URL("../src/", import.meta.url));
  const kept = () => openKeptReadings(cache, "knowledge", code);
  createEngine({ corpus: await loadCorpus("knowledge"), readings: kept() });
  const keptLoads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    createEngine({ corpus: await loadCorpus("knowledge"), readings: kept() });
    keptLoads.push(performance.now() - t);
  }
  // Every answer computed afresh: the memo of repeated questions is measured separately below.
  const corpus = await loadCorpus("knowledge");
  const engine = createEngine({ corpus, memoSize: 0 });
  for (const q of questions) await engine.answer(q); // warm the JIT before timing
  const p50s: number[] = [];
  const p95s: number[] = [];
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < runs; r++) {
    const times: number[] = [];
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < repeat; i++) {
      for (const q of questions) {
        const t = performance.now();
        await engine.answer(q);
        times.push(performance.now() - t);
      }
    }
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(cpu);
    rss.sample();
    p50s.push(percentile(times, 50));
    p95s.push(percentile(times, 95));
    rates.push((times.length / elapsed) * 1000);
    // On a shared machine the wall clock counts the time others held the core; CPU time counts only ours.
    cpuRates.push((times.length / ((used.user + used.system) / 1000)) * 1000);
  }
  const warm = createEngine({ corpus });
  for (const q of questions) await warm.answer(q);
  const warmStart = performance.now();
  for (let i = 0; i < repeat; i++) for (const q of questions) await warm.answer(q);
  const warmRate = ((repeat * questions.length) / (performance.now() - warmStart)) * 1000;
  const summaryStart = performance.now();
  engine.summary();
  const summaryMs = performance.now() - summaryStart;
  const checkP50: number[] = [];
  const checkP95: number[] = [];
  for (let r = 0; r < runs; r++) {
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      for (const c of claims) {
        const t = performance.now();
        engine.check(c);
        times.push(performance.now() - t);
      }
    }
    checkP50.push(percentile(times, 50));
    checkP95.push(percentile(times, 95));
  }
  return {
    load_index_ms: round(median(loads)),
    load_index_kept_readings_ms: round(median(keptLoads)),
    answer_ms: { p50: round(median(p50s), 3), p95: round(median(p95s), 3) },
    answers_per_second: Math.round(median(rates)),
    answers_per_cpu_second: Math.round(median(cpuRates)),
    repeated_questions_per_second: Math.round(warmRate),
    summary_first_build_ms: round(summaryMs),
    check_ms: { p50: round(median(checkP50), 3), p95: round(median(checkP95), 3) },
    runs,
    answers_per_run: repeat * questions.length,
  };
}
