import type { Excerpt } from "../text/excerpts.js";
import type { DeclineReason } from "./types.js";

/** What the compose step produces; excerpts are verified against the files afterwards, whoever wrote them. */
export type Draft =
  | { declined: false; answer: string; excerpts: Excerpt[]; mode: "extractive" | "generated"; notes?: string[] }
  | { declined: true; reason: DeclineReason };
