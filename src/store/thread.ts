import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * A worker from a module of this folder: the built .js when the bot runs built, or a build of this folder named by
 * STORYBOT_BUILT_STORE (the tests' one build), else its TypeScript through tsx (the `npm run` scripts), registered
 * before the module loads, since a worker's entry cannot be .ts.
 */
export function startThread(name: string, workerData: unknown): Worker {
  const here = import.meta.url;
  if (here.endsWith(".js")) return new Worker(new URL(`./${name}.js`, here), { workerData });
  // From source, a build of this folder made for the run (the test suite makes one) starts at once, where tsx would
  // first compile the worker's modules: some 0.4 s of CPU a thread, and the suite starts dozens.
  const built = process.env.STORYBOT_BUILT_STORE;
  if (built) return new Worker(pathToFileURL(join(built, `${name}.js`)), { workerData });
  const tsx = tsxLoaderApi(here);
  const entry = new URL(`./${name}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** tsx's ESM API, as its package names it (a require() of it would find the CommonJS build, which cannot register). */
function tsxLoaderApi(from: string): string {
  const manifest = createRequire(from).resolve("tsx/package.json");
  const exports = JSON.parse(readFileSync(manifest, "utf8")).exports["./esm/api"].import.default as string;
  return pathToFileURL(join(dirname(manifest), exports)).href;
}
