import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { FRONT_MATTER } from "../knowledge/load.js";
import { parseSourceUrl } from "./address.js";
import { diffParagraphs, formatChanges } from "./diff.js";
import { IngestError } from "./errors.js";
import { type CommandDeps, fetchLimits, knowledgeDir, parseCommandLine, today } from "./options.js";
import { readPage } from "./page.js";
import { bodyParagraphs, replaceBody, validated } from "./sourceFile.js";

const USAGE = "npm run knowledge:refresh -- [id…] [--write] [--allow-private]";

interface SourceFile {
  id: string;
  url: string;
  file: string;
  text: string;
  bodyStart: number;
}

/**
 * npm run knowledge:refresh: fetches every source again and says, paragraph by paragraph, what changed. The files
 * change only with --write. Files are read one by one, not through the loader, so a source whose text was edited
 * by hand (which stops the folder loading) can still be restored from its page.
 */
export async function knowledgeRefresh(argv: readonly string[], deps: CommandDeps): Promise<void> {
  const { values, positionals } = parseCommandLine(
    argv,
    { write: { type: "boolean" }, "allow-private": { type: "boolean" } },
    USAGE,
  );
  const dir = knowledgeDir(deps);
  const all = await sourceFiles(dir);
  const unknown = positionals.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length) throw new IngestError(`no source with a URL has the id ${unknown.join(", ")} in ${dir}`);
  const chosen = positionals.length ? all.filter((s) => positionals.includes(s.id)) : all;
  if (chosen.length === 0) {
    deps.stdout.write(`${dir} has no sources with a URL to refresh (add one with npm run knowledge:add).\n`);
    return;
  }
  const limits = fetchLimits(deps, values["allow-private"] ?? false);
  const failed: string[] = [];
  let pending = 0;
  for (const source of chosen) {
    const path = relative(process.cwd(), source.file);
    let paragraphs: string[];
    try {
      paragraphs = (await readPage(parseSourceUrl(source.url), limits)).extracted.paragraphs;
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failed.push(source.id);
      deps.stdout.write(`${source.id} (${path}): not refreshed: ${error.message}\n`);
      continue;
    }
    const changes = formatChanges(diffParagraphs(bodyParagraphs(source.text.slice(source.bodyStart)), paragraphs));
    if (changes.length === 0) {
      deps.stdout.write(`${source.id} (${path}): unchanged\n`);
      continue;
    }
    const removed = changes.filter((c) => c.startsWith("  -")).length;
    deps.stdout.write(
      `${source.id} (${path}): changed, ${removed} paragraphs removed, ${changes.length - removed} added\n${changes.join("\n")}\n`,
    );
    if (!values.write) {
      pending++;
      continue;
    }
    const text = replaceBody(source.text, source.bodyStart, paragraphs, today(deps));
    validated(path, text);
    const temp = join(dir, `.${source.id}.${process.pid}.tmp`);
    await writeFile(temp, text);
    await rename(temp, source.file);
    deps.stdout.write(`  written: ${path} (reload the bot to use it)\n`);
  }
  if (pending) deps.stdout.write(`${pending} changed; nothing was written. Run again with --write to update them.\n`);
  if (failed.length)
    throw new IngestError(`${failed.length} of ${chosen.length} sources could not be refreshed: ${failed.join(", ")}`);
}

/** Every file of kind `source` with a url, wherever it sits in the folder. */
async function sourceFiles(dir: string): Promise<SourceFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const found: SourceFile[] = [];
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith(".md")) continue;
    const file = join(e.parentPath, e.name);
    const text = await readFile(file, "utf8");
    const match = FRONT_MATTER.exec(text);
    let meta: unknown;
    try {
      meta = match ? parse(match[1] ?? "") : null;
    } catch {
      continue; // Not readable front matter: knowledge:check names it.
    }
    const m = (meta ?? {}) as { id?: unknown; kind?: unknown; url?: unknown };
    if (m.kind === "source" && typeof m.id === "string" && typeof m.url === "string")
      found.push({ id: m.id, url: m.url, file, text, bodyStart: match![0].length });
  }
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
