import type { Sentence } from "./types.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// The Unicode sentence rules break after these even when the sentence goes on ("on Jan. 24", "e.g. GPT-4").
// A lone capital is a middle initial ("Dean W. Ball"), matched case-sensitively.
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|No|Inc|Corp|Ltd|St|al|cf|Fig|Eq)\.\s*$/i;
const INITIAL = /\s[A-Z]\.\s*$/;

/**
 * Splits `text` (which starts at `offset` in its file) into whole sentences with exact file offsets.
 * Leading and trailing white space is left out of each sentence, so `file.slice(start, end) === text`.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const pieces: Array<{ start: number; end: number }> = [];
  for (const seg of segments(text)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const body = seg.segment.trim();
    if (body === "") continue;
    const start = seg.index + lead;
    const end = start + body.length;
    const prev = pieces.at(-1);
    const before = prev ? text.slice(prev.start, prev.end) : "";
    if (prev && (ABBREVIATION.test(before) || INITIAL.test(before))) prev.end = end;
    else pieces.push({ start, end });
  }
  return pieces.map(({ start, end }) => ({ text: text.slice(start, end), start: start + offset, end: end + offset }));
}

/** Characters handed to the segmenter at once: V8's segmenter takes time in proportion to the text for each segment. */
const WINDOW = 2_048;

/**
 * The segmenter's sentence segments of `text`, found a window at a time so that a long text costs time linear in its
 * length. Each window's last segment may be unfinished, so the next window starts at it; a window holding a single
 * segment is widened until the segment ends.
 */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const found = [...segmenter.segment(text.slice(from, end))];
    if (end < text.length && found.length < 2) {
      size *= 2;
      continue;
    }
    const complete = end < text.length ? found.slice(0, -1) : found;
    for (const seg of complete) yield { segment: seg.segment, index: seg.index + from };
    from += end < text.length ? found.at(-1)!.index : end - from;
    size = WINDOW;
  }
}
