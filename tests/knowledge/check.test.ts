import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkKnowledge } from "../../src/knowledge/check.js";
import { runMain } from "../../src/runMain.js";
import { knowledgeCopy } from "../ingest/run.js";

async function check(dir: string) {
  let stdout = "";
  let stderr = "";
  let code = 0;
  const deps = {
    stderr: { write: (t: string) => (stderr += t) },
    exit: (c: number) => {
      code = c;
    },
    env: {},
  };
  await runMain(() => checkKnowledge(dir, { write: (t: string) => (stdout += t) }), undefined, deps);
  return { stdout, stderr, code };
}

const SOURCE = `---
id: planted
kind: source
title: A planted source
publisher: Test Wire
published: 2025-01-28
as_of: 2026-01-01
url: https://example.org/planted
content_hash: sha256:0000000000000000000000000000000000000000000000000000000000000000
---
Text that was edited by hand after it was fetched.
`;

describe("npm run knowledge:check", () => {
  it("says the folder has no problems, with what it holds, and exits 0", async () => {
    const { stdout, code } = await check(knowledgeCopy());
    expect(code).toBe(0);
    expect(stdout).toMatch(/no problems\. 3 documents \(1 article, 0 sources, 2 notes\)/);
  });

  it("reports each planted problem with its file and line, and exits 1", async () => {
    const dir = knowledgeCopy();
    writeFileSync(join(dir, "notes", "planted.md"), SOURCE);
    const market = join(dir, "notes", "market.md");
    writeFileSync(market, readFileSync(market, "utf8").replace("published: 2025-01-27", "published: 2025-13-01"));
    writeFileSync(join(dir, "notes", "bare.md"), "No front matter here.\n");
    const { stderr, code } = await check(dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/notes\/planted\.md:9: the text no longer matches what was fetched \(content_hash\)/);
    expect(stderr).toMatch(/knowledge:refresh -- planted --write/);
    expect(stderr).toMatch(/notes\/market\.md:5: "published" is not a real date/);
    expect(stderr).toMatch(/notes\/bare\.md:1: missing front matter/);
  });
});
