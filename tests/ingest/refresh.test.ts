import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { knowledgeRefresh } from "../../src/ingest/refresh.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { type FixtureSite, LANTERN_FACT, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand, snapshot } from "./run.js";

let site: FixtureSite;
let next = 0;
beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(() => site.close());

/** A folder with one source added from a page whose text changes on its next fetch. */
async function withChangingSource() {
  const dir = knowledgeCopy();
  const env = { KNOWLEDGE_DIR: dir };
  await runCommand(knowledgeAdd, [site.url(`/changing?n=${next++}`), "--allow-private", "--id", "lantern"], { env });
  const refresh = (...args: string[]) => runCommand(knowledgeRefresh, ["--allow-private", ...args], { env });
  return { dir, file: join(dir, "sources", "lantern.md"), refresh };
}

describe("npm run knowledge:refresh", () => {
  it("reports the changed paragraph as removed and added", async () => {
    const { refresh } = await withChangingSource();
    const { stdout, code } = await refresh();
    expect(code).toBe(0);
    expect(stdout).toContain("lantern (");
    expect(stdout).toContain("changed, 1 paragraphs removed, 1 added");
    expect(stdout).toContain(`  - ${LANTERN_FACT}`);
    expect(stdout).toContain("  + The company later said the warehouse held 298 boards, not 312.");
  });

  it("leaves the file as it was without --write", async () => {
    const { dir, refresh } = await withChangingSource();
    const before = snapshot(dir);
    const { stdout } = await refresh("lantern");
    expect(stdout).toContain("Run again with --write");
    expect(snapshot(dir)).toEqual(before);
  });

  it("with --write, updates the text and its hash so the folder still loads", async () => {
    const { dir, file, refresh } = await withChangingSource();
    await refresh("--write");
    expect(readFileSync(file, "utf8")).toContain("held 298 boards, not 312.");
    await expect(loadKnowledge(dir)).resolves.toBeTruthy();
  });

  it("says a source is unchanged when its page still has the same text", async () => {
    const dir = knowledgeCopy();
    const env = { KNOWLEDGE_DIR: dir };
    await runCommand(knowledgeAdd, [site.url("/article"), "--allow-private", "--id", "steady"], { env });
    const { stdout } = await runCommand(knowledgeRefresh, ["--allow-private"], { env });
    expect(stdout).toMatch(/^steady \(.*\): unchanged$/m);
  });

  it("exits 1 naming an id that is not a source with a URL", async () => {
    const { refresh } = await withChangingSource();
    const { stderr, code } = await refresh("cost-report");
    expect(code).toBe(1);
    expect(stderr).toMatch(/no source with a URL has the id cost-report/);
  });
});
