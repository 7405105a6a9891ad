import type { Corpus } from "../corpus/corpus.js";
import { isQuotable } from "../knowledge/types.js";
import { once } from "../once.js";
import { isVerbatim } from "../text/excerpts.js";
import type { Draft } from "./draft.js";
import { orderLinesByCitation, renumberLines } from "./lines.js";

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
  const lines =
    kept.length < draft.excerpts.length
      ? renumberLines(draft.lines, new Map(kept.map((old, i) => [old + 1, i + 1])))
      : draft.lines;
  // A model's prose may put quotation marks around anything; the extractive lines quote by kind already, so the
  // quotable excerpts are read only when a prose line has quotation marks to check.
  const quotable = once(() => excerpts.filter((e) => isQuotable(e.kind)).map((e) => collapse(e.text)));
  const unquoted = lines.map((line) =>
    line.kind === "prose"
      ? {
          ...line,
          text: line.text.replace(/[“"]([^”"\n]{3,}?)[”"]/g, (whole, inner: string) =>
            quotable().some((q) => q.includes(collapse(inner))) ? whole : inner,
          ),
        }
      : line,
  );
  const ordered = orderLinesByCitation(unquoted, excerpts);
  return {
    draft: { ...draft, lines: ordered.lines, excerpts: ordered.excerpts },
    dropped: draft.excerpts.length - kept.length,
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
