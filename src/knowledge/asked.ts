import { askedQuestion } from "./frontMatter.js";
import type { AskedQuestion, LineProblem, Span } from "./types.js";

/** asked: problems always name their line. */
type AskedProblem = Required<LineProblem>;

export interface BodyAsked {
  questions: AskedQuestion[];
  /** The lists' own lines, which are not content. */
  hidden: Span[];
  problems: AskedProblem[];
}

const HEADING = /^#{1,6}\s/;
const OPENER = /^asked:\s*(.*)$/;
const ITEM = /^\s*-\s?(.*)$/;

/**
 * Reads the asked: lists of a note's body: each sits under a section heading and applies to that whole section.
 * Problems name the line, so a malformed list stops start-up with a message a person can act on.
 */
export function parseBodyAsked(text: string, bodyStart: number, docId: string): BodyAsked {
  const lines = linesOf(text, bodyStart);
  const out: BodyAsked = { questions: [], hidden: [], problems: [] };
  const headings = lines.filter((l) => HEADING.test(l.text));
  const sectionAt = (offset: number): Span | null => {
    const h = headings.filter((x) => x.start <= offset).at(-1);
    if (!h) return null;
    const next = headings.find((x) => x.start > h.start && level(x.text) <= level(h.text));
    return { start: h.start, end: next ? next.start : text.length };
  };
  const listed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const opener = OPENER.exec(lines[i]!.text);
    if (!opener) continue;
    const at = lines[i]!;
    if (opener[1]) {
      out.problems.push({
        line: at.number,
        problem: "write each question of an asked: list on its own line, starting with '- '",
      });
      continue;
    }
    const section = sectionAt(at.start);
    if (!section) {
      out.problems.push({ line: at.number, problem: "an asked: list must sit under a section heading" });
      continue;
    }
    if (listed.has(section.start))
      out.problems.push({ line: at.number, problem: "a second asked: list in the same section" });
    listed.add(section.start);
    let j = i + 1;
    let items = 0;
    for (; j < lines.length && lines[j]!.text.trim() !== "" && !HEADING.test(lines[j]!.text); j++) {
      const line = lines[j]!;
      const item = ITEM.exec(line.text);
      if (!item) {
        out.problems.push({
          line: line.number,
          problem: "expected '- question' in the asked: list (end the list with a blank line)",
        });
        continue;
      }
      items++;
      const checked = askedQuestion.safeParse(item[1]);
      if (!checked.success)
        out.problems.push({
          line: line.number,
          problem: `the question ${checked.error.issues[0]?.message ?? "is not valid"}`,
        });
      else out.questions.push({ text: checked.data, docId, target: section, line: line.number });
    }
    if (items === 0) {
      out.problems.push({ line: at.number, problem: "the asked: list has no questions" });
    }
    const end = j < lines.length ? lines[j]!.start : text.length;
    out.hidden.push({ start: at.start, end });
    i = j - 1;
  }
  return out;
}

/**
 * Ties the front matter's asked: entries (article and sources, whose bodies stay verbatim) to their paragraphs: the
 * phrase must be found exactly once in the body.
 */
export function anchorParagraphAsked(
  entries: ReadonlyArray<{ paragraph: string; questions: readonly string[] }>,
  text: string,
  bodyStart: number,
  docId: string,
  lineOf: (entry: number, question?: number) => number | undefined,
): { questions: AskedQuestion[]; problems: AskedProblem[] } {
  const questions: AskedQuestion[] = [];
  const problems: AskedProblem[] = [];
  entries.forEach((entry, i) => {
    const at = text.indexOf(entry.paragraph, bodyStart);
    const line = lineOf(i) ?? 1;
    if (at < 0) {
      problems.push({ line, problem: `the paragraph phrase "${entry.paragraph}" is not word for word in the body` });
      return;
    }
    if (text.indexOf(entry.paragraph, at + 1) >= 0) {
      problems.push({
        line,
        problem: `the paragraph phrase "${entry.paragraph}" occurs more than once; quote more of the paragraph`,
      });
      return;
    }
    const target = { start: at, end: at + entry.paragraph.length };
    entry.questions.forEach((q, k) => {
      questions.push({ text: q, docId, target, line: lineOf(i, k) ?? line });
    });
  });
  return { questions, problems };
}

interface Line {
  text: string;
  start: number;
  number: number;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let number = text.slice(0, from).split("\n").length;
  let pos = from;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(pos, end).replace(/\r$/, ""), start: pos, number });
    number++;
    pos = end + 1;
  }
  return lines;
}

function level(heading: string): number {
  return /^#+/.exec(heading)?.[0].length ?? 7;
}
