import type { CheckReport } from "../claims/types.js";
import type { Answer } from "../engine/types.js";
import type { Recorded } from "./reply.js";

/** An answer as the question log keeps it. */
export function recordAnswer(answer: Answer): Recorded {
  return {
    command: "ask",
    text: answer.question,
    mode: answer.mode,
    declined: answer.declined,
    declineReason: answer.declined ? (answer.declineReason ?? "unknown") : null,
    docs: [...new Set(answer.excerpts.map((e) => e.docId))],
  };
}

/** A fact check as the question log keeps it: declined when no statement in it could be checked. */
export function recordCheck(command: string, text: string, report: CheckReport | null, reason?: string): Recorded {
  const excerpts = report?.results.flatMap((r) => [...(r.articleExcerpt ? [r.articleExcerpt] : []), ...r.evidence]);
  const checked = (report?.results.length ?? 0) > 0;
  return {
    command,
    text,
    mode: "extractive",
    declined: !checked,
    declineReason: checked ? null : (reason ?? "not_checkable"),
    docs: [...new Set((excerpts ?? []).map((e) => e.docId))],
  };
}
