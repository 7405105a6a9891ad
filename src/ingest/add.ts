import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { loadKnowledge } from "../knowledge/load.js";
import { parseSourceUrl } from "./address.js";
import { IngestError } from "./errors.js";
import { textLength } from "./extracted.js";
import { type CommandDeps, fetchLimits, knowledgeDir, parseCommandLine, today } from "./options.js";
import { readPage } from "./page.js";
import { renderSourceFile, validated } from "./sourceFile.js";

const USAGE = "npm run knowledge:add -- <url> [--id ID] [--force] [--allow-private]";
const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * npm run knowledge:add: fetches a page and writes knowledge/sources/<id>.md, its text verbatim. Every check runs
 * before the file is written, and the file is moved into place whole, so a failure leaves knowledge/ unchanged.
 */
export async function knowledgeAdd(argv: readonly string[], deps: CommandDeps): Promise<void> {
  const { values, positionals } = parseCommandLine(
    argv,
    { id: { type: "string" }, force: { type: "boolean" }, "allow-private": { type: "boolean" } },
    USAGE,
  );
  if (positionals.length !== 1) throw new IngestError(`give one URL. Usage: ${USAGE}`);
  const url = parseSourceUrl(positionals[0]!);
  if (values.id !== undefined) checkId(values.id);
  const dir = knowledgeDir(deps);
  // Refused before fetching when the id is known: no point reading a page that cannot be written.
  if (values.id !== undefined) await checkFree(dir, values.id, values.force ?? false);

  const page = await readPage(url, fetchLimits(deps, values["allow-private"] ?? false));
  const id = values.id ?? slug(page.extracted.title ?? url.hostname);
  if (values.id === undefined) await checkFree(dir, id, values.force ?? false);
  const file = join(dir, "sources", `${id}.md`);
  const text = renderSourceFile({ id, url: page.url, extracted: page.extracted, fetched: today(deps) });
  const doc = validated(relative(process.cwd(), file), text);

  await mkdir(join(dir, "sources"), { recursive: true });
  const temp = join(dir, "sources", `.${id}.${process.pid}.tmp`);
  await writeFile(temp, text);
  await rename(temp, file);

  const { paragraphs } = page.extracted;
  const first = paragraphs
    .slice(0, 3)
    .map((p) => `  ${p.length > 100 ? `${p.slice(0, 99)}…` : p}`)
    .join("\n");
  deps.stdout.write(
    [
      `Wrote ${relative(process.cwd(), file)}`,
      `  title:      ${doc.title}`,
      `  publisher:  ${doc.publisher}`,
      `  published:  ${doc.published}${page.extracted.published ? "" : " (no date on the page: the day fetched)"}`,
      `  characters: ${textLength(paragraphs)}`,
      `  paragraphs: ${paragraphs.length}`,
      "First lines:",
      first,
      "Check it with npm run knowledge:check, then reload the bot (kill -HUP <pid>) or restart it.",
      "",
    ].join("\n"),
  );
}

function checkId(id: string): void {
  if (!ID.test(id))
    throw new IngestError(`--id "${id}" may hold only lowercase letters, digits and dashes (no slashes or dots)`);
}

async function checkFree(dir: string, id: string, force: boolean): Promise<void> {
  const file = join(dir, "sources", `${id}.md`);
  if (existsSync(file) && !force)
    throw new IngestError(`${relative(process.cwd(), file)} exists already: choose another --id, or add --force`);
  // Another file with the same id would stop the whole folder loading, --force or not.
  const other = await loadKnowledge(dir).then(
    (kb) => kb.docs.find((d) => d.id === id && !d.path.endsWith(`sources/${id}.md`)),
    () => undefined,
  );
  if (other) throw new IngestError(`the id "${id}" is already used by ${other.path}: choose another --id`);
}

/** An id from a title: "DeepSeek's R1, explained" -> "deepseek-s-r1-explained", at most 60 characters. */
function slug(title: string): string {
  const s = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return s || "source";
}
