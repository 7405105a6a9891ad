import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { knowledgeAdd } from "../../src/ingest/add.js";
import { type Run, runEntryPoint } from "../helpers/entryPoint.js";
import { type FixtureSite, startFixtureSite } from "../helpers/fixtureSite.js";
import { knowledgeCopy, runCommand } from "../ingest/run.js";

const LANTERN = "what did DeepSeek's engineers call the Hangzhou warehouse with the spare boards?";
let site: FixtureSite;
const runs: Run[] = [];

beforeAll(async () => {
  site = await startFixtureSite();
});
afterAll(async () => {
  for (const run of runs) if (run.child.exitCode === null) run.child.kill("SIGKILL");
  await site.close();
});

/** `npm start` in console mode on its own copy of the knowledge, once it says how to reload it. */
async function startConsole(dir: string, env: Record<string, string> = {}): Promise<Run> {
  const run = runEntryPoint("src/main.ts", { KNOWLEDGE_DIR: dir, LOG_LEVEL: "info", ...env }, { timeoutMs: 60_000 });
  runs.push(run);
  await run.printed(/"event":"knowledge_reload_ready"/, 30_000);
  return run;
}

const addLantern = (dir: string) =>
  runCommand(knowledgeAdd, [site.url("/article"), "--allow-private", "--id", "lantern"], {
    env: { KNOWLEDGE_DIR: dir },
  });

describe("reloading knowledge/ in the running bot", { timeout: 60_000 }, () => {
  it("answers from a source added after start once it gets SIGHUP, without a restart", async () => {
    const dir = knowledgeCopy();
    const run = await startConsole(dir);
    await addLantern(dir);
    run.child.kill("SIGHUP");
    await run.printed(/"event":"knowledge_reloaded"/);
    run.child.stdin!.write(`${LANTERN}\n`);
    await run.printed(/engineers called the Lantern Room/);
    expect(run.child.exitCode).toBeNull();
  });

  // A broken folder on reload (the old knowledge kept, the file and line logged) is checked on the reloader itself
  // (reloader.test.ts); this file checks what only the process shows: the signal and the watcher reach it.
  it("reloads by itself when a file changes, with KNOWLEDGE_WATCH=1, and still exits when its input ends", async () => {
    const dir = knowledgeCopy();
    const run = await startConsole(dir, { KNOWLEDGE_WATCH: "1" });
    await addLantern(dir);
    await run.printed(/"event":"knowledge_reloaded"/);
    run.child.stdin!.write(`${LANTERN}\n`);
    await run.printed(/engineers called the Lantern Room/);
    expect(run.child.exitCode).toBeNull();
    // The watcher must not keep the process alive once the person is done.
    run.child.stdin!.end();
    const { code } = await run.exited;
    expect(code).toBe(0);
  });
});
