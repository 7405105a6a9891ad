import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandDeps } from "../../src/ingest/options.js";
import { runMain } from "../../src/runMain.js";

const FIXTURE = new URL("../fixtures/knowledge", import.meta.url).pathname;

/** A fresh copy of the small test knowledge folder, for one test to change. */
export function knowledgeCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "storybot-knowledge-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Every file under the folder with its text: equal before and after means nothing was written. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), "utf8")]),
  );
}

/** Runs a knowledge command's function entry point through the same edge as `npm run`, capturing what it prints. */
export async function runCommand(
  command: (argv: readonly string[], deps: CommandDeps) => Promise<void>,
  argv: readonly string[],
  deps: Omit<CommandDeps, "stdout">,
) {
  let stdout = "";
  let stderr = "";
  let code = 0;
  await runMain(() => command(argv, { ...deps, stdout: { write: (t: string) => (stdout += t) } }), undefined, {
    stderr: { write: (t: string) => (stderr += t) },
    exit: (c) => {
      code = c;
    },
    env: {},
  });
  return { stdout, stderr, code };
}
