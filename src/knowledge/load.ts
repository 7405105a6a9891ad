import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { KnowledgeError } from "../errors.js";
import type { KnowledgeDoc } from "./types.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ["article", "note", "source"] as const;

type Problem = { file: string; problem: string };

/**
 * Reads every Markdown file under `dir`, validates its front matter and returns the documents sorted by path.
 * Refuses (KnowledgeError) with every problem found, each naming its file, so a broken edit never half-loads.
 */
export async function loadKnowledge(dir: string, root: string = process.cwd()): Promise<KnowledgeDoc[]> {
  const files = (await listMarkdown(dir)).sort();
  const problems: Problem[] = [];
  const docs: KnowledgeDoc[] = [];
  for (const file of files) {
    const path = relative(root, file).split(sep).join("/");
    const result = parseDocument(path, await readFile(file, "utf8"));
    if ("problems" in result) problems.push(...result.problems.map((problem) => ({ file: path, problem })));
    else docs.push(result.doc);
  }
  const seen = new Map<string, string>();
  for (const doc of docs) {
    const other = seen.get(doc.id);
    if (other) problems.push({ file: doc.path, problem: `id "${doc.id}" is already used by ${other}` });
    seen.set(doc.id, doc.path);
  }
  if (files.length === 0) problems.push({ file: relative(root, dir) || ".", problem: "no Markdown files found" });
  if (problems.length > 0) throw new KnowledgeError(problems);
  return docs;
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new KnowledgeError([{ file: dir, problem: `cannot read the folder (${(error as NodeJS.ErrnoException).code})` }]);
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
export function parseDocument(path: string, text: string): { doc: KnowledgeDoc } | { problems: string[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problems: ["missing front matter (a block between two '---' lines at the top)"] };
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? "");
  } catch (error) {
    return { problems: [`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`] };
  }
  if (typeof meta !== "object" || meta === null || Array.isArray(meta)) {
    return { problems: ["front matter must be a set of 'key: value' lines"] };
  }
  const m = meta as Record<string, unknown>;
  const problems: string[] = [];
  const str = (key: string): string | null => {
    const v = m[key];
    if (v === undefined || v === null || v === "") return null;
    if (typeof v !== "string" && typeof v !== "number") {
      problems.push(`"${key}" must be text`);
      return null;
    }
    return String(v).trim();
  };
  const id = str("id");
  const title = str("title");
  const publisher = str("publisher");
  const authors = str("authors");
  const published = str("published");
  const url = str("url");
  const kind = str("kind");
  const asOf = str("as_of");
  const note = [str("url_note"), str("date_note")].filter(Boolean).join("; ") || null;

  if (!id) problems.push('missing "id"');
  else if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) problems.push(`"id" must be lowercase letters, digits and dashes (got "${id}")`);
  if (!title) problems.push('missing "title"');
  if (!publisher && !authors) problems.push('needs "publisher" or "authors"');
  if (!published) problems.push('missing "published"');
  else if (!isDate(published)) problems.push(`"published" must be a date like 2025-01-27 (got "${published}")`);
  if (!asOf) problems.push('missing "as_of"');
  else if (!isDate(asOf)) problems.push(`"as_of" must be a date like 2025-01-27 (got "${asOf}")`);
  if (!kind) problems.push('missing "kind"');
  else if (!(KINDS as readonly string[]).includes(kind)) problems.push(`"kind" must be article or reference (got "${kind}")`);
  if (url) {
    if (!isHttpUrl(url)) problems.push(`"url" is not a valid http(s) URL (got "${url}")`);
  } else if (kind !== "article") {
    problems.push('missing "url" (only the article may go without one)');
  }
  const bodyStart = match[0].length;
  if (text.slice(bodyStart).trim() === "") problems.push("the body is empty");
  if (problems.length > 0) return { problems };

  return {
    doc: {
      id: id!,
      title: title!,
      publisher,
      authors,
      published: published!,
      url,
      note,
      kind: kind as KnowledgeDoc["kind"],
      asOf: asOf!,
      path,
      text,
      bodyStart,
    },
  };
}

function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}
