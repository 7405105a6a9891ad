import type { Config } from "./config.js";
import { loadCorpus } from "./engine/corpus.js";
import { createEngine, type Engine } from "./engine/engine.js";

export type Logger = (event: string, fields: Record<string, unknown>) => void;

/** Structured log lines on stderr (stdout is the console's and the CLI's). Secrets are never passed in. */
export const stderrLog: Logger = (event, fields) => {
  process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), event, ...fields })}\n`);
};

/** Builds the one engine every front end uses, from validated configuration. */
export async function buildEngine(config: Config, log: Logger = stderrLog, overrides: { k?: number } = {}): Promise<Engine> {
  const corpus = await loadCorpus(config.knowledgeDir);
  return createEngine({ corpus, log, k: overrides.k });
}
