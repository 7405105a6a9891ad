import type { Quote } from "../engine/types.js";

export const VERDICTS = ["supported", "nuanced", "contradicted", "unverified", "opinion"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One checkable claim of the article, as written in knowledge/claims.yaml. */
export interface Claim {
  id: string;
  /** Verbatim span of the article. */
  claim: string;
  verdict: Verdict;
  explanation: string;
  references: string[];
  keywords: string[];
  /** Where the span sits in the article file. */
  start: number;
  end: number;
}

/** The outcome of checking one statement. */
export interface CheckResult {
  statement: string;
  verdict: Verdict | "not_covered";
  /** The known claim it matched, when it matched one. */
  claimId: string | null;
  explanation: string;
  /** The article's words (verified), when the statement matched one of its claims. */
  articleQuote: Quote | null;
  /** The references' words (verified), side by side with the article's. */
  referenceQuotes: Quote[];
}

export const VERDICT_LABEL: Record<CheckResult["verdict"], string> = {
  supported: "Supported",
  nuanced: "Needs nuance",
  contradicted: "Contradicted by the sources",
  unverified: "Unverified",
  opinion: "Opinion, not a checkable fact",
  not_covered: "Not covered by the sources",
};
