import type { CheckResult } from "../claims/types.js";

/** Every verdict, in the order help lists them. */
export const VERDICTS = ["supported", "nuanced", "contradicted", "unverified", "opinion", "not_covered"] as const;

/** The mark in front of each verdict, in /check replies, fact checks and both helps. */
export const VERDICT_MARK: Record<CheckResult["verdict"], string> = {
  supported: "✅",
  nuanced: "⚠️",
  contradicted: "❌",
  unverified: "❓",
  opinion: "💬",
  not_covered: "➖",
};
