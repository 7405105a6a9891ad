import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Where a profiled burst's time went: `npm run bench -- --only=burst-ratio --cpu-prof-dir=DIR` writes storybot's CPU
 * profile and the bursts' time windows into DIR/storybot (and the reference's into DIR/storybot_reference); this
 * prints the functions with the most self time within those windows, in ms per interaction.
 * `node dist/bench/profileTop.js DIR/storybot [rows]`. A profile without a windows file
 * (the engine's, say) is read whole: `node dist/bench/profileTop.js FILE.cpuprofile [rows] [units]`.
 */
interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [target, rowsArg, unitsArg] = process.argv.slice(2);
if (!target) throw new Error("usage: node dist/bench/profileTop.js <profile dir | .cpuprofile> [rows] [units]");
const rows = Number(rowsArg ?? 20);
const inDir = !target.endsWith(".cpuprofile");
const file = inDir ? join(target, readdirSync(target).find((f) => /^CPU\.\d+\.\d+\.\d+\.0\./.test(f))!) : target;
const windows = inDir
  ? (JSON.parse(readFileSync(join(target, "bursts.json"), "utf8")) as {
      interactions: number;
      bursts: Array<[number, number]>;
    })
  : null;
const units = windows ? windows.interactions * windows.bursts.length : Number(unitsArg ?? 1);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const within = (t: number) => !windows || windows.bursts.some(([from, to]) => t >= from && t <= to);
const self = new Map<string, number>();
let at = profile.startTime;
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  at += delta;
  if (!within(at)) return;
  const f = frames.get(id)!;
  const where = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*?\/(dist|node_modules)\//, "$1/")}:${f.lineNumber + 1}`;
  self.set(where, (self.get(where) ?? 0) + delta);
  total += delta;
});
const ms = (us: number) => (us / 1000).toFixed(3);
process.stdout.write(`${ms(total / units)} ms per unit (${units} units, ${ms(total)} ms sampled)\n`);
for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows))
  process.stdout.write(`${ms(us / units).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${where}\n`);
