import type { LineProblem } from "./types.js";

/**
 * One line of a Solr/Elasticsearch synonyms file: `a, b, c` (each finds the others) or `a, b => c, d` (the left
 * words are read as the right ones). Entries are lowercase words or phrases.
 */
export interface SynonymRule {
  /** Equivalence lists have all their entries here and `to` null. */
  from: string[];
  to: string[] | null;
  line: number;
}

export const SYNONYMS_FILE = "synonyms.txt";

const ENTRY = /^[\p{L}\p{N}][\p{L}\p{N} .'&$%+/-]*$/u;

export function parseSynonyms(text: string): { rules: SynonymRule[]; problems: Array<Required<LineProblem>> } {
  const rules: SynonymRule[] = [];
  const problems: Array<Required<LineProblem>> = [];
  text.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const body = raw
      .replace(/\r$/, "")
      .replace(/(^|\s)#.*$/, "")
      .trim();
    if (body === "") return;
    const sides = body.split("=>");
    if (sides.length > 2) {
      problems.push({ line, problem: "more than one '=>' in a rule" });
      return;
    }
    const parse = (side: string, where: string): string[] | null => {
      const entries = side.split(",").map((e) => e.trim().toLowerCase().replace(/\s+/g, " "));
      if (entries.every((e) => e === "")) {
        problems.push({ line, problem: `nothing ${where}` });
        return null;
      }
      if (entries.some((e) => e === "")) {
        problems.push({ line, problem: `an empty entry ${where} (two commas in a row, or a comma at an end)` });
        return null;
      }
      const bad = entries.find((e) => !ENTRY.test(e));
      if (bad) {
        problems.push({
          line,
          problem: `"${bad}" is not a word or phrase (letters, digits, spaces and - ' . & $ % + / only)`,
        });
        return null;
      }
      return entries;
    };
    if (sides.length === 2) {
      const from = parse(sides[0]!, "before '=>'");
      const to = parse(sides[1]!, "after '=>'");
      if (from && to) rules.push({ from, to, line });
      return;
    }
    const all = parse(body, "in the list");
    if (!all) return;
    if (new Set(all).size < 2) {
      problems.push({ line, problem: "a rule needs two or more different entries, or '=>' and what they mean" });
      return;
    }
    rules.push({ from: all, to: null, line });
  });
  return { rules, problems };
}
