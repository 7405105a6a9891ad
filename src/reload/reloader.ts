import type { Engine } from "../engine/engine.js";
import { KnowledgeError } from "../errors.js";
import type { FileProblem } from "../knowledge/types.js";
import type { Logger } from "../log.js";
import { type LiveEngine, liveEngine } from "./liveEngine.js";

export interface Reloadable {
  /** The engine to hand to the front ends: it answers from the knowledge of the last good load. */
  engine: Engine;
  /** Builds the knowledge and an engine aside and swaps it in; a broken folder keeps the running one. */
  reload(reason: string): Promise<"reloaded" | "kept">;
}

/**
 * Reload without a restart. The new engine is built completely before anything changes, so a broken edit costs
 * nothing but a log line (each problem with its file and line) and a note in /stats until it is fixed. Reloads
 * asked for while one runs are folded into one more after it: the folder is read as it is by then.
 */
export function reloadable(first: Engine, build: () => Promise<Engine>, log: Logger): Reloadable {
  let stale: Engine["staleKnowledge"] = null;
  const live: LiveEngine = liveEngine(first, { staleKnowledge: () => stale });
  let queued: Promise<"reloaded" | "kept"> | null = null;
  let last: Promise<unknown> = Promise.resolve();

  const once = async (reason: string): Promise<"reloaded" | "kept"> => {
    const started = performance.now();
    try {
      const next = await build();
      live.swap(next);
      stale = null;
      log("knowledge_reloaded", {
        reason,
        sources: next.sources().length,
        asOf: next.asOf,
        ms: Math.round(performance.now() - started),
      });
      return "reloaded";
    } catch (error) {
      const problems: FileProblem[] =
        error instanceof KnowledgeError
          ? [...error.problems]
          : [{ file: "knowledge", problem: error instanceof Error ? error.message : String(error) }];
      stale = { at: new Date().toISOString(), problems };
      for (const p of problems)
        log(
          "knowledge_reload_failed",
          { reason, file: p.file, line: p.line ?? null, problem: p.problem, kept: "the knowledge already loaded" },
          "error",
        );
      return "kept";
    }
  };

  return {
    engine: live.engine,
    reload(reason) {
      if (queued) return queued;
      const run = last.then(() => {
        queued = null;
        return once(reason);
      });
      queued = run;
      last = run.catch(() => undefined);
      return run;
    },
  };
}
