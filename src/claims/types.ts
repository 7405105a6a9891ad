import type { Verdict } from "../knowledge/claimsFile.js";
import { EN, type MessageKey } from "../messages/en.js";
import type { Excerpt } from "../text/excerpts.js";

export type { Claim, Verdict } from "../knowledge/claimsFile.js";

/** The outcome of checking one statement. */
export interface CheckResult {
  statement: string;
  verdict: Verdict | "not_covered";
  /** The known claim it matched, when it matched one. */
  claimId: string | null;
  explanation: string;
  /**
   * When the explanation is the checker's own fixed wording (not a claim's from claims.yaml): its catalogue code, so
   * a renderer can say it in the reader's language.
   */
  explanationCode?: ExplanationCode;
  /** The article's words (verified), when the statement matched one of its claims. */
  articleExcerpt: Excerpt | null;
  /** What the sources say (verified excerpts: notes shown as our notes), side by side with the article's. */
  evidence: Excerpt[];
  /** For a ✅ weighed by the fitted verdict: how sure it was, and the features it weighed. */
  confidence?: { p: number; features: Record<string, number> };
}

/** The checker's own explanations in the message catalogue. */
export type ExplanationCode = Extract<MessageKey, `explanation.${string}`>;

/** The verdicts on a message: one per statement checked, and how many statements were left unchecked. */
export interface CheckReport {
  results: CheckResult[];
  unchecked: number;
}

/** Each verdict's name in English (answers, the console); Discord shows it in the reader's language. */
export const VERDICT_LABEL: Record<CheckResult["verdict"], string> = {
  supported: EN["verdict.supported"],
  nuanced: EN["verdict.nuanced"],
  contradicted: EN["verdict.contradicted"],
  unverified: EN["verdict.unverified"],
  opinion: EN["verdict.opinion"],
  not_covered: EN["verdict.not_covered"],
};
