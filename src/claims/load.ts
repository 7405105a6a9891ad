import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { KnowledgeError } from "../errors.js";
import type { KnowledgeDoc } from "../knowledge/types.js";
import { VERDICTS, type Claim, type Verdict } from "./types.js";

export const CLAIMS_FILE = "claims.yaml";

/** Reads knowledge/claims.yaml if present (no file: no claims). Refuses spans not in the article and unknown notes. */
export async function loadClaims(path: string, docs: readonly KnowledgeDoc[]): Promise<Claim[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return parseClaims(path, text, docs);
}

export function parseClaims(path: string, text: string, docs: readonly KnowledgeDoc[]): Claim[] {
  const fail = (problem: string): never => {
    throw new KnowledgeError([{ file: path, problem }]);
  };
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return fail(`not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) return fail("must be a list of claims");
  const article = docs.find((d) => d.kind === "article");
  if (!article && raw.length > 0) return fail("claims need an article (a knowledge file with kind: article)");
  const ids = new Set(docs.map((d) => d.id));
  const seen = new Set<string>();
  const problems: string[] = [];
  const claims: Claim[] = [];
  raw.forEach((entry: unknown, i: number) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const where = `claim ${typeof e.id === "string" ? `"${e.id}"` : `#${i + 1}`}`;
    const str = (k: string) => (typeof e[k] === "string" && (e[k] as string).trim() ? (e[k] as string).trim() : null);
    const id = str("id");
    const claim = str("claim");
    const verdict = str("verdict");
    const explanation = str("explanation");
    const references = Array.isArray(e.references) ? e.references.map(String) : [];
    const keywords = Array.isArray(e.keywords) ? e.keywords.map(String) : [];
    if (!id) problems.push(`${where}: missing "id"`);
    else if (seen.has(id)) problems.push(`${where}: id is used twice`);
    if (id) seen.add(id);
    if (!claim) problems.push(`${where}: missing "claim"`);
    if (!verdict || !(VERDICTS as readonly string[]).includes(verdict)) problems.push(`${where}: "verdict" must be one of ${VERDICTS.join(", ")}`);
    if (!explanation) problems.push(`${where}: missing "explanation"`);
    if (references.length === 0) problems.push(`${where}: needs at least one reference note in "references"`);
    for (const r of references) if (!ids.has(r)) problems.push(`${where}: reference "${r}" is not a knowledge note id`);
    const start = claim && article ? article.text.indexOf(claim, article.bodyStart) : -1;
    if (claim && start < 0) problems.push(`${where}: the claim is not word for word in the article`);
    if (id && claim && verdict && explanation && start >= 0) {
      claims.push({ id, claim, verdict: verdict as Verdict, explanation, references, keywords, start, end: start + claim.length });
    }
  });
  if (problems.length > 0) throw new KnowledgeError(problems.map((problem) => ({ file: path, problem })));
  return claims;
}
