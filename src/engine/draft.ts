import type { Excerpt } from "../text/excerpts.js";
import type { AnswerLine } from "./lines.js";
import type { DeclineReason } from "./types.js";

/** What the compose step produces; excerpts are verified against the files afterwards, whoever wrote them. */
export type Draft =
  | {
      declined: false;
      lines: AnswerLine[];
      excerpts: Excerpt[];
      mode: "extractive" | "generated";
      confidence?: Confidence;
    }
  | { declined: true; reason: DeclineReason; confidence?: Confidence };

/** How sure the fitted decision was that the composed answer is right, and the features it weighed. */
export interface Confidence {
  p: number;
  features: Record<string, number>;
}
