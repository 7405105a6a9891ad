import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The floors of the house (see the README): what each folder may import. A test, not a convention, so a shortcut
// from the engine into Discord fails the build instead of waiting for a reviewer.
const ROOT = resolve(new URL("..", import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every module a file imports: package names as written, project files as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
  return specifiers.map((s) =>
    s.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, ".ts") : s,
  );
}

const everyFile = ["src", "commands", "tests", "bench"].flatMap(sourceFiles);
const texts = new Map(everyFile.map((f) => [f, readFileSync(join(ROOT, f), "utf8")] as const));

const graph = new Map(["src", "commands"].flatMap(sourceFiles).map((f) => [f, importsOf(f)] as const));

function offenders(from: string, forbidden: (target: string) => boolean): string[] {
  return [...graph]
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, targets]) => targets.filter(forbidden).map((t) => `${file} -> ${t}`));
}

/** The strongly connected groups of more than one node (Tarjan's algorithm): each a circle of imports. */
function circles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe("the import boundaries", () => {
  it("reads the import graph of the whole source tree", () => {
    expect(graph.get("src/engine/engine.ts")).toContain("src/engine/chain.ts");
  });

  it.each([
    "src/engine/",
    "src/retrieval/",
    "src/knowledge/",
    "src/claims/",
    "src/understanding/",
    "src/corpus/",
    "src/text/",
    "src/store/",
    "src/messages/",
  ])("keeps %s free of discord.js and of src/discord", (floor) => {
    expect(
      offenders(floor, (t) => t === "discord.js" || t.startsWith("@discordjs/") || t.startsWith("src/discord/")),
    ).toEqual([]);
  });

  it("keeps the claims checker a floor below the answer engine: claims/ never imports engine/, so the two never import each other", () => {
    expect(offenders("src/claims/", (t) => t.startsWith("src/engine/"))).toEqual([]);
  });

  it("keeps the storage floor free of the configuration: whoever opens it passes the folder and retention in", () => {
    expect(offenders("src/store/", (t) => t === "src/config.ts" || t.startsWith("src/discord/"))).toEqual([]);
  });

  it("keeps the shared text floor below everything but the word lists: src/text imports no other floor", () => {
    expect(
      offenders(
        "src/text/",
        (t) =>
          t.startsWith("src/") &&
          !t.startsWith("src/text/") &&
          !t.startsWith("src/knowledge/types") &&
          !t.startsWith("src/language/"),
      ),
    ).toEqual([]);
  });

  it("keeps the word lists the bottom floor: src/language imports only node builtins and src/text/regex.ts", () => {
    expect(offenders("src/language/", (t) => !t.startsWith("node:") && t !== "src/text/regex.ts")).toEqual([]);
  });

  it("has no import circles among the files of src/ and commands/, type imports included", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("has no upward arrows: no folder imports a folder that imports it back, however far round", () => {
    // A folder of src/ (with its subfolders), commands/, or a file at the top of src/ is one room of the house.
    const room = (file: string) =>
      file.startsWith("src/") ? file.split("/").slice(0, 2).join("/") : file.split("/")[0]!;
    const rooms = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const from = room(file);
      const to = targets
        .filter((t) => graph.has(t))
        .map(room)
        .filter((r) => r !== from);
      rooms.set(from, [...new Set([...(rooms.get(from) ?? []), ...to])]);
    }
    // One circle stands among the lower floors, older than this test: errors.ts and knowledge/ import each other,
    // and text/ and language/ share their word lists and patterns both ways. It may only shrink; any other is new.
    const known = ["src/errors.ts", "src/knowledge", "src/language", "src/messages", "src/text"];
    for (const circle of circles(rooms)) expect(known, circle.join(" -> ")).toEqual(expect.arrayContaining(circle));
    expect(circles(rooms).length).toBeLessThanOrEqual(1);
  });

  it("loads no LangChain module at start: a process without a model never pays for loading one", () => {
    // Only imports that run when the file loads: not `import type`, not `await import(...)` (which the model path uses).
    const loadedBy = (file: string): string[] =>
      [...texts.get(file)!.matchAll(/(?:^|\n)\s*(?:import|export)(?!\s+type\b)\b[^'"]*?from\s+["']([^"']+)["']/g)]
        .map((m) => m[1]!)
        .map((s) => (s.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), s)).replace(/\.js$/, ".ts") : s));
    const seen = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      if (texts.has(file)) for (const target of loadedBy(file)) walk(target);
    };
    walk("src/main.ts");
    walk("src/cli/ask.ts");
    expect(seen.has("src/engine/engine.ts")).toBe(true);
    expect([...seen].filter((m) => m.startsWith("@langchain/") || m === "langsmith")).toEqual([]);
  });

  it("keeps every file in src/ at 250 lines or fewer", () => {
    const long = everyFile
      .filter((f) => f.startsWith("src/"))
      .map((f) => [f, texts.get(f)!.split("\n").length - (texts.get(f)!.endsWith("\n") ? 1 : 0)] as const)
      .filter(([, lines]) => lines > 250)
      .map(([f, lines]) => `${f}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it("exports no function, constant or class that no other module uses", () => {
    // Types may stay exported: they name the shapes of the functions that are.
    const unused: string[] = [];
    for (const file of everyFile.filter((f) => f.startsWith("src/") || f.startsWith("commands/"))) {
      for (const m of texts.get(file)!.matchAll(/^export (?:async )?(?:function|const|class|let)\s+(\w+)/gm)) {
        const word = new RegExp(`\\b${m[1]}\\b`);
        if (![...texts].some(([other, text]) => other !== file && word.test(text))) unused.push(`${file}: ${m[1]}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
