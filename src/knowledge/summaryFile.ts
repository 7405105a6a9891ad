import type { Claim } from "./claimsFile.js";
import type { FileProblem, KnowledgeDoc } from "./types.js";

export const SUMMARY_FILE = "summary.md";
/** A catch-up is read in one go on a phone: few bullets, and little enough text to fit one message with room to spare. */
export const SUMMARY_MAX_BULLETS = 8;
/** The written words (title, headings, bullets); citation marks and the footer bring the message to under 1,800. */
const SUMMARY_MAX_CHARS = 1_500;
const DEFAULT_TITLE = "Catching up on the story";

/** What a bullet rests on: a phrase of the article, a section of a note, or a claim of claims.yaml. */
export type SummaryCitation =
  | { kind: "article"; docId: string; text: string; start: number; end: number }
  | { kind: "note"; docId: string; section: string }
  | { kind: "claim"; id: string };

export interface SummaryBulletFile {
  /** In our words, never quoted. */
  text: string;
  line: number;
  cites: SummaryCitation[];
}

/** knowledge/summary.md, read and checked: the catch-up an editor wrote, each bullet with what it rests on. */
export interface SummaryFile {
  title: string;
  sections: Array<{ heading: string; bullets: SummaryBulletFile[] }>;
}

const CITATION = /^ {2,}- (article|note|claim):\s*(.*?)\s*$/;
const QUOTED = /^"(.+)"$/;
const NOTE_CITE = /^([a-z0-9][a-z0-9-]*)\s+"(.+)"$/;

/**
 * Parses the summary file and checks it against the loaded knowledge: every article phrase must be word for word in
 * the article, every note section must exist, every claim id must be in claims.yaml. A bullet that cites an article
 * phrase holding a claim the sources do not simply support must cite that claim too, so the correction stands beside
 * it, and a bullet citing such a claim must cite a note. Problems name the line.
 */
export function parseSummary(
  path: string,
  text: string,
  docs: readonly KnowledgeDoc[],
  claims: readonly Claim[],
): { summary: SummaryFile | null; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file: path, line, problem: message });
  const summary: SummaryFile = { title: DEFAULT_TITLE, sections: [] };
  const lines = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")).split(/\r?\n/);
  let bullet: SummaryBulletFile | null = null;
  let titled = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const section = summary.sections.at(-1);
    const title = /^# (.+)$/.exec(raw);
    const heading = /^## (.+)$/.exec(raw);
    const item = /^- (.+)$/.exec(raw);
    const citation = CITATION.exec(raw);
    if (title && !titled && summary.sections.length === 0) {
      summary.title = title[1]!.trim();
      titled = true;
    } else if (heading) {
      summary.sections.push({ heading: heading[1]!.trim(), bullets: [] });
      bullet = null;
    } else if (item) {
      if (!section) {
        problem(line, "a bullet needs a '## heading' above it");
        return;
      }
      bullet = { text: item[1]!.trim(), line, cites: [] };
      section.bullets.push(bullet);
    } else if (citation) {
      if (!bullet) {
        problem(line, "a citation must come under a bullet");
        return;
      }
      const cite = readCitation(citation[1]!, citation[2]!, docs, claims);
      if (typeof cite === "string") problem(line, cite);
      else bullet.cites.push(cite);
    } else if (/^ {2,}\S/.test(raw) && bullet && bullet.cites.length === 0) {
      bullet.text = `${bullet.text} ${raw.trim()}`;
    } else {
      problem(
        line,
        "expected '# title', '## heading', '- bullet' or an indented '- article:', '- note:' or '- claim:' citation",
      );
    }
  });

  const bullets = summary.sections.flatMap((s) => s.bullets);
  if (bullets.length === 0) problem(1, "the summary has no bullets");
  if (bullets.length > SUMMARY_MAX_BULLETS)
    problem(1, `the summary has ${bullets.length} bullets; keep it to ${SUMMARY_MAX_BULLETS}`);
  for (const s of summary.sections) if (s.bullets.length === 0) problem(1, `section "${s.heading}" has no bullets`);
  const chars = [summary.title, ...summary.sections.map((s) => s.heading), ...bullets.map((b) => b.text)].join(
    "",
  ).length;
  if (chars > SUMMARY_MAX_CHARS)
    problem(1, `the summary's text is ${chars} characters; keep it under ${SUMMARY_MAX_CHARS} so it fits one message`);
  for (const b of bullets)
    if (b.cites.length === 0)
      problem(b.line, "the bullet cites nothing: add the article phrase, note section or claim it rests on");
  for (const b of bullets) for (const p of correctionProblems(b, claims)) problem(b.line, p);
  // The article has no address to link, so a reader sees no mark for it: the bullet must say it in words.
  for (const b of bullets)
    if (b.cites.some((c) => c.kind === "article") && !/\barticle\b/i.test(b.text))
      problem(b.line, 'cites the article but does not say so: name it ("the article says…")');
  return problems.length ? { summary: null, problems } : { summary, problems };
}

function readCitation(
  kind: string,
  value: string,
  docs: readonly KnowledgeDoc[],
  claims: readonly Claim[],
): SummaryCitation | string {
  if (kind === "claim")
    return claims.some((c) => c.id === value)
      ? { kind: "claim", id: value }
      : `"${value}" is not the id of a claim in claims.yaml`;
  if (kind === "article") {
    const phrase = QUOTED.exec(value)?.[1];
    const article = docs.find((d) => d.kind === "article");
    if (!phrase) return "an article citation is a phrase copied from the article, in double quotes";
    if (!article) return "cites the article, but there is no knowledge file with kind: article";
    const start = article.text.indexOf(phrase, article.bodyStart);
    if (start < 0) return `"${phrase}" is not word for word in the article`;
    return { kind: "article", docId: article.id, text: phrase, start, end: start + phrase.length };
  }
  const m = NOTE_CITE.exec(value);
  if (!m) return 'a note citation is the note\'s id and a section heading in double quotes: note: some-id "Heading"';
  const [, id, section] = m as unknown as [string, string, string];
  const doc = docs.find((d) => d.id === id);
  if (!doc || doc.kind === "article") return `"${id}" is not the id of a note or source`;
  if (!headings(doc).includes(section)) return `${doc.path} has no section headed "${section}"`;
  return { kind: "note", docId: id, section };
}

/** The headings of a document's body, as written after the #s. */
export function headings(doc: KnowledgeDoc): string[] {
  return [...doc.text.slice(doc.bodyStart).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => m[1]!);
}

/** An article claim the sources do not simply support may only appear with its correction: the claim, and a note. */
function correctionProblems(b: SummaryBulletFile, claims: readonly Claim[]): string[] {
  const out: string[] = [];
  const cited = new Set(b.cites.flatMap((c) => (c.kind === "claim" ? [c.id] : [])));
  for (const c of b.cites) {
    if (c.kind !== "article") continue;
    for (const claim of claims) {
      const overlaps = claim.start < c.end && c.start < claim.end;
      if (overlaps && claim.verdict !== "supported" && !cited.has(claim.id)) {
        out.push(
          `cites the article's "${claim.claim}" (${claim.verdict}) without claim ${claim.id}: its correction must stand beside it`,
        );
      }
    }
  }
  const judged = claims.filter((c) => cited.has(c.id) && c.verdict !== "supported");
  if (judged.length > 0 && !b.cites.some((c) => c.kind === "note")) {
    out.push(`cites claim ${judged[0]!.id} (${judged[0]!.verdict}) but no note section that corrects or qualifies it`);
  }
  return out;
}
