import type { Corpus } from "../corpus/corpus.js";
import { isQuotable } from "../knowledge/types.js";
import { isVerbatim } from "../text/excerpts.js";
import { orderByCitation, renumberCitations } from "./citations.js";
import type { Draft } from "./draft.js";

/**
 * The last check before anything is shown, whoever drafted the answer: every excerpt must be word for word in its
 * file (else it is dropped and its citations go), and a phrase in quotation marks must be the words of a quoted
 * document (else the marks go: our notes are never passed off as a source's words). An answer left with no
 * excerpt is no answer.
 */
export function verifyDraft(draft: Draft, corpus: Corpus): { draft: Draft; dropped: number } {
  if (draft.declined) return { draft, dropped: 0 };
  const kept = draft.excerpts.flatMap((e, i) => (isVerbatim(corpus.docById, e) ? [i] : []));
  if (kept.length === 0) return { draft: { declined: true, reason: "off_topic" }, dropped: draft.excerpts.length };
  const excerpts = kept.map((i) => draft.excerpts[i]!);
  let answer = kept.length < draft.excerpts.length ? renumberCitations(draft.answer, kept) : draft.answer;
  // A model's prose may put quotation marks around anything; the extractive lines quote by kind already.
  const quotable = excerpts.filter((e) => isQuotable(e.kind)).map((e) => collapse(e.text));
  if (draft.mode === "generated")
    answer = answer.replace(/[“"]([^”"\n]{3,}?)[”"]/g, (whole, inner: string) =>
      quotable.some((q) => q.includes(collapse(inner))) ? whole : inner,
    );
  const ordered = orderByCitation(answer, excerpts);
  return {
    draft: { ...draft, answer: ordered.answer, excerpts: ordered.excerpts },
    dropped: draft.excerpts.length - kept.length,
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
