import { type Document, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { LineProblem } from "./types.js";

export type Parsed<T> =
  | { ok: true; data: T; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; problems: LineProblem[] };

/**
 * Parses YAML and validates it with a zod schema, naming the line of every problem. `firstLine` is the line of the
 * file the YAML text starts on (front matter starts on line 2).
 */
export function parseYamlWith<S extends z.ZodType>(text: string, schema: S, firstLine = 1): Parsed<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: lineAt(e.pos[0]),
        problem: `not valid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => lineOfPath(doc, path, lineAt);
  const data: unknown = doc.toJS();
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, data: result.data, lineOf };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      line: lineOf(issue.path),
      problem: describe(issue, valueAt(data, issue.path)),
    })),
  };
}

/** The line of the deepest node on `path` that exists (a missing key is reported at its parent). */
function lineOfPath(
  doc: Document,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as Array<string | number>, true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineAt(range[0]);
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path)
    at = at !== null && typeof at === "object" ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  const key = issue.path.map(String).join(".");
  if (key && value === undefined && issue.code !== "custom") return `missing "${key}"`;
  return key ? `"${key}" ${issue.message}` : issue.message;
}
