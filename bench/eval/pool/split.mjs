// Splits the written pool once, at random, into dev (60 %) and test (40 %). Run once, on the day the pool was
// written (2026-12-07); the seed is recorded so the split can be checked, never re-drawn to please a score.
import { readFileSync, writeFileSync } from "node:fs";

const SEED = 20261207;
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// node bench/eval/pool/split.mjs bench/eval/pool/written bench/eval/pool
const [from, to] = process.argv.slice(2);
for (const kind of ["questions", "claims"]) {
  const rows = ["A", "B", "C", "D"].flatMap((w) =>
    readFileSync(`${from}/${w}-${kind}.jsonl`, "utf8").split("\n").filter(Boolean),
  );
  const random = rng(SEED + (kind === "claims" ? 1 : 0));
  const shuffled = rows
    .map((r) => [random(), r])
    .sort((a, b) => a[0] - b[0])
    .map(([, r]) => r);
  const cut = Math.round(shuffled.length * 0.6);
  writeFileSync(`${to}/${kind}-dev.jsonl`, `${shuffled.slice(0, cut).join("\n")}\n`);
  writeFileSync(`${to}/${kind}-test.jsonl`, `${shuffled.slice(cut).join("\n")}\n`);
  console.log(kind, rows.length, "->", cut, shuffled.length - cut);
}
