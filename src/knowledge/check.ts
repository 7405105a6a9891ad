import { loadKnowledge } from "./load.js";

/**
 * npm run knowledge:check: the folder read by the very loader the bot starts with, and nothing started. Problems
 * leave as the KnowledgeError the bot would stop on (file, line and what to do, one a line; exit 1).
 */
export async function checkKnowledge(dir: string, stdout: { write(text: string): unknown }): Promise<void> {
  const kb = await loadKnowledge(dir);
  const count = (kind: string) => kb.docs.filter((d) => d.kind === kind).length;
  stdout.write(
    `${dir}: no problems. ${kb.docs.length} documents (${count("article")} article, ${count("source")} sources, ${count("note")} notes), ${kb.claims.length} claims, ${kb.synonyms.length} synonym rules.\n`,
  );
}
