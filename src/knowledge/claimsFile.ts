import { z } from "zod";
import type { FileProblem, KnowledgeDoc } from "./types.js";
import { parseYamlWith } from "./yamlData.js";

export const CLAIMS_FILE = "claims.yaml";
const VERDICTS = ["supported", "nuanced", "contradicted", "unverified", "opinion"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One checkable claim of the article, as written in knowledge/claims.yaml: our judgement, shown as the fact check. */
export interface Claim {
  id: string;
  /** Verbatim span of the article. */
  claim: string;
  verdict: Verdict;
  explanation: string;
  references: string[];
  keywords: string[];
  /** Where the span sits in the article file. */
  start: number;
  end: number;
}

const words = z.string({ error: "must be text" }).trim().min(1, { error: "must not be empty" });

const claimSchema = z.object(
  {
    id: z
      .string({ error: "must be text" })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "must be lowercase letters, digits and dashes" }),
    claim: words,
    verdict: z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(", ")}` }),
    explanation: words,
    references: z
      .array(z.string(), { error: "must be a list of note ids" })
      .min(1, { error: "needs at least one note" }),
    keywords: z
      .array(z.union([z.string(), z.number()]).transform(String), { error: "must be a list of words" })
      .default([]),
  },
  { error: "each claim must be a set of 'key: value' lines" },
);

const claimsSchema = z.array(claimSchema, { error: "must be a list of claims" }).nullable();

/**
 * Parses claims.yaml against the loaded documents: every claim must be word for word in the article, and every
 * reference must be a note. Problems name the line.
 */
export function parseClaims(
  path: string,
  text: string,
  docs: readonly KnowledgeDoc[],
): { claims: Claim[]; problems: FileProblem[] } {
  const parsed = parseYamlWith(text, claimsSchema);
  if (!parsed.ok) return { claims: [], problems: parsed.problems.map((p) => ({ file: path, ...p })) };
  const raw = parsed.data ?? [];
  const article = docs.find((d) => d.kind === "article");
  const notes = new Set(docs.filter((d) => d.kind !== "article").map((d) => d.id));
  const seen = new Set<string>();
  const problems: FileProblem[] = [];
  const claims: Claim[] = [];
  if (!article && raw.length > 0)
    problems.push({ file: path, problem: "claims need an article (a knowledge file with kind: article)" });
  raw.forEach((c, i) => {
    const at = (key?: string) => ({ file: path, line: parsed.lineOf(key ? [i, key] : [i]) });
    if (seen.has(c.id)) problems.push({ ...at("id"), problem: `claim "${c.id}" is listed twice` });
    seen.add(c.id);
    for (const r of c.references)
      if (!notes.has(r))
        problems.push({ ...at("references"), problem: `claim "${c.id}": "${r}" is not the id of a note or source` });
    const start = article ? article.text.indexOf(c.claim, article.bodyStart) : -1;
    if (article && start < 0)
      problems.push({ ...at("claim"), problem: `claim "${c.id}" is not word for word in the article` });
    if (start >= 0) claims.push({ ...c, start, end: start + c.claim.length });
  });
  return { claims: problems.length ? [] : claims, problems };
}
