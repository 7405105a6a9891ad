import { VERDICT_LABEL } from "../claims/types.js";
import type { Verdict } from "../knowledge/claimsFile.js";
import type { KnowledgeDoc } from "../knowledge/types.js";
import { attribution } from "../text/attribution.js";
import type { Excerpt } from "../text/excerpts.js";

/**
 * The bot's own remarks under an answer, as codes of the message catalogue (src/messages/): each renderer words
 * them in the reader's language.
 */
export type RemarkCode =
  | "note.fallback"
  | "note.late"
  | "note.not_covered"
  | "note.shutdown"
  | "answer.read_as"
  | "answer.read_as_follow_up";

/** A remark's code and the values its message is filled in with. */
export interface Remark {
  code: RemarkCode;
  values: Readonly<Record<string, string>>;
}

/**
 * One line of an answer, as data: what it is, its words and what it cites. `cites` are 1-based numbers of the
 * answer's excerpts. Renderers choose the words around it (who says it, in which language); nothing reads it back
 * out of a sentence.
 */
export type AnswerLine =
  /** A document's words standing as the answer: the article or a source quoted, or our note on a source. */
  | {
      kind: "quote" | "note";
      text: string;
      /** Where the words stand in their file: `text === file.slice(start, end)`. */
      path: string;
      start: number;
      end: number;
      cites: number[];
    }
  /** The bot's fact check on a claim of the article the answer is about; `text` is the claims file's explanation. */
  | { kind: "fact_check"; verdict: Verdict; claimId: string; text: string; cites: number[] }
  /** A language model's prose, checked sentence by sentence; `text` keeps its [n] markers where they stand. */
  | { kind: "prose"; text: string; cites: number[] }
  /** The bot's own remark, a catalogue code with its values. */
  | ({ kind: "remark"; cites: [] } & Remark);

export type EvidenceLine = Extract<AnswerLine, { kind: "quote" | "note" }>;

/** An excerpt standing as a line of the answer, citing itself (`n`, 1-based). */
export function evidenceLineOf(e: Excerpt, n: number): EvidenceLine {
  return {
    kind: e.kind === "note" ? "note" : "quote",
    text: e.text,
    path: e.path,
    start: e.start,
    end: e.end,
    cites: [n],
  };
}

export const remarkLine = (code: RemarkCode, values: Record<string, string> = {}): AnswerLine => ({
  kind: "remark",
  code,
  values,
  cites: [],
});

const MARKER = /\s?\[(\d+)\]/g;

/** The [n] markers of prose, in order, each once. */
export function citesIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
}

/**
 * Points every line's citations at the excerpts' new numbers (`map`: old number to new), dropping citations whose
 * excerpt is gone; prose has its markers rewritten where they stand. A line left citing nothing it cited before goes
 * when it stood only for that excerpt (a quote or note).
 */
export function renumberLines(lines: readonly AnswerLine[], map: ReadonlyMap<number, number>): AnswerLine[] {
  return lines.flatMap((line): AnswerLine[] => {
    if (line.kind === "remark") return [line];
    const cites = line.cites.flatMap((n) => (map.has(n) ? [map.get(n)!] : []));
    if ((line.kind === "quote" || line.kind === "note") && cites.length === 0) return [];
    if (line.kind !== "prose") return [{ ...line, cites }];
    const text = line.text.replace(MARKER, (m, n: string) => {
      const to = map.get(Number(n));
      return to ? m.replace(n, String(to)) : "";
    });
    return [{ ...line, text, cites }];
  });
}

/** Numbers excerpts in the order the lines first cite them ([1] first), uncited excerpts last. */
export function orderLinesByCitation<T>(
  lines: readonly AnswerLine[],
  excerpts: readonly T[],
): { lines: AnswerLine[]; excerpts: T[] } {
  const order: number[] = [];
  for (const line of lines)
    for (const n of line.kind === "prose" ? citesIn(line.text) : line.cites) {
      const i = n - 1;
      if (i >= 0 && i < excerpts.length && !order.includes(i)) order.push(i);
    }
  for (let i = 0; i < excerpts.length; i++) if (!order.includes(i)) order.push(i);
  if (order.every((old, i) => old === i)) return { lines: [...lines], excerpts: [...excerpts] };
  const map = new Map(order.map((old, i) => [old + 1, i + 1]));
  return { lines: renumberLines(lines, map), excerpts: order.map((i) => excerpts[i]!) };
}

type DocInfo = Pick<KnowledgeDoc, "title" | "publisher" | "published" | "kind">;

/**
 * The answer's lines as one plain English text with [n] markers: what the CLI's `answer`, the evaluation's answer
 * lines, a model's view of an earlier turn and the logs read. Remarks are left out (they are about the answer, not
 * part of it). No renderer reads it: each words the lines itself.
 */
export function linesText(
  lines: readonly AnswerLine[],
  excerpts: readonly Excerpt[],
  docs: ReadonlyMap<string, DocInfo>,
): string {
  return lines
    .filter((line) => line.kind !== "remark")
    .map((line) => {
      const marks = line.cites.map((n) => ` [${n}]`).join("");
      if (line.kind === "prose") return line.text;
      if (line.kind === "fact_check") return `Fact check (${VERDICT_LABEL[line.verdict]}): ${line.text}${marks}`;
      const e = excerpts[line.cites[0]! - 1];
      const doc = e && docs.get(e.docId);
      if (!e || !doc) return `${line.text}${marks}`;
      const { lead, quoted } = attribution(e, doc);
      return `${lead} ${quoted ? `“${line.text}”` : line.text}${marks}`;
    })
    .join("\n");
}
