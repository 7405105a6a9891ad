import type { ClaimChecker } from "../claims/checker.js";
import { VERDICT_LABEL } from "../claims/types.js";
import { MAX_QUOTES } from "./extractive.js";
import type { Quote } from "./types.js";

/**
 * When an answer quotes a part of the article that the claims file judges anything but supported, the answer says
 * so and shows the reference's words next to the article's, so a reader is not left with the article's version.
 */
export function annotateClaims(answer: string, quotes: readonly Quote[], checker: ClaimChecker): { answer: string; quotes: Quote[] } {
  const out = [...quotes];
  const lines: string[] = [];
  for (const { claim, evidence } of checker.claimsWithin(quotes)) {
    if (claim.verdict === "supported") continue;
    const same = (a: Quote, b: Quote) => a.path === b.path && a.start === b.start && a.end === b.end;
    const ev = evidence[0];
    let marker = "";
    if (ev) {
      let at = out.findIndex((q) => same(q, ev));
      if (at < 0 && out.length < MAX_QUOTES) at = out.push(ev) - 1;
      if (at >= 0) marker = ` [${at + 1}]`;
    }
    lines.push(`Fact check (${VERDICT_LABEL[claim.verdict]}): ${claim.explanation}${marker}`);
  }
  return { answer: lines.length ? `${answer}\n${lines.join("\n")}` : answer, quotes: out };
}
