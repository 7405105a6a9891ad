import type { ComposeParts, ComposeStep, Retrieved } from "./chain.js";
import { composeExtractive } from "./compose.js";

/** The default compose step: the extractive answer. */
export function composeStep({ corpus, decision }: ComposeParts): ComposeStep {
  return (s: Retrieved) => composeExtractive(s.understanding, s.context, corpus, decision);
}
