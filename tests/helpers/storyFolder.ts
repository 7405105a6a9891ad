import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Writes a small story of a test's own to a temp folder, as a knowledge folder holds one: the article, one note per
 * entry of `notes` (its id as file name and title), and any other files (a synonyms list) as given. Returns the folder.
 */
export async function writeStory(
  article: string,
  notes: Record<string, string>,
  opts: { published?: string; files?: Record<string, string> } = {},
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "storybot-story-"));
  await mkdir(join(dir, "notes"));
  const front = (id: string, kind: string) =>
    `---\nid: ${id}\ntitle: ${id}\npublisher: Wire\npublished: ${opts.published ?? "2025-03-17"}\nurl: https://example.org/${id}\nkind: ${kind}\nas_of: 2026-01-01\n---\n`;
  await writeFile(join(dir, "article.md"), `${front("article", "article")}${article}\n`);
  for (const [id, text] of Object.entries(notes))
    await writeFile(join(dir, "notes", `${id}.md`), `${front(id, "note")}${text}\n`);
  for (const [name, text] of Object.entries(opts.files ?? {})) await writeFile(join(dir, name), text);
  return dir;
}
