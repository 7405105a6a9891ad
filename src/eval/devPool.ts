import type { Decision } from "../fit/decisions.js";

/** The files `npm run train` fits on, and the ✅ decision's leave-one-file-out check reads the claims of. */
export const DEV_POOL = [
  "bench/eval/pool/questions-dev.jsonl",
  "bench/eval/questions-casual-dev.jsonl",
  "bench/eval/followups-dev.jsonl",
  // Sets written after earlier work and scored once each: spent, so they teach now (their READMEs say since when).
  "bench/eval/fresh/questions-fresh.jsonl",
  "bench/eval/fresh2/questions-fresh2.jsonl",
  "bench/eval/fresh3/questions-fresh3.jsonl",
  "bench/eval/fresh4/questions-fresh4.jsonl",
  "bench/eval/fresh5/questions-fresh5.jsonl",
  "bench/eval/fresh6/questions-fresh6.jsonl",
  "bench/eval/fresh7/questions-fresh7.jsonl",
  "bench/eval/fresh8/questions-fresh8.jsonl",
  "bench/eval/pool/claims-dev.jsonl",
  "bench/eval/claims-chat-dev.jsonl",
  "bench/eval/fresh/claims-fresh.jsonl",
  "bench/eval/fresh2/claims-fresh2.jsonl",
  "bench/eval/fresh3/claims-fresh3.jsonl",
  "bench/eval/fresh4/claims-fresh4.jsonl",
  "bench/eval/fresh5/claims-fresh5.jsonl",
  "bench/eval/fresh6/claims-fresh6.jsonl",
  "bench/eval/fresh7/claims-fresh7.jsonl",
  "bench/eval/fresh8/claims-fresh8.jsonl",
];

/** A decision that acts on everything: what a fit starts from, so that every case is seen with its features. */
export const ACT_ALWAYS: Decision = { model: { features: [], weights: [], bias: 0, mean: [], std: [] }, threshold: 0 };
