import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../..", import.meta.url).pathname;
const readme = readFileSync(`${ROOT}README.md`, "utf8");
const section = readme.slice(readme.indexOf("## Adding and updating sources"), readme.indexOf("## Evaluation"));
const scripts = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts as Record<string, string>;

// The functions these tests run, by the script whose entry point calls them.
const TESTED = {
  "knowledge:add": "knowledgeAdd",
  "knowledge:check": "checkKnowledge",
  "knowledge:refresh": "knowledgeRefresh",
} as const;

describe('the README\'s "Adding and updating sources"', () => {
  it("covers add, check, reload and refresh", () => {
    for (const words of ["npm run knowledge:add", "npm run knowledge:check", "kill -HUP", "KNOWLEDGE_WATCH=1"])
      expect(section).toContain(words);
    expect(section).toContain("npm run knowledge:refresh");
  });

  it("names only commands whose entry points call the functions the tests run", () => {
    const named = new Set([...section.matchAll(/npm run (knowledge:\w+)/g)].map((m) => m[1]!));
    expect([...named].sort()).toEqual(Object.keys(TESTED).sort());
    for (const [script, fn] of Object.entries(TESTED)) {
      const entry = /^tsx (src\/cli\/\w+\.ts)$/.exec(scripts[script] ?? "")?.[1];
      expect(entry, script).toBeDefined();
      expect(readFileSync(`${ROOT}${entry}`, "utf8"), script).toMatch(new RegExp(`\\b${fn}\\(`));
    }
  });
});
