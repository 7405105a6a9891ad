import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

const ROOT = new URL("..", import.meta.url).pathname;

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder the bot was built into for this run, by the real build script (what `npm start` runs). */
    buildDir: string;
    /** A folder for this run's initdb'd Postgres cluster, which each test server copies (tests/helpers/postgresServer.ts). */
    postgresClusters: string;
  }
}

/**
 * Builds the bot once for the whole run, with the real build script, into a folder of this run's own under dist/,
 * so tests that start storybot's entry points as processes run plain node on the build (as `npm start` does) instead
 * of each compiling the sources again through tsx, which took seconds a process on a loaded machine.
 */
export default function setup(project: TestProject) {
  const dir = join("dist", `test-run-${process.pid}`);
  execFileSync("npm", ["run", "-s", "build", "--", `--outdir=${dir}`, "tests/fixtures/scripts/*.ts"], {
    cwd: ROOT,
    stdio: "pipe",
  });
  project.provide("buildDir", join(ROOT, dir));
  // The store's worker threads start from this build too (src/store/thread.ts), not compiled again each time.
  process.env.STORYBOT_BUILT_STORE = join(ROOT, dir, "src", "store");
  // Made by the first file that needs a Postgres, not here: most runs of a few files need none. Others may pass
  // through it (under root the cluster is "nobody"'s), not list it.
  const clusters = mkdtempSync(join(tmpdir(), "storybot-pg-clusters-"));
  chmodSync(clusters, 0o711);
  project.provide("postgresClusters", clusters);
  return () => {
    rmSync(join(ROOT, dir), { recursive: true, force: true });
    rmSync(clusters, { recursive: true, force: true });
  };
}
