import { isModelInstruction } from "./instructions.js";
import { splitSentences } from "./sentences.js";
import type { KnowledgeDoc, Passage } from "./types.js";

export interface ChunkOptions {
  /**
   * No passage is longer than this. Longer paragraphs are cut between sentences; a single sentence longer than this
   * is cut at a clause, or else at a word (the passage is then marked `cutMidSentence`).
   */
  maxChars: number;
  /** Shorter paragraphs (a date line, a lone label) join the next one under the same heading. */
  minChars: number;
}

const DEFAULTS: ChunkOptions = { maxChars: 900, minChars: 60 };
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_MARKER = /^(\s*(?:[-*+]|\d+[.)])\s+|\s*>\s?)/;
const SENTENCE_END = /[.!?:;"'\u201d)\]]/;

interface Unit {
  start: number;
  end: number;
  heading: string | null;
  /** Units in the same block (no blank line or heading between) may be merged. */
  block: number;
  /** The units merged into this one: each is split into sentences on its own. */
  parts?: Array<{ start: number; end: number }>;
  /** The unit has a word of two letters or more (a dateline has none). */
  worded: boolean;
}

/**
 * Cuts a document's body into passages of whole sentences. A passage is a paragraph, a list item, or a line that
 * ends a sentence (the article puts one paragraph per line); each records its heading and exact file offsets.
 */
export function chunkDocument(doc: KnowledgeDoc, options: Partial<ChunkOptions> = {}): Passage[] {
  const opts = { ...DEFAULTS, ...options };
  const units = findUnits(doc.text, doc.bodyStart, doc.hidden);
  const merged: Unit[] = [];
  for (const unit of units) {
    const prev = merged.at(-1);
    if (prev && prev.block === unit.block && prev.end - prev.start < opts.minChars) {
      prev.parts = [...(prev.parts ?? [{ start: prev.start, end: prev.end }]), { start: unit.start, end: unit.end }];
      prev.end = unit.end;
    } else merged.push({ ...unit });
  }
  const passages: Passage[] = [];
  for (const unit of merged) {
    for (const span of splitLong(doc.text, unit, opts.maxChars)) {
      const text = doc.text.slice(span.start, span.end);
      // A dateline and the sentence after it are two sentences, though no full stop parts them.
      const parts = (unit.parts ?? [span]).filter((p) => p.start < span.end && span.start < p.end);
      passages.push({
        ...(span.cut ? { cutMidSentence: true } : {}),
        id: `${doc.id}#${passages.length + 1}`,
        docId: doc.id,
        heading: unit.heading,
        text,
        start: span.start,
        end: span.end,
        // An order to a language model written into a file is never evidence: it is no sentence to quote or check.
        sentences: parts
          .flatMap((p) =>
            splitSentences(
              doc.text.slice(Math.max(p.start, span.start), Math.min(p.end, span.end)),
              Math.max(p.start, span.start),
            ),
          )
          .flatMap((s) => stripMarkers(doc.text, s))
          .filter((s) => !isModelInstruction(s.text)),
      });
    }
  }
  return passages;
}

function findUnits(text: string, bodyStart: number, hidden: KnowledgeDoc["hidden"]): Unit[] {
  const units: Unit[] = [];
  let heading: string | null = null;
  let block = 0;
  let open: Unit | null = null;
  let pos = bodyStart;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, "");
    const contentEnd = pos + line.trimEnd().length;
    const h = HEADING.exec(line);
    // asked: lists are questions about the text, not text: they end a block like a blank line.
    const isHidden = hidden.some((span) => pos >= span.start && pos < span.end);
    if (line.trim() === "" || h || isHidden) {
      open = null;
      block++;
      if (h) heading = h[2] ?? null;
    } else {
      const isItem = LIST_MARKER.test(line) && !/^\s*>/.test(line);
      // A line without words (a dateline: "01/27 2025 381") stands alone; it is no hard-wrapped sentence. Only the
      // open paragraph's last character is looked at, so a long hard-wrapped paragraph costs time linear in its length.
      const worded = /\p{L}{2,}/u.test(line);
      if (open && !isItem && worded && open.worded && !SENTENCE_END.test(text.charAt(open.end - 1))) {
        open.end = contentEnd; // a hard-wrapped paragraph continues
      } else {
        const lead = line.length - line.trimStart().length;
        open = { start: pos + lead, end: contentEnd, heading, block, worded };
        units.push(open);
      }
    }
    pos = lineEnd + 1;
  }
  return units;
}

type Span = { start: number; end: number; cut?: boolean };

function splitLong(text: string, unit: Unit, maxChars: number): Span[] {
  if (unit.end - unit.start <= maxChars) return [unit];
  const spans: Span[] = [];
  let current: Span | null = null;
  for (const sentence of splitSentences(text.slice(unit.start, unit.end), unit.start)) {
    const pieces: Span[] =
      sentence.end - sentence.start > maxChars ? cutSentence(text, sentence, maxChars) : [sentence];
    for (const s of pieces) {
      if (current && (s.end - current.start > maxChars || s.cut || current.cut)) {
        spans.push(current);
        current = null;
      }
      current = current
        ? { start: current.start, end: s.end }
        : { start: s.start, end: s.end, ...(s.cut ? { cut: true } : {}) };
    }
  }
  if (current) spans.push(current);
  return spans;
}

/** Clause ends a long sentence may be cut after: a comma, semicolon, colon or dash, followed by a space. */
const CLAUSE_END = /[,;:\u2013\u2014)](?=\s)/g;

/**
 * Cuts a sentence longer than `maxChars` into pieces that fit, each ending at the last clause end that leaves it at
 * least half full, else at the last space, else (one unbroken word) at `maxChars`. Offsets stay exact.
 */
function cutSentence(text: string, s: Span, maxChars: number): Span[] {
  const pieces: Span[] = [];
  let start = s.start;
  while (s.end - start > maxChars) {
    const window = text.slice(start, start + maxChars);
    let cut = -1;
    CLAUSE_END.lastIndex = Math.floor(maxChars / 2);
    for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) cut = m.index + 1;
    if (cut < 0) {
      const space = window.search(/\s\S*$/);
      cut = space > 0 ? space : maxChars;
    }
    // Never split a surrogate pair.
    if (/[\ud800-\udbff]/.test(text.charAt(start + cut - 1))) cut--;
    const end = start + window.slice(0, cut).trimEnd().length;
    if (end > start) pieces.push({ start, end, cut: true });
    start = start + cut;
    while (start < s.end && /\s/.test(text.charAt(start))) start++;
  }
  if (start < s.end) pieces.push({ start, end: s.end, cut: true });
  return pieces;
}

/** A sentence must not begin with a list bullet or quote marker: the quote would not read as prose. */
function stripMarkers(text: string, s: { text: string; start: number; end: number }) {
  const m = LIST_MARKER.exec(s.text);
  if (!m) return [s];
  const start = s.start + m[0].length;
  return start < s.end ? [{ text: text.slice(start, s.end), start, end: s.end }] : [];
}
