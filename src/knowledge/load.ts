import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { KnowledgeError } from "../errors.js";
import { anchorParagraphAsked, parseBodyAsked } from "./asked.js";
import { CLAIMS_FILE, type Claim, parseClaims } from "./claimsFile.js";
import { bodyHash } from "./contentHash.js";
import { frontMatterSchema, precisionOf, truncateDate } from "./frontMatter.js";
import { parseSummary, SUMMARY_FILE, type SummaryFile } from "./summaryFile.js";
import { parseSynonyms, SYNONYMS_FILE, type SynonymRule } from "./synonyms.js";
import type { FileProblem, KnowledgeDoc, LineProblem } from "./types.js";
import { parseYamlWith } from "./yamlData.js";

export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Everything in the knowledge folder, validated. */
export interface KnowledgeBase {
  docs: KnowledgeDoc[];
  synonyms: SynonymRule[];
  claims: Claim[];
  /** knowledge/summary.md when there is one (the engine builds a summary itself otherwise). */
  summary?: SummaryFile | null;
}

/**
 * Reads the knowledge folder: every Markdown file (front matter, asked: lists), synonyms.txt and claims.yaml.
 * Refuses (KnowledgeError) with every problem found, each naming its file and line, so a broken edit never half-loads.
 */
export async function loadKnowledge(dir: string, root: string = process.cwd()): Promise<KnowledgeBase> {
  const rel = (file: string) => relative(root, file).split(sep).join("/");
  const files = (await listMarkdown(dir)).filter((f) => f !== join(dir, SUMMARY_FILE)).sort();
  const problems: FileProblem[] = [];
  const docs: KnowledgeDoc[] = [];
  for (const file of files) {
    const path = rel(file);
    const result = parseDocument(path, await readText(file));
    if ("problems" in result) problems.push(...result.problems.map((p) => ({ file: path, ...p })));
    else docs.push(result.doc);
  }
  const seen = new Map<string, string>();
  for (const doc of docs) {
    const other = seen.get(doc.id);
    if (other) problems.push({ file: doc.path, problem: `id "${doc.id}" is already used by ${other}` });
    seen.set(doc.id, doc.path);
  }
  if (files.length === 0) problems.push({ file: rel(dir) || ".", problem: "no Markdown files found" });
  if (docs.filter((d) => d.kind === "article").length > 1)
    problems.push({ file: rel(dir) || ".", problem: "more than one file has kind: article" });

  const synonymsText = await readOptional(join(dir, SYNONYMS_FILE));
  const synonyms = synonymsText === null ? { rules: [], problems: [] } : parseSynonyms(synonymsText);
  problems.push(...synonyms.problems.map((p) => ({ file: rel(join(dir, SYNONYMS_FILE)), ...p })));

  const claimsText = await readOptional(join(dir, CLAIMS_FILE));
  const claims =
    claimsText === null ? { claims: [], problems: [] } : parseClaims(rel(join(dir, CLAIMS_FILE)), claimsText, docs);
  problems.push(...claims.problems);

  // The summary cites claims: checked once claims.yaml loads, so a broken claims file is not reported twice.
  const summaryText = claims.problems.length ? null : await readOptional(join(dir, SUMMARY_FILE));
  const summary =
    summaryText === null
      ? { summary: null, problems: [] }
      : parseSummary(rel(join(dir, SUMMARY_FILE)), summaryText, docs, claims.claims);
  problems.push(...summary.problems);

  if (problems.length > 0) throw new KnowledgeError(problems);
  return { docs, synonyms: synonyms.rules, claims: claims.claims, summary: summary.summary };
}

const BOM = "\uFEFF";

/** Editors on Windows start files with a byte-order mark; it is not part of the text (and offsets skip it). */
async function readText(file: string): Promise<string> {
  const text = await readFile(file, "utf8");
  return text.startsWith(BOM) ? text.slice(1) : text;
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readText(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new KnowledgeError([
      { file: dir, problem: `cannot read the folder (${(error as NodeJS.ErrnoException).code})` },
    ]);
  }
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return listMarkdown(full);
      return e.isFile() && e.name.endsWith(".md") && e.name.toLowerCase() !== "readme.md" ? [full] : [];
    }),
  );
  return nested.flat();
}

/** Parses one file's text; exported for the tests, which feed it small broken files. */
export function parseDocument(path: string, text: string): { doc: KnowledgeDoc } | { problems: LineProblem[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match)
    return { problems: [{ line: 1, problem: "missing front matter (a block between two '---' lines at the top)" }] };
  const parsed = parseYamlWith(match[1] ?? "", frontMatterSchema, 2);
  if (!parsed.ok) return { problems: parsed.problems };
  const m = parsed.data;
  const bodyStart = match[0].length;
  const problems: LineProblem[] = [];
  if (text.slice(bodyStart).trim() === "") problems.push({ problem: "the body is empty" });

  const body = m.kind === "note" ? parseBodyAsked(text, bodyStart, m.id) : { questions: [], hidden: [], problems: [] };
  const paragraphs = anchorParagraphAsked(m.asked ?? [], text, bodyStart, m.id, (i, k) =>
    parsed.lineOf(k === undefined ? ["asked", i, "paragraph"] : ["asked", i, "questions", k]),
  );
  problems.push(...body.problems, ...paragraphs.problems);
  if (m.content_hash && bodyHash(text.slice(bodyStart)) !== m.content_hash)
    problems.push({
      line: parsed.lineOf(["content_hash"]),
      problem: `the text no longer matches what was fetched (content_hash): restore it with npm run knowledge:refresh -- ${m.id} --write, or make it a note in our words`,
    });
  if (problems.length > 0) return { problems };

  return {
    doc: {
      id: m.id,
      title: m.title,
      publisher: m.publisher ?? null,
      authors: m.authors ?? null,
      published: truncateDate(m.published, m.published_precision ?? precisionOf(m.published)),
      url: m.url ?? null,
      urlScope: m.url_scope,
      note: [m.url_note, m.date_note].filter(Boolean).join("; ") || null,
      kind: m.kind,
      asOf: m.as_of,
      path,
      text,
      bodyStart,
      hidden: body.hidden,
      asked: [...body.questions, ...paragraphs.questions],
    },
  };
}
