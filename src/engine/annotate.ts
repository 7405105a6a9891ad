import type { ClaimChecker } from "../claims/checker.js";
import { containsSpan, type Docs, type Excerpt, isVerbatim } from "../text/excerpts.js";
import type { Understanding } from "../understanding/understand.js";
import { MAX_EXCERPTS } from "./compose.js";
import type { Draft } from "./draft.js";
import type { AnswerLine } from "./lines.js";

/**
 * Adds the bot's fact check when the answer is about one of the article's checked claims: the claim's article
 * words or its sources' words are among the excerpts, and the question is about that claim. One line, about the
 * same fact as the answer; the claim's evidence joins the excerpts if there is room, so both sides are shown.
 */
export function annotate(draft: Draft, u: Understanding, checker: ClaimChecker, docs: Docs): Draft {
  if (draft.declined) return draft;
  const match = checker.claimsFor(u, draft.excerpts)[0];
  if (!match) return draft;
  const { claim } = match;
  const excerpts = [...draft.excerpts];
  const cite = (e: Excerpt) => {
    // An excerpt showing the same words, or a longer one holding them (an article sentence holding the claim).
    let i = excerpts.findIndex((x) => containsSpan(x, e));
    if (i < 0 && excerpts.length < MAX_EXCERPTS && isVerbatim(docs, e)) i = excerpts.push(e) - 1;
    return i;
  };
  const cites = [cite(checker.articleExcerpt(claim)), ...checker.evidenceFor(claim.id).slice(0, 1).map(cite)]
    .filter((i, k, all) => i >= 0 && all.indexOf(i) === k)
    .map((i) => i + 1);
  const check: AnswerLine = {
    kind: "fact_check",
    verdict: claim.verdict,
    claimId: claim.id,
    text: claim.explanation,
    cites,
  };
  return { ...draft, excerpts, lines: [...draft.lines, check] };
}
